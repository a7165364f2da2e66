import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { commonAncestor, hasNationalScope, inScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import type { ImportKind, ImportMode } from '../db/schema.ts';
import { type ColumnSpec, cellsOf, mapHeader } from './columns.ts';
import { parseCsv } from './csv.ts';
import { type RowIssue, rowIssue } from './issues.ts';

export interface ParsedRow<T> {
  readonly row: number;
  readonly value: T;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
}

/** What one kind of import knows: its columns, how to read a row, and how to store good rows. */
export interface ImportDefinition<K extends string, T> {
  readonly kind: ImportKind;
  readonly columns: readonly ColumnSpec<K>[];
  /** Pure per-row reading; returns the value or every issue of the row. */
  parseRow(cells: Record<K, string>, row: number): { value?: T; issues: RowIssue[] };
  /** The region a row is about: rows outside the importer's scope are refused like unknown regions. */
  regionOf(value: T): string;
  /** Two rows with the same key are duplicates (the later one is reported). */
  duplicateKey(value: T): string;
  /** Checks that need the database or several rows (unknown regions, active above workforce…). */
  crossCheck(db: Executor, rows: readonly ParsedRow<T>[]): Promise<RowIssue[]>;
  /** Stores good rows inside the import's transaction and brings derived tables up to date. */
  write(trx: Executor, rows: readonly T[], batchId: number): Promise<WriteCounts>;
}

export interface ImportOptions {
  /** Who imports: rows outside their scope are refused, and the commit is audited under their name. */
  readonly actor: Actor;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly fileName: string | null;
  readonly source: string | null;
  readonly isDemo?: boolean;
}

export type ImportStatus = 'committed' | 'rejected' | 'validated';

export interface ImportReport {
  readonly batchId: number | null;
  readonly kind: ImportKind;
  readonly fileName: string | null;
  readonly fileSha256: string;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly status: ImportStatus;
  readonly rowsTotal: number;
  readonly rowsValid: number;
  readonly rowsInvalid: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly issues: RowIssue[];
}

async function* hashing(
  source: AsyncIterable<string | Uint8Array> | string,
  hash: ReturnType<typeof createHash>,
) {
  if (typeof source === 'string') {
    hash.update(source);
    yield source;
    return;
  }
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

interface ReadResult<T> {
  readonly parsed: ParsedRow<T>[];
  readonly issues: RowIssue[];
  readonly rowsTotal: number;
  /** A problem with the file as a whole (header, empty, open quote): no row can be trusted. */
  readonly fileProblem: boolean;
  readonly sha256: string;
}

/** Streams the file: maps the header, reads every row, and drops duplicates (reporting the row they repeat). */
async function readRows<K extends string, T>(
  definition: ImportDefinition<K, T>,
  source: AsyncIterable<string | Uint8Array> | string,
): Promise<ReadResult<T>> {
  const hash = createHash('sha256');
  const issues: RowIssue[] = [];
  const parsed: ParsedRow<T>[] = [];
  const firstRowOfKey = new Map<string, number>();
  let positions: Map<K, number> | null = null;
  let headerWidth = 0;
  let rowsTotal = 0;
  let fileProblem = false;
  for await (const record of parseCsv(hashing(source, hash))) {
    if (record.unterminatedQuote) {
      issues.push(rowIssue('UNTERMINATED_QUOTE', record.row, null, undefined, { row: record.row }));
      fileProblem = true;
    }
    if (positions === null) {
      const header = mapHeader(record.fields, definition.columns);
      positions = header.positions;
      headerWidth = record.fields.length;
      issues.push(...header.issues);
      fileProblem ||= header.issues.length > 0;
      continue;
    }
    rowsTotal++;
    if (fileProblem) continue;
    if (record.fields.length !== headerWidth) {
      const counts = { found: record.fields.length, expected: headerWidth };
      issues.push(rowIssue('WRONG_FIELD_COUNT', record.row, null, record.fields.join(','), counts));
      continue;
    }
    const result = definition.parseRow(cellsOf(record.fields, positions), record.row);
    issues.push(...result.issues);
    if (result.value === undefined || result.issues.length > 0) continue;
    const key = definition.duplicateKey(result.value);
    const firstRow = firstRowOfKey.get(key);
    if (firstRow !== undefined) {
      issues.push(rowIssue('DUPLICATE_ROW', record.row, null, undefined, { firstRow }));
      continue;
    }
    firstRowOfKey.set(key, record.row);
    parsed.push({ row: record.row, value: result.value });
  }
  if (positions === null || rowsTotal === 0) {
    issues.push(rowIssue('EMPTY_FILE', 1, null));
    fileProblem = true;
  }
  return { parsed, issues, rowsTotal, fileProblem, sha256: hash.digest('hex') };
}

/** Stores the good rows and the batch record in one transaction; counts new, changed and unchanged rows. */
async function commit<K extends string, T>(
  db: Executor,
  definition: ImportDefinition<K, T>,
  good: readonly ParsedRow<T>[],
  base: Omit<ImportReport, 'batchId' | 'status' | 'inserted' | 'updated' | 'unchanged'>,
  options: ImportOptions,
): Promise<ImportReport> {
  const regionCode = commonAncestor(good.map((g) => definition.regionOf(g.value)));
  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .insertInto('import_batch')
      .values({
        kind: definition.kind,
        file_name: options.fileName,
        file_sha256: base.fileSha256,
        source: options.source,
        mode: options.mode,
        rows_total: base.rowsTotal,
        rows_valid: good.length,
        rows_invalid: base.rowsInvalid,
        is_demo: options.isDemo ?? false,
        actor: options.actor.label,
        region_code: regionCode,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const values = good.map((g) => g.value);
    const counts = await definition.write(trx, values, batch.id);
    const unchanged = good.length - counts.inserted - counts.updated;
    await trx
      .updateTable('import_batch')
      .set({ rows_inserted: counts.inserted, rows_updated: counts.updated, rows_unchanged: unchanged })
      .where('id', '=', batch.id)
      .execute();
    await recordAudit(trx, options.actor, {
      action: `import.${definition.kind}`,
      entity: 'import_batch',
      entityId: batch.id,
      regionCode,
      after: {
        fileName: options.fileName,
        fileSha256: base.fileSha256,
        mode: options.mode,
        rowsValid: good.length,
        rowsInvalid: base.rowsInvalid,
        inserted: counts.inserted,
        updated: counts.updated,
        unchanged,
      },
    });
    return { ...base, batchId: batch.id, status: 'committed' as const, ...counts, unchanged };
  });
}

/**
 * Reads a CSV, validates every row, and either stores nothing (mode `all` with any problem, or a dry
 * run) or stores exactly the valid rows in one transaction (mode `valid-only`, or `all` when clean).
 * Rows are upserts keyed by their natural key, so importing the same file twice changes no data (the
 * second batch records its rows as unchanged). Every problem comes back with its row number (header =
 * row 1), column and reason.
 */
export async function runImport<K extends string, T>(
  db: Executor,
  definition: ImportDefinition<K, T>,
  source: AsyncIterable<string | Uint8Array> | string,
  options: ImportOptions,
): Promise<ImportReport> {
  const read = await readRows(definition, source);
  const issues = read.issues;
  if (!hasNationalScope(options.actor)) {
    // Outside the importer's scope a region is answered exactly like one that does not exist.
    const outside = read.parsed.filter((p) => !inScope(options.actor, definition.regionOf(p.value)));
    for (const p of outside)
      issues.push(rowIssue('UNKNOWN_REGION', p.row, 'region_code', definition.regionOf(p.value)));
    const outsideRows = new Set(outside.map((p) => p.row));
    read.parsed.splice(0, read.parsed.length, ...read.parsed.filter((p) => !outsideRows.has(p.row)));
  }
  const crossIssues =
    read.parsed.length > 0 && !read.fileProblem ? await definition.crossCheck(db, read.parsed) : [];
  issues.push(...crossIssues);
  const badRows = new Set(crossIssues.map((i) => i.row));
  const good = read.fileProblem ? [] : read.parsed.filter((p) => !badRows.has(p.row));
  issues.sort((a, b) => a.row - b.row);
  const base = {
    kind: definition.kind,
    fileName: options.fileName,
    fileSha256: read.sha256,
    mode: options.mode,
    dryRun: options.dryRun,
    rowsTotal: read.rowsTotal,
    rowsValid: good.length,
    rowsInvalid: read.fileProblem
      ? read.rowsTotal
      : new Set(issues.map((i) => i.row).filter((row) => row > 1)).size,
    issues,
  };
  const nothingWritten = { batchId: null, inserted: 0, updated: 0, unchanged: 0 };
  if (good.length === 0 || (options.mode === 'all' && issues.length > 0)) {
    return { ...base, ...nothingWritten, status: options.dryRun ? 'validated' : 'rejected' };
  }
  if (options.dryRun) return { ...base, ...nothingWritten, status: 'validated' };
  const report = await commit(db, definition, good, base, options);
  // Fresh statistics after a bulk change keep plans good (PGlite has no autovacuum daemon at all).
  if (report.inserted + report.updated > 0) await sql`analyze`.execute(db);
  return report;
}
