import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatFact } from './proposal.content.ts';
import { proposalFixture, sarolangunVillages, syntheticVillages } from './proposal.fixture.ts';
import { pdfSafe } from './proposal.pdf.layout.ts';
import { proposalPdf } from './proposal.pdf.ts';
import type { ProposalData } from './proposal.types.ts';
import { proposalXlsx } from './proposal.xlsx.ts';

/** Each page's text, read back with pdf.js (no system tools needed). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = join(
    dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts/',
  );
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: fonts, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await doc.destroy();
  return pages;
}

async function pdfInfo(pdf: Buffer): Promise<unknown> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return info;
}

async function workbook(data: ProposalData): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs types its own Buffer; the bytes are the same.
  await book.xlsx.load((await proposalXlsx(data)) as unknown as ArrayBuffer);
  return book;
}

/** The value cell (column C) of the line whose Indonesian label is `label`. */
function lineValue(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getCell(row, 1).value === label) return sheet.getCell(row, 3);
  throw new Error(`no line "${label}" in ${sheet.name}`);
}

describe('proposal fixture', () => {
  it('costs 24.636 workers × 2 months × Rp16.800 = Rp827.769.600, Rp172.230.400 left of Rp1 miliar', () => {
    const { cost } = proposalFixture();
    expect(cost.perWorkerMonth).toBe(10_000 + 6_800);
    expect(cost.perWorker).toBe(16_800 * 2);
    expect(cost.workers).toBe(24_636);
    expect(cost.total).toBe(24_636 * 2 * 16_800);
    expect(cost.total).toBe(827_769_600);
    expect(cost.leftover).toBe(1_000_000_000 - 827_769_600);
  });
});

describe('proposalXlsx', () => {
  it('has the four sheets, in order', async () => {
    const book = await workbook(proposalFixture());
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Ringkasan', 'Desa', 'Biaya', 'Dasar Hukum']);
  });

  it('keeps the total cost a number (24.636 × Rp33.600) with a rupiah format', async () => {
    const book = await workbook(proposalFixture());
    for (const sheet of ['Ringkasan', 'Biaya']) {
      const total = lineValue(book.getWorksheet(sheet)!, 'Total biaya');
      expect(total.value).toBe(24_636 * 2 * 16_800);
      expect(total.numFmt).toBe('"Rp"#,##0');
    }
    const coverage = lineValue(book.getWorksheet('Ringkasan')!, 'Cakupan');
    expect(coverage.value).toBe(0.28);
    expect(coverage.numFmt).toBe('0.00%');
  });

  it('lists one row per village between the frozen header and the total', async () => {
    const villages = sarolangunVillages();
    const sheet = (await workbook(proposalFixture(villages))).getWorksheet('Desa')!;
    expect(sheet.rowCount).toBe(villages.length + 2);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell(2, 3).value).toBe('Tambak Ratu');
    expect(sheet.getCell(2, 5).value).toBe(304);
    expect(sheet.getCell(2, 6).value).toBe(304 * 33_600);
    const total = sheet.getRow(villages.length + 2);
    expect(total.getCell(3).value).toBe('Jumlah / Total');
    expect(total.getCell(6).value).toEqual({
      formula: `SUM(F2:F${villages.length + 1})`,
      result: 827_769_600,
    });
  });

  it('defuses a village name that starts like a formula', async () => {
    const villages = sarolangunVillages();
    villages[0] = { ...villages[0]!, name: '=HYPERLINK("http://evil.example","klik")' };
    const sheet = (await workbook(proposalFixture(villages))).getWorksheet('Desa')!;
    const cell = sheet.getCell(2, 3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://evil.example","klik")`);
  });

  it('says no villages were chosen when the list is empty', async () => {
    const sheet = (await workbook(proposalFixture([]))).getWorksheet('Desa')!;
    expect(sheet.getCell(2, 1).value).toBe('Belum ada desa dipilih / No villages chosen yet');
    expect(sheet.getCell(3, 6).value).toBe(0);
  });
});

describe('proposalPdf', () => {
  it('is a PDF with the region, the total in Indonesian format, the legal basis and page numbers', async () => {
    const pdf = await proposalPdf(proposalFixture());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Kabupaten Sarolangun');
    expect(text).toContain('Rp827.769.600');
    expect(text).toContain('Inpres Nomor 2 Tahun 2021');
    expect(text).toContain('Halaman 1 dari');
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('paginates 2.000 villages, repeating the table header on every page of the list', async () => {
    const pages = await pdfPages(await proposalPdf(proposalFixture(syntheticVillages(2_000))));
    expect(pages.length).toBeGreaterThan(1);
    const listPages = pages.filter((page) => page.includes('Desa Contoh'));
    expect(listPages.length).toBeGreaterThan(20);
    for (const page of listPages) expect(page).toContain('Kecamatan');
    expect(pages.join('\n')).toContain('Desa Contoh 2000');
  });

  it('says "Belum ada desa dipilih / No villages chosen yet" when the list is empty', async () => {
    const text = (await pdfPages(await proposalPdf(proposalFixture([])))).join('\n');
    expect(text).toContain('Belum ada desa dipilih');
    expect(text).toContain('No villages chosen yet');
  });

  it('gives the same bytes for the same data (creation date from generatedOn, no clock)', async () => {
    const data = proposalFixture();
    const [first, second] = [await proposalPdf(data), await proposalPdf(data)];
    expect(first.equals(second)).toBe(true);
    expect(await pdfInfo(first)).toMatchObject({
      CreationDate: 'D:20251112000000Z',
      Author: data.generatedBy,
    });
  });
});

describe('PDF text and facts', () => {
  it.each([
    ['−Rp5.000', '-Rp5.000'],
    ['Rp16.800 × 2 → Rp33.600', 'Rp16.800 × 2 -> Rp33.600'],
    ['Desa Pūlau', 'Desa Pulau'],
    ['“Kampung” – 1 …', '“Kampung” – 1 …'],
    ['乡村', '??'],
  ])('pdfSafe(%s) = %s', (input, expected) => {
    expect(pdfSafe(input)).toBe(expected);
  });

  it.each([
    [{ value: 827_769_600, kind: 'rupiah' as const }, 'Rp827.769.600'],
    [{ value: 24_636, kind: 'count' as const }, '24.636'],
    [{ value: 0.28, kind: 'percent' as const }, '28,00 %'],
    [{ value: null, kind: 'count' as const }, '—'],
  ])('formatFact(%o) = %s', (fact, expected) => {
    expect(formatFact(fact)).toBe(expected);
  });
});
