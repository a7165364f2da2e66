import type { Config } from '../config/config.ts';
import { type Database, openDatabase } from './database.ts';

/** PostgreSQL server when DATABASE_URL is set, otherwise PGlite in CAKUPAN_DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
