import type { Bilingual } from '../shared/errors.ts';
import { formatRupiah } from '../shared/format.ts';
import {
  costFacts,
  coverageFacts,
  type Fact,
  formatFact,
  overviewFacts,
  PROPOSAL_TEXT,
} from './proposal.content.ts';
import {
  bilingualLines,
  COLOR,
  CONTENT_WIDTH,
  type Ctx,
  ensure,
  heading,
  ID_STYLE,
  lineHeight,
  PAGE,
  put,
  putLines,
  rule,
  type TextStyle,
  wrap,
} from './proposal.pdf.layout.ts';
import { table } from './proposal.pdf.table.ts';
import type { ProposalData } from './proposal.types.ts';

const LABEL_WIDTH = 160;
const VALUE_X = PAGE.left + 168;
const NUMBER_WIDTH = 112;
const NOTE_X = PAGE.left + 296;
const NOTE_WIDTH = PAGE.left + CONTENT_WIDTH - NOTE_X;
const VALUE_STYLE: TextStyle = { size: 10 };
const NOTE_ID: TextStyle = { size: 8, color: '#3A3A3A' };
const NOTE_EN: TextStyle = { size: 7, color: COLOR.grey };

/** Funder, title in both languages, and the facts that identify the proposal. */
export function titleBlock(ctx: Ctx, data: ProposalData): void {
  const { doc } = ctx;
  const small: TextStyle = { size: 8, color: COLOR.grey };
  put(doc, small, data.program.funderName.toUpperCase(), PAGE.left, ctx.y, { width: CONTENT_WIDTH * 0.65 });
  put(doc, small, data.program.code, PAGE.left, ctx.y, { width: CONTENT_WIDTH, align: 'right' });
  ctx.y += 16;
  const title: TextStyle = { size: 16, bold: true, color: COLOR.accent };
  ctx.y +=
    putLines(doc, title, wrap(doc, title, PROPOSAL_TEXT.title.id, CONTENT_WIDTH), PAGE.left, ctx.y) + 2;
  const subtitle: TextStyle = { size: 10, italic: true, color: COLOR.grey };
  ctx.y += putLines(
    doc,
    subtitle,
    wrap(doc, subtitle, PROPOSAL_TEXT.title.en, CONTENT_WIDTH),
    PAGE.left,
    ctx.y,
  );
  ctx.y += 6;
  rule(ctx, ctx.y, COLOR.accent, 1.5);
  ctx.y += 8;
  facts(ctx, overviewFacts(data), false);
}

/**
 * Label (Indonesian, English beneath) | value | note. With `alignNumbers`, numbers sit right-aligned in
 * their own column so a calculation reads down; otherwise (and for text) the value takes the value and
 * note columns, with the note beneath.
 */
export function facts(ctx: Ctx, items: Fact[], alignNumbers = true): void {
  const { doc } = ctx;
  for (const fact of items) {
    const label = bilingualLines(doc, fact.label, LABEL_WIDTH);
    const style: TextStyle = { ...VALUE_STYLE, bold: fact.strong ?? false };
    const numeric = alignNumbers && (typeof fact.value === 'number' || fact.value === null);
    const valueLines = numeric ? [formatFact(fact)] : wrap(doc, style, formatFact(fact), CONTENT_WIDTH - 168);
    const valueHeight = valueLines.length * lineHeight(style);
    const note = fact.note
      ? bilingualLines(doc, fact.note, numeric ? NOTE_WIDTH : CONTENT_WIDTH - 168, NOTE_ID, NOTE_EN)
      : null;
    const noteHeight = note ? note.height + (numeric ? 0 : valueHeight) : 0;
    const height = Math.max(label.height, valueHeight, noteHeight) + 6;
    ensure(ctx, height);
    // The operator hangs in the margin so the labels of a calculation stay aligned.
    if (fact.op) put(doc, ID_STYLE, fact.op, PAGE.left - 11, ctx.y + 1, { width: 9, align: 'right' });
    label.draw(PAGE.left, ctx.y + 1);
    if (numeric) put(doc, style, valueLines[0]!, VALUE_X, ctx.y, { width: NUMBER_WIDTH, align: 'right' });
    else putLines(doc, style, valueLines, VALUE_X, ctx.y);
    note?.draw(numeric ? NOTE_X : VALUE_X, ctx.y + (numeric ? 1.5 : valueHeight));
    ctx.y += height;
    rule(ctx, ctx.y - 3);
  }
}

export function coverageSection(ctx: Ctx, data: ProposalData): void {
  heading(ctx, PROPOSAL_TEXT.coverage);
  facts(ctx, coverageFacts(data));
}

/** Each program's rate and article, then per worker-month × months × workers = total, and the budget. */
export function costSection(ctx: Ctx, data: ProposalData): void {
  // The whole calculation on one page: rates, the chain and the relief note (about 330 pt).
  heading(ctx, PROPOSAL_TEXT.cost, 330);
  const rows = data.cost.lines.map((line) => [
    { text: line.program, style: { size: 8.5, bold: true } },
    { text: line.explanation.id, sub: line.explanation.en },
    { text: line.legalBasis },
    { text: formatRupiah(line.amount) },
  ]);
  table(
    ctx,
    [
      { header: { id: 'Program', en: 'Programme' }, width: 60 },
      { header: { id: 'Perhitungan', en: 'Calculation' }, width: 200 },
      { header: { id: 'Dasar hukum', en: 'Legal basis' }, width: 133 },
      { header: { id: 'Iuran per bulan', en: 'Per month' }, width: 90, align: 'right' },
    ],
    rows,
  );
  ctx.y += 8;
  facts(ctx, costFacts(data));
  noteBox(ctx, { id: 'Keringanan iuran', en: 'Contribution relief' }, data.cost.discountNote);
}

/** A shaded box for what a reader must not miss (the discount that does not apply). */
export function noteBox(ctx: Ctx, title: Bilingual, text: Bilingual): void {
  const { doc } = ctx;
  const width = CONTENT_WIDTH - 16;
  const body = bilingualLines(doc, text, width);
  const height = body.height + lineHeight({ size: 9 }) + 12;
  ctx.y += 6;
  ensure(ctx, height);
  doc.rect(PAGE.left, ctx.y, CONTENT_WIDTH, height).fillAndStroke(COLOR.noteFill, COLOR.noteRule);
  put(doc, { size: 9, bold: true }, `${title.id} / ${title.en}`, PAGE.left + 8, ctx.y + 6, { width });
  body.draw(PAGE.left + 8, ctx.y + 6 + lineHeight({ size: 9 }));
  ctx.y += height + 4;
}

/** Numbered regulations: title in bold, what it is about in both languages. */
export function legalSection(ctx: Ctx, data: ProposalData): void {
  const items = data.legalBasis.map((item) => ({ title: item.title, body: item.detail }));
  list(ctx, PROPOSAL_TEXT.legalBasis, items, (index) => `${index + 1}.`);
}

export function notesSection(ctx: Ctx, data: ProposalData): void {
  if (data.notes.length === 0) return;
  list(
    ctx,
    PROPOSAL_TEXT.notes,
    data.notes.map((note) => ({ title: null, body: note })),
    () => '•',
  );
}

/** A headed list, kept on one page with its heading when it is short (no lone note on a last page). */
function list(
  ctx: Ctx,
  title: Bilingual,
  items: { title: string | null; body: Bilingual }[],
  mark: (i: number) => string,
): void {
  const { doc } = ctx;
  const indent = 18;
  const width = CONTENT_WIDTH - indent;
  const bold: TextStyle = { size: 9.5, bold: true };
  const laid = items.map((item) => {
    const titleLines = item.title ? wrap(doc, bold, item.title, width) : [];
    const body = bilingualLines(doc, item.body, width);
    return { item, titleLines, body, height: titleLines.length * lineHeight(bold) + body.height + 6 };
  });
  const total = laid.reduce((sum, entry) => sum + entry.height, 0);
  heading(ctx, title, Math.min(total, 200));
  laid.forEach(({ item, titleLines, body, height }, index) => {
    ensure(ctx, height);
    put(doc, item.title ? bold : { size: 9 }, mark(index), PAGE.left, ctx.y, { width: indent });
    const used = putLines(doc, bold, titleLines, PAGE.left + indent, ctx.y);
    body.draw(PAGE.left + indent, ctx.y + used);
    ctx.y += height;
  });
}
