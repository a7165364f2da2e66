import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.ts';
import { isDemoDatabase } from '../demo.repo.ts';
import { loadSarolangun, sarolangunComplete } from './sarolangun.load.ts';

/**
 * The participant-level Sarolangun simulation takes minutes (two years of billing and ~40,000
 * payments through the real paths), so the server does not wait for it: it starts once the dashboard is
 * up, logs each month, and resumes where it stopped after a restart. Until it is done, Sarolangun shows
 * the imported aggregates. Only sensible on a PostgreSQL server (config default): on PGlite its
 * transactions hold the one connection and the dashboard waits.
 */
export function playSarolangunInBackground(
  database: Database,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  scale = 1,
): Promise<void> {
  return (async () => {
    if (!(await isDemoDatabase(database.db)) || (await sarolangunComplete(database))) return;
    log.info('Simulasi registri Sarolangun dimulai / Sarolangun registry simulation started (background)');
    const summary = await loadSarolangun(database, {
      scale,
      onProgress: (step, done, total) =>
        log.info({ step, done, total }, `Simulasi Sarolangun ${done}/${total}: ${step}`),
    });
    log.info(summary, 'Simulasi Sarolangun selesai / Sarolangun registry simulation done');
  })().catch((error: unknown) => {
    log.warn({ err: error }, 'Sarolangun simulation stopped; it resumes at the next start');
  });
}
