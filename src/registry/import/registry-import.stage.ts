import { sql } from 'kysely';
import { canCopyFrom, copyFrom } from '../../db/copy-from.ts';
import type { Executor } from '../../db/database.ts';
import type { RegistryImportKind, StageType, StageValue } from './registry-import.kind.ts';

const SQL_TYPE: Record<StageType, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  date: 'date',
};

/**
 * The staging table (`ri_stage`: one row per good row of the file) and the SQL issue table
 * (`ri_issue`), both temporary and dropped at commit: they live and die with the import's transaction,
 * so nothing of a killed import survives.
 */
export async function createStage(trx: Executor, kind: RegistryImportKind): Promise<void> {
  const columns = kind.stage.map((c) => `${c.name} ${SQL_TYPE[c.type]}`).join(', ');
  await sql
    .raw(`
    create temp table ri_stage (row_number integer not null, ${columns}, bad boolean not null default false)
      on commit drop;
    create temp table ri_issue (id serial, row_number integer not null, column_name text, code text not null,
      value text, p1 text, p2 text) on commit drop;`)
    .execute(trx);
}

/** Rows waiting to be staged, column by column (one array per column, no object per row). */
export class StageChunk {
  readonly rows: number[] = [];
  readonly columns: StageValue[][];

  constructor(readonly kind: RegistryImportKind) {
    this.columns = kind.stage.map(() => []);
  }

  add(row: number, values: readonly StageValue[]): void {
    this.rows.push(row);
    for (let i = 0; i < values.length; i++) (this.columns[i] as StageValue[]).push(values[i] ?? null);
  }

  get size(): number {
    return this.rows.length;
  }
}

/** A value in COPY text format: `\\N` for null; backslash, tab, newline and return escaped. */
function copyText(value: StageValue): string {
  if (value === null) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/** The chunk as COPY text, a few thousand rows per string (the server parses while we format). */
function* copyRows(chunk: StageChunk): Generator<string> {
  let text = '';
  for (let r = 0; r < chunk.size; r++) {
    text += String(chunk.rows[r]);
    for (const column of chunk.columns) text += `\t${copyText(column[r] ?? null)}`;
    text += '\n';
    if (text.length > 1 << 16) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

/**
 * Stages one chunk: `COPY ri_stage FROM STDIN` on the PostgreSQL server (no parameter arrays to build
 * and parse), else one multi-row insert `insert … select * from unnest($1::int[], $2::text[], …)`.
 */
export async function insertChunk(trx: Executor, chunk: StageChunk, copy = false): Promise<void> {
  if (chunk.size === 0) return;
  if (copy) {
    const names = ['row_number', ...chunk.kind.stage.map((c) => c.name)].join(', ');
    await copyFrom(trx, `copy ri_stage (${names}) from stdin`, copyRows(chunk));
    return;
  }
  const names = ['row_number', ...chunk.kind.stage.map((c) => c.name)].join(', ');
  const arrays = [
    sql`${chunk.rows}::integer[]`,
    ...chunk.kind.stage.map((c, i) => sql`${chunk.columns[i]}::${sql.raw(SQL_TYPE[c.type])}[]`),
  ];
  await sql`insert into ri_stage (${sql.raw(names)}) select * from unnest(${sql.join(arrays)})`.execute(trx);
}

/** Whether chunks can be staged with COPY on this executor (the server; not PGlite). */
export const stageByCopy = (trx: Executor): Promise<boolean> => canCopyFrom(trx);

/** Marks the rows the SQL checks refused; returns how many rows that is. */
export async function markBadRows(trx: Executor): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(distinct row_number)::int as n from ri_issue`.execute(trx);
  const n = rows[0]?.n ?? 0;
  if (n > 0) {
    await sql`update ri_stage s set bad = true from (select distinct row_number from ri_issue) i
      where i.row_number = s.row_number`.execute(trx);
  }
  return n;
}

export interface StagedIssueRow {
  row_number: number;
  column_name: string | null;
  code: string;
  value: string | null;
  p1: string | null;
  p2: string | null;
}

/** The SQL issues in row order, a page at a time (keyset on row and id), so none sits in memory at once. */
export async function* stagedIssues(trx: Executor, pageSize = 5000): AsyncGenerator<StagedIssueRow> {
  await sql`create index on ri_issue (row_number, id)`.execute(trx);
  let after = { row: 0, id: 0 };
  for (;;) {
    const { rows } = await sql<StagedIssueRow & { id: number }>`
      select id, row_number, column_name, code, value, p1, p2 from ri_issue
      where (row_number, id) > (${after.row}, ${after.id})
      order by row_number, id limit ${pageSize}`.execute(trx);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = { row: last.row_number, id: last.id };
  }
}
