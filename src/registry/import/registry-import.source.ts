import { createHash, type Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../imports/csv.ts';

/** One record of the file: its row number as a spreadsheet shows it (header = 1) and its cells as text. */
export interface SourceRecord {
  readonly row: number;
  readonly fields: string[];
  readonly unterminatedQuote?: true;
}

/** Bytes read so far and the file's SHA-256, filled in while the records stream. */
export interface SourceMeter {
  bytes: number;
  readonly hash: Hash;
}

/** The file: a Node stream, a request body, or (tests) an array of chunks. */
export type ImportSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export const newMeter = (): SourceMeter => ({ bytes: 0, hash: createHash('sha256') });

async function* metered(source: ImportSource, meter: SourceMeter) {
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    meter.bytes += bytes.byteLength;
    meter.hash.update(bytes);
    yield bytes;
  }
}

/** Looks at the first chunk: an XLSX file is a ZIP (`PK\x03\x04`). Re-yields everything it read. */
async function sniff(
  source: AsyncIterable<Uint8Array>,
): Promise<{ xlsx: boolean; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array() : first.value;
  const xlsx = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  async function* rest() {
    if (!first.done) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { xlsx, stream: rest() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a CSV would hold: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** The first worksheet, row by row, with the streaming reader (shared strings cached, styles ignored). */
async function* xlsxRecords(stream: AsyncIterable<Uint8Array>): AsyncGenerator<SourceRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(stream), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const fields: string[] = [];
      for (let i = 1; i < values.length; i++) fields.push(cellText(values[i]).trim());
      if (fields.some((f) => f !== '')) yield { row: row.number, fields };
    }
    return; // the first sheet only: a template's notes may sit on the others
  }
}

/**
 * Records of a CSV (comma, semicolon or tab; the aggregate importer's streaming parser) or an XLSX
 * workbook, told apart by content; memory stays flat in the file size either way.
 */
export async function* readRecords(source: ImportSource, meter: SourceMeter): AsyncGenerator<SourceRecord> {
  const { xlsx, stream } = await sniff(metered(source, meter));
  if (xlsx) yield* xlsxRecords(stream);
  else yield* parseCsv(stream);
}
