import { formatCount, formatRupiah } from '../shared/format.ts';
import { longDate, PROPOSAL_TEXT, regionLabel } from './proposal.content.ts';
import { effectSection } from './proposal.pdf.effect.ts';
import { COLOR, CONTENT_WIDTH, type Ctx, heading, PAGE, put } from './proposal.pdf.layout.ts';
import {
  costSection,
  coverageSection,
  legalSection,
  notesSection,
  titleBlock,
} from './proposal.pdf.sections.ts';
import { type TableCell, table } from './proposal.pdf.table.ts';
import type { ProposalData } from './proposal.types.ts';

/**
 * The proposal as an A4 PDF to attach to budget papers: title, 1. coverage, 2. cost, 3. effect (with a
 * bar chart), 4. villages (paginated, header repeated on every page), 5. legal basis, notes, and a
 * footer with the date, the author and "Halaman i dari N" on every page. Helvetica is embedded by
 * name (a PDF standard font), and the creation date comes from `generatedOn`, so the same data gives
 * the same bytes.
 *
 * @example const pdf = await proposalPdf(proposalFixture()); // Buffer starting with "%PDF-"
 */
export async function proposalPdf(data: ProposalData): Promise<Buffer> {
  // Loaded on first use: pdfkit and its font tables are not needed to start the server.
  const { default: PDFDocument } = await import('pdfkit');
  const created = new Date(`${data.generatedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: 'id-ID',
    displayTitle: true,
    info: {
      Title: `${PROPOSAL_TEXT.title.id} — ${regionLabel(data)}`,
      Subject: PROPOSAL_TEXT.title.en,
      Author: data.generatedBy,
      Creator: 'Cakupan',
      Producer: 'Cakupan (PDFKit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const ctx: Ctx = { doc, y: PAGE.top };
  titleBlock(ctx, data);
  coverageSection(ctx, data);
  costSection(ctx, data);
  effectSection(ctx, data);
  villageSection(ctx, data);
  legalSection(ctx, data);
  notesSection(ctx, data);
  footers(ctx, data);
  doc.end();
  return done;
}

const VILLAGE_COLUMNS = [
  { header: { id: 'No.', en: 'No.' }, width: 28, align: 'right' as const },
  { header: { id: 'Desa/Kelurahan', en: 'Village' }, width: 100 },
  { header: { id: 'Kecamatan', en: 'District' }, width: 78 },
  { header: { id: 'Pekerja', en: 'Workers' }, width: 46, align: 'right' as const },
  { header: { id: 'Biaya', en: 'Cost' }, width: 78, align: 'right' as const },
  { header: { id: 'Alasan', en: 'Reason' }, width: CONTENT_WIDTH - 330 },
];

/** Section 4: every village with its workers and cost, and the total. */
function villageSection(ctx: Ctx, data: ProposalData): void {
  heading(ctx, PROPOSAL_TEXT.villages, 80);
  const { villages } = data;
  const rows: TableCell[][] = villages.map((village, index) => [
    { text: formatCount(index + 1) },
    { text: village.name },
    { text: village.districtName },
    { text: formatCount(village.workers) },
    { text: formatRupiah(village.cost) },
    { text: village.reason?.id ?? '', sub: village.reason?.en ?? null, style: { size: 8 } },
  ]);
  if (rows.length === 0) {
    const empty = { text: PROPOSAL_TEXT.noVillages.id, sub: PROPOSAL_TEXT.noVillages.en, maxLines: 1 };
    rows.push([{ text: '' }, { ...empty, style: { size: 8.5, italic: true } }]);
  }
  const workers = villages.reduce((sum, v) => sum + v.workers, 0);
  const cost = villages.reduce((sum, v) => sum + v.cost, 0);
  table(ctx, VILLAGE_COLUMNS, rows, [
    { text: '' },
    { text: PROPOSAL_TEXT.total.id, sub: PROPOSAL_TEXT.total.en },
    { text: `${formatCount(villages.length)} desa`, sub: `${formatCount(villages.length, 'en')} villages` },
    { text: formatCount(workers) },
    { text: formatRupiah(cost) },
  ]);
}

/** Written last, on every buffered page, once the page count is known. */
function footers(ctx: Ctx, data: ProposalData): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const y = PAGE.height - PAGE.bottom + 22;
  const left = CONTENT_WIDTH - 90;
  const made = `Dibuat ${longDate(data.generatedOn, 'id')} oleh ${data.generatedBy}`;
  const madeEn = `Generated on ${longDate(data.generatedOn, 'en')} with Cakupan · ${data.program.code} · ${regionLabel(data)}`;
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    doc
      .moveTo(PAGE.left, y - 5)
      .lineTo(PAGE.left + CONTENT_WIDTH, y - 5)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    put(doc, { size: 7.5 }, made, PAGE.left, y, { width: left });
    put(doc, { size: 6.5, color: COLOR.grey }, madeEn, PAGE.left, y + 10, { width: left });
    const number = page - start + 1;
    const right = { width: 90, align: 'right' as const };
    put(doc, { size: 8, bold: true }, `Halaman ${number} dari ${count}`, PAGE.left + left, y, right);
    put(doc, { size: 6.5, color: COLOR.grey }, `Page ${number} of ${count}`, PAGE.left + left, y + 10, right);
  }
}
