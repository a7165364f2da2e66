import { canCopyFrom, copyFrom } from '../db/copy-from.ts';
import type { Executor } from '../db/database.ts';
import { insertLines, type LineColumns } from './billing.repo.ts';

/** Lines per `INSERT … unnest` on PGlite. */
const LINE_CHUNK = 100_000;
/** Lines per chunk of COPY text: about 0.7 MB, small enough to stream, large enough to cost nothing. */
const ROWS_PER_CHUNK = 10_000;

/**
 * Line positions in bill order, each bill's lines in the order they were added (a counting sort: two
 * passes). Written in this order, a run appends to the right edge of the primary key (bill_id,
 * membership_id) instead of inserting all over it, whatever the order memberships were read in.
 */
export function linesInBillOrder(bill: ArrayLike<number>, bills: number): Int32Array {
  const start = new Int32Array(bills + 1);
  for (let j = 0; j < bill.length; j++) (start[(bill[j] as number) + 1] as number)++;
  for (let i = 0; i < bills; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const order = new Int32Array(bill.length);
  for (let j = 0; j < bill.length; j++) order[(start[bill[j] as number] as number)++] = j;
  return order;
}

/**
 * The lines in COPY text format (tab-separated, `\N` for null), `ROWS_PER_CHUNK` rows a chunk, in
 * `order`, with `billIds[i]` for the bill at index `i`. Generated lazily: the client formats the next
 * chunk while the server inserts the last one.
 */
export function* lineCopyText(
  l: LineColumns,
  order: Int32Array,
  billIds: readonly number[],
): Generator<string> {
  let text = '';
  for (let k = 0; k < order.length; k++) {
    const j = order[k] as number;
    const base = l.base[j] as number;
    text += `${billIds[l.bill[j] as number]}\t${l.membership[j]}\t${l.participant[j]}\t${l.coversFrom[j]}\t${l.coversTo[j]}\t${Number.isNaN(base) ? '\\N' : base}\t${l.employer[j]}\t${l.worker[j]}\t${l.government[j]}\t${l.other[j]}\t${l.amount[j]}\n`;
    if ((k + 1) % ROWS_PER_CHUNK === 0) {
      yield text;
      text = '';
    }
  }
  if (text !== '') yield text;
}

/** Writes the lines with one `COPY … FROM STDIN` (server only: see copy-from.ts); returns the rows copied. */
export function copyLines(db: Executor, lines: LineColumns, billIds: readonly number[]): Promise<number> {
  const order = linesInBillOrder(lines.bill.subarray(0, lines.count), billIds.length);
  return copyFrom(
    db,
    `copy bill_line (bill_id, membership_id, participant_id, covers_from, covers_to, base,
      employer, worker, government, other, amount) from stdin`,
    lineCopyText(lines, order, billIds),
  );
}

/**
 * Writes a run's lines (`lines.bill` holds bill indexes, `billIds` their ids): one COPY on the server,
 * `INSERT … SELECT FROM unnest` in chunks on PGlite (whose pool cannot stream COPY inside a transaction).
 * The same rows either way (test/db/billing-copy.db.test.ts).
 */
export async function writeLines(
  db: Executor,
  lines: LineColumns,
  billIds: readonly number[],
): Promise<void> {
  if (await canCopyFrom(db)) {
    await copyLines(db, lines, billIds);
    return;
  }
  for (let at = 0; at < lines.count; at += LINE_CHUNK)
    await insertLines(db, lines, billIds, at, Math.min(at + LINE_CHUNK, lines.count));
}
