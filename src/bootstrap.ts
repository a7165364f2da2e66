import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { ensureDemoAccounts } from './auth/demo-accounts.ts';
import { purgeOldSessions } from './auth/sessions.repo.ts';
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemo } from './demo/demo.load.ts';
import { isDemoDatabase, isEmptyOfData } from './demo/demo.repo.ts';
import { prepareSarolangunFunding } from './demo/sarolangun/sarolangun.funding.ts';
import type { Clock } from './http/clock.ts';
import { ensureRegionsLoaded } from './regions/regions.load.ts';
import { insertMissingParameters } from './regulations/parameters.repo.ts';
import { SEED_PARAMETERS } from './regulations/parameters.seed.ts';
import { SEED_BASES } from './workforce/bases.seed.ts';
import { insertMissingBases } from './workforce/workforce.repo.ts';

type Log = Pick<FastifyBaseLogger, 'info' | 'warn'>;

/**
 * Brings any database to the current schema with the product's seed data: migrations, regulation
 * parameters, workforce bases, the official region tree, and — only into a database that holds no
 * data yet, and only when demo mode is on — the labelled demo data set.
 */
export async function prepareDatabase(
  database: Database,
  config: Config,
  clock: Clock,
  log: Log,
): Promise<void> {
  const started = Date.now();
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  await insertMissingParameters(database.db, SEED_PARAMETERS);
  await insertMissingBases(database.db, SEED_BASES);
  const regions = await ensureRegionsLoaded(database.db);
  if (regions > 0) {
    await sql`analyze`.execute(database.db);
    log.info({ regions }, 'official region tree loaded (idn-area-data)');
  }
  if (config.demo && (await isEmptyOfData(database.db))) {
    const summary = await loadDemo(database.db, clock);
    log.info(summary, 'demo data loaded (CAKUPAN_DEMO=0 to start without it)');
  }
  // Sarolangun's funding programs and welfare list: part of the demo, added to older demo databases too.
  if (config.demo && (await isDemoDatabase(database.db)) && (await prepareSarolangunFunding(database)))
    log.info('demo funding programs of Sarolangun and its welfare list (DTSEN) loaded');
  // Demo accounts (public passwords) only ever exist next to the demo data set, never in a real database.
  if (config.demo) {
    if (await isDemoDatabase(database.db)) {
      const created = await ensureDemoAccounts(database.db);
      if (created > 0) log.info({ created }, 'demo accounts created (password on the login page)');
    } else {
      log.warn('CAKUPAN_DEMO=1 ignored: this database holds real data, so no demo accounts are enabled');
    }
  }
  // Ended sessions are kept 30 days as the security record of who was logged in, then deleted.
  await purgeOldSessions(database.db, new Date(clock.now().getTime() - 30 * 86_400_000));
  log.info({ ms: Date.now() - started, database: database.location }, 'database ready');
}
