import type { Cell, Workbook, Worksheet } from 'exceljs';
import { defuseFormula } from '../exports/table.ts';
import type { Bilingual } from '../shared/errors.ts';
import {
  costFacts,
  coverageFacts,
  effectFacts,
  type Fact,
  type FactKind,
  longDate,
  overviewFacts,
  PROPOSAL_TEXT,
  programFacts,
  regionLabel,
} from './proposal.content.ts';
import type { ProposalData } from './proposal.types.ts';

/** Excel writes `,` for "thousands" whatever the reader's locale: an Indonesian Excel shows Rp1.008.000. */
const FORMATS: Record<FactKind, string> = {
  rupiah: '"Rp"#,##0',
  count: '#,##0',
  percent: '0.00%',
  plain: '0',
  text: '@',
};
type Columns = [label: Bilingual, width: number][];

const GREY = { color: { argb: 'FF6B6B6B' }, size: 9 } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E8' } } as const;
const b = (id: string, en: string): Bilingual => ({ id, en });
/** Ringkasan and Biaya: label, its English, the value, a note and its English. */
const FACT_COLUMNS: Columns = [
  [b('Uraian', 'Item'), 36],
  [b('Description', '(English)'), 28],
  [b('Nilai', 'Value'), 30],
  [b('Keterangan', 'Note'), 46],
  [b('Note', '(English)'), 46],
];

/**
 * The proposal as a workbook a Pemda can work with: sheets Ringkasan, Desa, Biaya and Dasar Hukum.
 * Amounts and counts stay numbers (rupiah, thousands and percent formats) so they can be summed; text
 * from data is defused against formula injection; header rows are frozen and repeat when printed.
 */
export async function proposalXlsx(data: ProposalData): Promise<Buffer> {
  // Loaded on first use, as in src/exports/table.ts: exceljs is slow to import.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cakupan';
  workbook.created = new Date(`${data.generatedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  summarySheet(workbook, data);
  villageSheet(workbook, data);
  const cost = newSheet(workbook, 'Biaya', FACT_COLUMNS);
  facts(cost, [...programFacts(data), ...costFacts(data)]);
  facts(cost, [
    { label: b('Keringanan iuran', 'Relief'), value: null, kind: 'text', note: data.cost.discountNote },
  ]);
  legalSheet(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with its column widths, printed A4 portrait one page wide. */
function newSheet(workbook: Workbook, name: string, columns: Columns, withHeader = true): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  columns.forEach(([, width], index) => {
    sheet.getColumn(index + 1).width = width;
  });
  if (withHeader) header(sheet, columns);
  return sheet;
}

/** Indonesian bold, English beneath in smaller grey; everything down to this row stays frozen. */
function header(sheet: Worksheet, columns: Columns): void {
  const row = sheet.addRow([]);
  columns.forEach(([label], index) => {
    const cell = row.getCell(index + 1);
    cell.value = {
      richText: [
        { text: label.id, font: { bold: true } },
        { text: `\n${label.en}`, font: GREY },
      ],
    };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  row.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
  sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
}

function put(cell: Cell, value: string | number | null, kind?: FactKind): void {
  cell.value = defuseFormula(value);
  if (kind) cell.numFmt = FORMATS[kind];
  cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
}

/** English text: smaller and grey, after the Indonesian. */
function grey(cell: Cell, value: string | null): void {
  put(cell, value);
  cell.font = GREY;
}

/** Wrapped rows get the height of their longest cell: Excel does not fit row heights on opening. */
function fitHeight(sheet: Worksheet, rowNumber: number, texts: [string | null | undefined, number][]): void {
  const lines = Math.max(1, ...texts.map(([text, width]) => Math.ceil((text?.length ?? 0) / width)));
  if (lines > 1) sheet.getRow(rowNumber).height = 13 * lines;
}

function section(sheet: Worksheet, title: Bilingual): void {
  sheet.addRow([]);
  const row = sheet.addRow([title.id, title.en]);
  row.getCell(1).font = { bold: true, size: 12 };
  row.getCell(2).font = { ...GREY, size: 10 };
}

function facts(sheet: Worksheet, items: Fact[]): void {
  for (const item of items) {
    const row = sheet.addRow([]);
    put(row.getCell(1), item.label.id);
    grey(row.getCell(2), item.label.en || null);
    put(row.getCell(3), item.value, typeof item.value === 'number' ? item.kind : undefined);
    put(row.getCell(4), item.note?.id || null);
    // A note that reads the same in both languages (a code, a source) is written once.
    grey(row.getCell(5), item.note && item.note.en !== item.note.id ? item.note.en : null);
    if (item.strong) for (const column of [1, 3]) row.getCell(column).font = { bold: true };
    fitHeight(sheet, row.number, [
      [item.label.id, 36],
      [typeof item.value === 'string' ? item.value : null, 30],
      [item.note?.id, 46],
      [item.note?.en, 54],
    ]);
  }
}

function summarySheet(workbook: Workbook, data: ProposalData): void {
  const sheet = newSheet(workbook, 'Ringkasan', FACT_COLUMNS, false);
  sheet.addRow([PROPOSAL_TEXT.title.id]).font = { bold: true, size: 14 };
  sheet.addRow([PROPOSAL_TEXT.title.en]).font = { ...GREY, size: 11, italic: true };
  sheet.addRow([defuseFormula(regionLabel(data))]).font = { bold: true };
  const made = `Dibuat ${longDate(data.generatedOn)} oleh ${data.generatedBy} · Generated on ${longDate(data.generatedOn, 'en')} with Cakupan`;
  sheet.addRow([defuseFormula(made)]).font = GREY;
  header(sheet, FACT_COLUMNS);
  facts(sheet, overviewFacts(data));
  section(sheet, PROPOSAL_TEXT.coverage);
  facts(sheet, coverageFacts(data));
  section(sheet, PROPOSAL_TEXT.cost);
  facts(sheet, costFacts(data));
  section(sheet, PROPOSAL_TEXT.effect);
  facts(sheet, effectFacts(data));
  if (data.notes.length === 0) return;
  section(sheet, PROPOSAL_TEXT.notes);
  facts(
    sheet,
    data.notes.map((note, index) => ({ label: b(`${index + 1}.`, ''), value: null, kind: 'text', note })),
  );
}

function villageSheet(workbook: Workbook, { villages }: ProposalData): void {
  const columns: Columns = [
    [b('No.', 'No.'), 6],
    [b('Kode wilayah', 'Area code'), 15],
    [b('Desa/Kelurahan', 'Village'), 28],
    [b('Kecamatan', 'District'), 22],
    [b('Pekerja', 'Workers'), 11],
    [b('Biaya', 'Cost'), 17],
    [b('Alasan', 'Reason'), 40],
    [b('Reason', '(English)'), 40],
  ];
  const sheet = newSheet(workbook, 'Desa', columns);
  villages.forEach((village, index) => {
    const row = sheet.addRow([index + 1]);
    put(row.getCell(2), village.code, 'text');
    put(row.getCell(3), village.name);
    put(row.getCell(4), village.districtName);
    put(row.getCell(5), village.workers, 'count');
    put(row.getCell(6), village.cost, 'rupiah');
    put(row.getCell(7), village.reason?.id ?? null);
    grey(row.getCell(8), village.reason?.en ?? null);
  });
  if (villages.length === 0) {
    const row = sheet.addRow([`${PROPOSAL_TEXT.noVillages.id} / ${PROPOSAL_TEXT.noVillages.en}`]);
    row.font = { italic: true, color: GREY.color };
    sheet.mergeCells(row.number, 1, row.number, columns.length);
  }
  const total = sheet.addRow([null, null, `${PROPOSAL_TEXT.total.id} / ${PROPOSAL_TEXT.total.en}`]);
  // A SUM with its result stored: right before any recalculation, and still right after an edit.
  const sum = (column: string, result: number) =>
    villages.length === 0 ? 0 : { formula: `SUM(${column}2:${column}${villages.length + 1})`, result };
  total.getCell(5).value = sum(
    'E',
    villages.reduce((s, v) => s + v.workers, 0),
  );
  total.getCell(6).value = sum(
    'F',
    villages.reduce((s, v) => s + v.cost, 0),
  );
  total.getCell(5).numFmt = FORMATS.count;
  total.getCell(6).numFmt = FORMATS.rupiah;
  total.font = { bold: true };
  for (let column = 1; column <= columns.length; column++)
    total.getCell(column).border = { top: { style: 'thin' } };
}

function legalSheet(workbook: Workbook, data: ProposalData): void {
  const columns: Columns = [
    [b('No.', 'No.'), 6],
    [b('Peraturan', 'Regulation'), 44],
    [b('Tentang', 'Subject'), 60],
    [b('Subject', '(English)'), 60],
  ];
  const sheet = newSheet(workbook, 'Dasar Hukum', columns);
  data.legalBasis.forEach((item, index) => {
    const row = sheet.addRow([index + 1]);
    put(row.getCell(2), item.title);
    put(row.getCell(3), item.detail.id);
    grey(row.getCell(4), item.detail.en);
    fitHeight(sheet, row.number, [
      [item.title, 44],
      [item.detail.id, 60],
      [item.detail.en, 70],
    ]);
  });
}
