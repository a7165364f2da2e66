import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../db/database.ts';
import { refreshQueuedCoverage } from './protection.service.ts';

/**
 * Payments change protected months one bill at a time (thousands a second at peak); rebuilding
 * coverage after each would serialise them on the rollup lock. They queue the months instead, and this
 * timer drains the queue every few seconds, so the monitor trails the payments by at most that long.
 * Imports and billing runs drain it themselves when they finish.
 */
export function startCoverageRefresher(db: Executor, seconds: number, log: Pick<FastifyBaseLogger, 'warn'>) {
  if (seconds <= 0) return { stop: () => {} };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshQueuedCoverage(db)
      .catch((error: unknown) =>
        log.warn({ err: error }, 'registry coverage refresh failed; retried next tick'),
      )
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
