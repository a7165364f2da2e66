import type { ImportReport } from '../../api/useImport.ts';
import { type Lang, pick, translate } from '../../i18n.ts';
import { toExcelCsv } from '../../lib/download.ts';

/** The report's problems as a CSV people can sort and fix from, in the language on screen. */
export function issuesCsv(report: ImportReport, lang: Lang): string {
  const header = (['issueRow', 'issueColumn', 'issueCode', 'issueReason', 'issueValue'] as const).map((key) =>
    translate(lang, key),
  );
  const rows = report.issues.map((issue) => [
    issue.row,
    issue.column,
    issue.code,
    pick(lang, issue.message, issue.messageEn),
    issue.value,
  ]);
  return toExcelCsv([header, ...rows]);
}

/** `aktif.csv` → `laporan-impor-aktif.csv` (`import-report-aktif.csv`). */
export function issuesFileName(report: ImportReport, lang: Lang): string {
  const base = (report.fileName ?? report.kind).replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
  return `${lang === 'en' ? 'import-report' : 'laporan-impor'}-${base}.csv`;
}
