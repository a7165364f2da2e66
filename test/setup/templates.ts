import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import type { Clock } from '../../src/http/clock.ts';

/** Tests run "today" = 15 Jan 2026, so the demo's months (to Dec 2025) are all in the past. */
export const TEST_CLOCK: Clock = { now: () => new Date('2026-01-15T03:00:00Z') };

export const quietLog = { info: () => {}, warn: () => {} };

/** The server URL the database tier runs against, if any. */
export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** Migrations, seeds and the official region tree, plus the demo when asked. */
export async function fillTemplate(database: Database, withDemo: boolean): Promise<void> {
  const config = { ...loadConfig({ CAKUPAN_DEMO: withDemo ? '1' : '0' }) };
  await prepareDatabase(database, config, TEST_CLOCK, quietLog);
}
