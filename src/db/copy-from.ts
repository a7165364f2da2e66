import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { from as copyStream } from 'pg-copy-streams';
import type { Executor } from './database.ts';

/**
 * `COPY … FROM STDIN` inside a Kysely transaction on the PostgreSQL server. Kysely never hands out the
 * `pg` client of a transaction, so the server pool's clients are taught (acceptCopyFrom, on connect) to
 * recognise two marked queries: the probe, answered without a round trip, and a marked COPY whose one
 * parameter is the rows. PGlite's pool is not taught: it runs the probe as plain SQL and answers false,
 * so callers keep their portable path there.
 */
const COPY_MARK = '/* cakupan:copy-from-stdin */ ';
const PROBE = 'select false as "copyFrom" /* cakupan:copy-probe */';

type Rows = Iterable<string> | AsyncIterable<string>;
type Query = (...args: unknown[]) => unknown;

/** Installs the marked queries on one server client (`pool.on('connect', acceptCopyFrom)`). */
export function acceptCopyFrom(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  const copying: Query = (...args) => {
    const [text, values] = args;
    if (text === PROBE)
      return Promise.resolve({ command: 'SELECT', rowCount: 1, rows: [{ copyFrom: true }] });
    if (typeof text !== 'string' || !text.startsWith(COPY_MARK)) return query(...args);
    const stream = query(copyStream(text.slice(COPY_MARK.length))) as ReturnType<typeof copyStream>;
    const rows = (values as [Rows])[0];
    return pipeline(Readable.from(rows, { objectMode: false }), stream).then(() => ({
      command: 'COPY',
      rowCount: stream.rowCount,
      rows: [{ copied: stream.rowCount }],
    }));
  };
  (client as unknown as { query: Query }).query = copying;
}

/** Whether `db` runs on a server client that can {@link copyFrom} (false on PGlite). */
export async function canCopyFrom(db: Executor): Promise<boolean> {
  const { rows } = await db.executeQuery<{ copyFrom: boolean }>(CompiledQuery.raw(PROBE));
  return rows[0]?.copyFrom === true;
}

/**
 * Runs `copy <table> (<columns>) from stdin` on the executor's connection (its transaction) with `rows`:
 * chunks of COPY text format, written as they are produced (the client formats while the server
 * inserts). Returns the rows copied. Only where {@link canCopyFrom} said yes.
 *
 * @example await copyFrom(trx, 'copy t (a, b) from stdin', ['1\tx\n2\t\\N\n'])
 */
export async function copyFrom(db: Executor, copySql: string, rows: Rows): Promise<number> {
  // Kysely reports affected rows only for INSERT/UPDATE/DELETE/MERGE: the count comes back as a row.
  const result = await db.executeQuery<{ copied: number }>(CompiledQuery.raw(COPY_MARK + copySql, [rows]));
  return result.rows[0]?.copied ?? 0;
}
