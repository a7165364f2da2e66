import type { Executor } from '../../db/database.ts';
import { jobIssues } from './registry-import.jobs.ts';

/** A formula-looking value is defused with a quote, so a spreadsheet never runs a cell of the report. */
function cell(raw: string | number | null): string {
  if (raw === null) return '';
  const text = typeof raw === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : String(raw);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The error report of a job as CSV (`;`-separated with a BOM, as Indonesian Excel opens it): row,
 * column, code, reason in Indonesian and in English, value — streamed a page at a time.
 */
export async function* errorReportCsv(db: Executor, jobId: number): AsyncGenerator<string> {
  yield '\uFEFFbaris/row;kolom/column;kode/code;alasan;reason;nilai/value\r\n';
  let lines = '';
  for await (const i of jobIssues(db, jobId)) {
    lines += `${[i.row_number, i.column_name, i.code, i.message, i.message_en, i.value].map(cell).join(';')}\r\n`;
    if (lines.length > 1 << 16) {
      yield lines;
      lines = '';
    }
  }
  if (lines !== '') yield lines;
}
