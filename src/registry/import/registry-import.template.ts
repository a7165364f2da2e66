import ExcelJS from 'exceljs';
import type { RegistryImportKind } from './registry-import.kind.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const cell = (text: string) => (/[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The template as CSV: the Indonesian headers and one example row, comma-separated, UTF-8 with a BOM. */
export function templateCsv(kind: RegistryImportKind): string {
  const header = kind.columns.map((c) => c.key).join(',');
  return `\uFEFF${header}\r\n${kind.example.map(cell).join(',')}\r\n`;
}

/**
 * The template as a workbook: every column formatted as text (a NIK typed into a number cell loses its
 * last digits), the headers bold, the example row, and a second sheet naming each column in English
 * and whether it is required (only the first sheet is imported).
 */
export async function templateXlsx(kind: RegistryImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind.kind);
  sheet.columns = kind.columns.map((c) => ({
    header: c.key,
    key: c.key,
    width: Math.max(14, c.key.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([...kind.example]);
  const help = workbook.addWorksheet('keterangan');
  help.addRow(['kolom', 'column (en)', 'wajib / required']);
  for (const c of kind.columns)
    help.addRow([c.key, c.aliases[0] ?? c.key, c.required ? 'ya / yes' : 'tidak / no']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
