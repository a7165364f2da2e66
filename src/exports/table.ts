export type Lang = 'id' | 'en';

/** A column of an exported table: header in both languages and how Excel should show it. */
export interface ExportColumn<Row> {
  readonly header: { id: string; en: string };
  readonly width: number;
  readonly format?: 'count' | 'rupiah' | 'percent' | 'text';
  readonly value: (row: Row) => string | number | null;
}

export interface ExportTable<Row> {
  readonly title: string;
  /** Lines shown above the table: month, basis, sources, the demo label. */
  readonly preamble: readonly string[];
  readonly columns: readonly ExportColumn<Row>[];
  readonly rows: readonly Row[];
}

const NUMBER_FORMATS = { count: '#,##0', rupiah: '"Rp"#,##0', percent: '0.00', text: '@' } as const;

/**
 * Writes a real .xlsx workbook: numbers stay numbers (Excel shows them with the reader's own
 * thousands separator, so an Indonesian Excel shows 1.033.000), the title and sources sit above the
 * table, and the header row is frozen.
 */
export async function toXlsx<Row>(table: ExportTable<Row>, lang: Lang): Promise<Buffer> {
  // Loaded on the first export: exceljs costs half a second of start-up that most runs never use.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cakupan';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(lang === 'id' ? 'Cakupan' : 'Coverage');
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const line of table.preamble)
    sheet.addRow([line]).font = { italic: true, color: { argb: 'FF555555' } };
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header[lang]));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E8' } };
  const headerRow = header.number;
  table.columns.forEach((column, index) => {
    const excelColumn = sheet.getColumn(index + 1);
    excelColumn.width = column.width;
    if (column.format) excelColumn.numFmt = NUMBER_FORMATS[column.format];
  });
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => defuseFormula(c.value(row))));
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: table.columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Text that starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return) is what spreadsheet
 * injection uses: a name typed as `=HYPERLINK(…)` would run when the export is opened. Such text gets a
 * leading apostrophe, which Excel shows as plain text (OWASP "CSV injection"). Numbers are not text.
 */
export function defuseFormula(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(raw: string | number | null): string {
  const value = defuseFormula(raw);
  if (value === null) return '';
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a byte-order mark and `;` separators, which Indonesian-locale Excel opens in columns. */
export function toCsv<Row>(table: ExportTable<Row>, lang: Lang): string {
  const lines = [
    table.columns.map((c) => csvCell(c.header[lang])).join(';'),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(c.value(row))).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
