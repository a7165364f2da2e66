import { formatCount, formatPercent } from '../shared/format.ts';
import { PROPOSAL_TEXT } from './proposal.content.ts';
import {
  bilingualLines,
  COLOR,
  CONTENT_WIDTH,
  type Ctx,
  ensure,
  heading,
  lineHeight,
  PAGE,
  put,
  type TextStyle,
} from './proposal.pdf.layout.ts';
import { table } from './proposal.pdf.table.ts';
import type { ProposalData, ProposalStanding } from './proposal.types.ts';

const percent = (bp: number | null) => formatPercent(bp === null ? null : bp / 100);
const rank = (s: ProposalStanding) => (s.rank === null ? '—' : `${s.rank} dari ${s.rankOf ?? '—'}`);
const rankEn = (s: ProposalStanding) => (s.rank === null ? '' : `${s.rank} of ${s.rankOf ?? '—'}`);

/** Signed difference, or a dash when either side is unknown. */
function change(before: number | null, after: number | null, show: (d: number) => string): string {
  if (before === null || after === null) return '—';
  const d = after - before;
  return `${d > 0 ? '+' : d < 0 ? '-' : ''}${show(Math.abs(d))}`;
}

/** Section 3: active members, coverage and rank before and after, then the bar chart. */
export function effectSection(ctx: Ctx, data: ProposalData): void {
  const { before, after, siblingsLabel } = data.effect;
  heading(ctx, PROPOSAL_TEXT.effect, 180);
  const rankChange =
    before.rank === null || after.rank === null || before.rank === after.rank
      ? '—'
      : `${before.rank > after.rank ? 'naik' : 'turun'} ${Math.abs(before.rank - after.rank)}`;
  table(
    ctx,
    [
      { header: { id: 'Uraian', en: 'Item' }, width: 165 },
      { header: { id: 'Sebelum', en: 'Before' }, width: 106, align: 'right' },
      { header: { id: 'Sesudah', en: 'After' }, width: 106, align: 'right' },
      { header: { id: 'Perubahan', en: 'Change' }, width: CONTENT_WIDTH - 377, align: 'right' },
    ],
    [
      [
        { text: 'Peserta aktif', sub: 'Active members' },
        { text: formatCount(before.active) },
        { text: formatCount(after.active), style: { size: 8.5, bold: true } },
        { text: change(before.active, after.active, (d) => formatCount(d)) },
      ],
      [
        { text: 'Cakupan', sub: 'Coverage' },
        { text: percent(before.coverageBp) },
        { text: percent(after.coverageBp), style: { size: 8.5, bold: true } },
        { text: change(before.coverageBp, after.coverageBp, (d) => `${formatCount(d / 100)} poin`) },
      ],
      [
        { text: 'Peringkat', sub: 'Rank' },
        { text: rank(before), sub: rankEn(before) },
        { text: rank(after), sub: rankEn(after), style: { size: 8.5, bold: true } },
        { text: rankChange },
      ],
    ],
  );
  ctx.y += 3;
  const caption = bilingualLines(
    ctx.doc,
    { id: `Peringkat ${siblingsLabel.id}`, en: `Rank ${siblingsLabel.en}` },
    CONTENT_WIDTH,
  );
  caption.draw(PAGE.left, ctx.y);
  ctx.y += caption.height + 10;
  chart(ctx, data);
}

const BAR = 15;
const GAP = 7;
const LABEL_WIDTH = 118;

/** Horizontal bars on a 0–100 % scale: coverage before, after, and the target. */
function chart(ctx: Ctx, data: ProposalData): void {
  const { doc } = ctx;
  const target = data.coverage.targetYear ? `Target ${data.coverage.targetYear}` : 'Target';
  const bars = [
    { id: 'Sebelum', en: 'Before', bp: data.effect.before.coverageBp, color: '#9AA5B1' },
    { id: 'Sesudah', en: 'After', bp: data.effect.after.coverageBp, color: COLOR.accent },
    { id: target, en: 'Target', bp: data.coverage.targetBp, color: '#E0A43A' },
  ];
  const height = bars.length * (BAR + GAP) + 18;
  ensure(ctx, height);
  const x0 = PAGE.left + LABEL_WIDTH;
  const width = CONTENT_WIDTH - LABEL_WIDTH - 60;
  const top = ctx.y;
  const axis: TextStyle = { size: 7, color: COLOR.grey };
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = x0 + (width * tick) / 100;
    doc
      .moveTo(x, top - 2)
      .lineTo(x, top + bars.length * (BAR + GAP))
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    put(doc, axis, `${tick} %`, x - 15, top + bars.length * (BAR + GAP) + 3, { width: 30, align: 'center' });
  }
  bars.forEach((bar, index) => {
    const y = top + index * (BAR + GAP);
    put(doc, { size: 8.5 }, bar.id, PAGE.left, y + 1, { width: LABEL_WIDTH - 8 });
    put(doc, { size: 7, color: COLOR.grey }, bar.en, PAGE.left, y + 1 + lineHeight({ size: 8.5 }) - 2, {
      width: LABEL_WIDTH - 8,
    });
    const share = Math.min(Math.max((bar.bp ?? 0) / 10_000, 0), 1);
    if (share > 0) doc.rect(x0, y, width * share, BAR).fill(bar.color);
    put(doc, { size: 8.5, bold: true }, percent(bar.bp), x0 + width * share + 5, y + 3.5, { width: 55 });
  });
  ctx.y = top + height + 4;
}
