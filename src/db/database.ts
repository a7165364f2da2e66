import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acceptCopyFrom } from './copy-from.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { PgliteSingleConnectionPool } from './pglite-pool.ts';
import type { DB } from './schema.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

/** The database or an open transaction: every repository function takes one of these first. */
export type Executor = Kysely<DB>;

export interface Database {
  readonly db: Kysely<DB>;
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs (a directory, "memory", or the server URL without password). */
  readonly location: string;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dump?(): Promise<Blob>;
  /** PGlite only: raw `COPY table FROM` a CSV text with a header (the physical limit in benchmarks). */
  copyCsv?(table: string, csv: string): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; snapshot?: Blob };

function pgliteParsers() {
  return Object.fromEntries(Object.entries(TYPE_PARSERS).map(([oid, parse]) => [oid, parse]));
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Opens PGlite (a data directory or memory) or a PostgreSQL server pool behind one Kysely instance. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.maxConnections ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          TYPE_PARSERS[oid] ??
          pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // COPY FROM STDIN inside a transaction (billing writes its lines so): see copy-from.ts.
    pool.on('connect', acceptCopyFrom);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', location: redactUrl(target.url), close: () => db.destroy() };
  }
  const release = target.kind === 'pglite' ? lockDataDir(target.dataDir) : () => {};
  try {
    const options = { parsers: pgliteParsers() };
    const pglite =
      target.kind === 'pglite'
        ? new PGlite(target.dataDir, options)
        : new PGlite({ ...options, ...(target.snapshot ? { loadDataDir: target.snapshot } : {}) });
    await pglite.waitReady;
    const pool = new PgliteSingleConnectionPool(pglite);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
    return {
      db,
      kind: 'pglite',
      location: target.kind === 'pglite' ? target.dataDir : 'memory',
      copyCsv: async (table, csv) => {
        const connection = await pool.connect();
        try {
          await pglite.query(`copy ${table} from '/dev/blob' with (format csv, header true)`, [], {
            blob: new Blob([csv]),
          });
        } finally {
          connection.release();
        }
      },
      dump: async () => {
        const connection = await pool.connect();
        try {
          return await pglite.dumpDataDir('none');
        } finally {
          connection.release();
        }
      },
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
