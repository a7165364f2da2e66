import type { PGlite } from '@electric-sql/pglite';

const MULTI_STATEMENT = /;\s*\S/;

interface QueryResultLike {
  command: string;
  rowCount: number;
  rows: unknown[];
}

/**
 * Makes an embedded PGlite look like a `pg` pool with exactly one connection, so Kysely's own
 * PostgresDialect drives both databases with the same SQL. PGlite has a single session: a client
 * is handed out to one caller at a time (transactions stay whole); everyone else waits in line.
 */
export class PgliteSingleConnectionPool {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  async connect() {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    const pglite = this.pglite;
    return {
      async query(sql: string, parameters: readonly unknown[]): Promise<QueryResultLike> {
        const command = sql.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
        // The extended protocol takes one statement; parameterless scripts (migrations) go through exec.
        if (parameters.length === 0 && MULTI_STATEMENT.test(sql)) {
          const results = await pglite.exec(sql);
          const last = results.at(-1);
          return { command, rowCount: last?.affectedRows ?? 0, rows: last?.rows ?? [] };
        }
        const result = await pglite.query(sql, parameters as unknown[], { rowMode: 'object' });
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      },
      release() {
        release();
      },
    };
  }

  async end() {
    await this.queue;
    await this.pglite.close();
  }
}
