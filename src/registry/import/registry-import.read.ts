import type { Executor } from '../../db/database.ts';
import { cellsOf, mapHeader } from '../../imports/columns.ts';
import { loadRowContext } from './registry-import.context.ts';
import { issue, type RegistryIssue } from './registry-import.issues.ts';
import type { RegistryImportKind, StageValue } from './registry-import.kind.ts';
import type { ImportProgress } from './registry-import.progress.ts';
import type { IssueSink } from './registry-import.sink.ts';
import { type ImportSource, newMeter, readRecords } from './registry-import.source.ts';
import { createStage, insertChunk, StageChunk, stageByCopy } from './registry-import.stage.ts';

export interface ReadResult {
  readonly rowsTotal: number;
  readonly rowsInvalid: number;
  readonly staged: number;
  /** A problem with the file as a whole (header, empty, open quote): no row can be trusted. */
  readonly fileProblem: boolean;
  readonly sha256: string;
  readonly bytes: number;
  /** The smallest region holding every staged row (kinds whose rows name a village). */
  readonly region: string | null;
}

/** The smallest region holding `code` and `common` (their common code-path prefix). */
function widen(common: string | null, code: string): string {
  if (common === null || code === common || code.startsWith(`${common}.`)) return common ?? code;
  const a = common.split('.');
  const b = code.split('.');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === 0 ? '00' : a.slice(0, i).join('.');
}

/**
 * Streams the file into `ri_stage`: maps the header, reads and checks each row in JS, and inserts
 * good rows a chunk at a time. The insert of one chunk runs while the next is parsed (at most two
 * chunks in memory). Problems go to the sink; progress is updated once per chunk.
 */
export async function readImportFile(
  trx: Executor,
  kind: RegistryImportKind,
  source: ImportSource,
  options: {
    actor: Parameters<typeof loadRowContext>[2];
    today: string;
    funding?: Parameters<typeof loadRowContext>[4];
    chunkSize?: number;
    onProgress?: (p: ImportProgress) => void;
  },
  progress: ImportProgress,
  sink: IssueSink,
): Promise<ReadResult> {
  const ctx = await loadRowContext(trx, kind, options.actor, options.today, options.funding ?? null);
  await createStage(trx, kind);
  const copy = await stageByCopy(trx);
  const chunkSize = options.chunkSize ?? 5000;
  const meter = newMeter();
  let chunk = new StageChunk(kind);
  let pending: Promise<void> = Promise.resolve();
  let positions: Map<string, number> | null = null;
  let headerWidth = 0;
  let rowsTotal = 0;
  let rowsInvalid = 0;
  let staged = 0;
  let fileProblem = false;
  let region: string | null = null;
  const issues: RegistryIssue[] = [];
  const flush = async () => {
    await pending;
    const full = chunk;
    chunk = new StageChunk(kind);
    staged += full.size;
    pending = insertChunk(trx, full, copy);
    pending.catch(() => {}); // awaited at the next flush; this only keeps it from counting as unhandled
    progress.rowsRead = rowsTotal;
    progress.bytesRead = meter.bytes;
    progress.rowsStaged = staged;
    progress.issues = sink.total;
    options.onProgress?.(progress);
  };
  for await (const record of readRecords(source, meter)) {
    if (record.unterminatedQuote) {
      sink.add(issue('UNTERMINATED_QUOTE', record.row, null, undefined, { row: record.row }));
      fileProblem = true;
    }
    if (positions === null) {
      const header = mapHeader(record.fields, kind.columns);
      positions = header.positions;
      headerWidth = record.fields.length;
      for (const i of header.issues) sink.add(i);
      fileProblem ||= header.issues.length > 0;
      continue;
    }
    rowsTotal++;
    if (fileProblem) continue;
    issues.length = 0;
    const extra =
      record.fields.length > headerWidth && record.fields.slice(headerWidth).some((f) => f !== '');
    let values: StageValue[] | null = null;
    if (extra) {
      const counts = { found: record.fields.length, expected: headerWidth };
      issues.push(issue('WRONG_FIELD_COUNT', record.row, null, undefined, counts));
    } else values = kind.read(cellsOf(record.fields, positions), record.row, ctx, issues);
    if (values === null) {
      rowsInvalid++;
      for (const i of issues) sink.add(i);
      continue;
    }
    if (kind.regionColumn !== null) region = widen(region, values[kind.regionColumn] as string);
    chunk.add(record.row, values);
    if (chunk.size >= chunkSize) await flush();
  }
  await flush();
  await pending;
  if (positions === null || rowsTotal === 0) {
    sink.add(issue('EMPTY_FILE', 1, null));
    fileProblem = true;
  }
  return {
    rowsTotal,
    rowsInvalid,
    staged,
    fileProblem,
    sha256: meter.hash.digest('hex'),
    bytes: meter.bytes,
    region,
  };
}
