import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatMonth, formatPercent, formatRupiah, type Lang } from '../shared/format.ts';
import type { ProposalData } from './proposal.types.ts';

/**
 * What the proposal says, shared by the workbook and the PDF so both say the same thing: fixed wording
 * and the labelled figures of each section. Values stay numbers here; each renderer formats them
 * (Excel with number formats, the PDF with src/shared/format.ts).
 */
export const PROPOSAL_TEXT = {
  title: {
    id: 'Usulan Penganggaran Iuran Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan',
    en: 'Proposal: budgeting employment social security contributions for vulnerable workers',
  },
  coverage: { id: '1. Kondisi cakupan', en: 'Coverage today' },
  cost: { id: '2. Biaya', en: 'Cost' },
  effect: { id: '3. Dampak', en: 'Effect' },
  villages: { id: '4. Daftar desa', en: 'Villages' },
  legalBasis: { id: '5. Dasar hukum', en: 'Legal basis' },
  notes: { id: 'Catatan', en: 'Notes' },
  noVillages: { id: 'Belum ada desa dipilih', en: 'No villages chosen yet' },
  total: { id: 'Jumlah', en: 'Total' },
} as const satisfies Record<string, Bilingual>;

const STATUS: Record<string, Bilingual> = {
  draft: { id: 'Draf', en: 'Draft' },
  active: { id: 'Berjalan', en: 'Active' },
  closed: { id: 'Selesai', en: 'Closed' },
};

/** `percent` values are fractions (0.28 = 28 %), which is what Excel's % format expects. */
export type FactKind = 'rupiah' | 'count' | 'percent' | 'plain' | 'text';

export interface Fact {
  label: Bilingual;
  value: string | number | null;
  kind: FactKind;
  note?: Bilingual | undefined;
  strong?: boolean;
  /** How the line follows from the ones above in a calculation (`×`, `=`); shown in the PDF only. */
  op?: '×' | '=';
}

const b = (id: string, en: string): Bilingual => ({ id, en });
const same = (text: string): Bilingual => ({ id: text, en: text });
const fraction = (bp: number | null): number | null => (bp === null ? null : bp / 10_000);

/** A fact's value as people read it: `Rp827.769.600`, `24.636`, `28,00 %`. */
export function formatFact(fact: Pick<Fact, 'value' | 'kind'>, lang: Lang = 'id'): string {
  const { value, kind } = fact;
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (kind === 'rupiah') return formatRupiah(value, lang);
  if (kind === 'count') return formatCount(value, lang);
  if (kind === 'percent') return formatPercent(value * 100, lang);
  return String(value);
}

export const regionLabel = ({ region }: ProposalData): string =>
  [`${region.levelLabel.id} ${region.name}`, region.parentName].filter(Boolean).join(', ');

export const periodLabel = ({ program }: ProposalData, lang: Lang = 'id'): string =>
  `${formatMonth(program.periodFrom, lang)} – ${formatMonth(program.periodTo, lang)}`;

/** `2025-11-12` → `12 November 2025` (id) / `12 November 2025` (en). */
export const longDate = (iso: string, lang: Lang = 'id'): string =>
  `${Number(iso.slice(8, 10))} ${formatMonth(iso.slice(0, 7), lang)}`;

export const statusLabel = (status: string): Bilingual => STATUS[status] ?? same(status);

/** Who asks, for what, from which money, when. */
export function overviewFacts(data: ProposalData): Fact[] {
  const { program, region, cost } = data;
  return [
    { label: b('Wilayah', 'Region'), value: regionLabel(data), kind: 'text', note: same(region.code) },
    { label: b('Program', 'Programme'), value: program.name, kind: 'text', note: same(program.code) },
    {
      label: b('Pemberi dana', 'Funder'),
      value: program.funderName,
      kind: 'text',
      note: program.funderKindLabel,
    },
    {
      label: b('Sumber dana', 'Source'),
      value: program.sourceLabel.id,
      kind: 'text',
      note: b('', program.sourceLabel.en),
    },
    { label: b('Tahun anggaran', 'Fiscal year'), value: program.fiscalYear, kind: 'plain' },
    {
      label: b('Periode', 'Period'),
      value: periodLabel(data),
      kind: 'text',
      note: b(`${cost.months} bulan`, `${periodLabel(data, 'en')}, ${cost.months} months`),
    },
    { label: b('Program jaminan', 'Benefits'), value: program.programs.join(', '), kind: 'text' },
    { label: b('Pagu anggaran', 'Budget'), value: program.budget, kind: 'rupiah' },
    {
      label: b('Status', 'Status'),
      value: statusLabel(program.status).id,
      kind: 'text',
      note: b(
        `${formatCount(program.beneficiaries)} peserta sudah terdaftar`,
        `${statusLabel(program.status).en}; ${formatCount(program.beneficiaries, 'en')} enrolled so far`,
      ),
    },
  ];
}

/** Section 1: workforce, active members, coverage against the target, and the gap in workers. */
export function coverageFacts({ coverage }: ProposalData): Fact[] {
  const asOf = coverage.month
    ? b(`per ${formatMonth(coverage.month)}`, `as of ${formatMonth(coverage.month, 'en')}`)
    : undefined;
  return [
    {
      label: b('Pekerja (angkatan kerja yang bekerja)', 'Employed workforce'),
      value: coverage.workforce,
      kind: 'count',
      note: coverage.workforceSource ? same(coverage.workforceSource) : undefined,
    },
    { label: b('Peserta aktif', 'Active members'), value: coverage.active, kind: 'count', note: asOf },
    { label: b('Cakupan', 'Coverage'), value: fraction(coverage.coverageBp), kind: 'percent', note: asOf },
    {
      label: b('Target cakupan', 'Coverage target'),
      value: fraction(coverage.targetBp),
      kind: 'percent',
      note: coverage.targetYear ? b(`tahun ${coverage.targetYear}`, `by ${coverage.targetYear}`) : undefined,
    },
    { label: b('Peserta pada target', 'Members at target'), value: coverage.targetWorkers, kind: 'count' },
    {
      label: b('Kekurangan', 'Gap'),
      value: coverage.gapWorkers,
      kind: 'count',
      note: b('pekerja belum terlindungi', 'workers still to cover'),
      strong: true,
    },
  ];
}

/** Each program's contribution per worker-month, with its article. */
export const programFacts = ({ cost }: ProposalData): Fact[] =>
  cost.lines.map((line) => ({
    label: b(`Iuran ${line.program} per pekerja per bulan`, `${line.program} per worker per month`),
    value: line.amount,
    kind: 'rupiah',
    note: b(`${line.explanation.id} (${line.legalBasis})`, `${line.explanation.en} (${line.legalBasis})`),
  }));

/** Section 2: per worker-month × months = per worker; × workers = total; budget − total = left over. */
export function costFacts(data: ProposalData): Fact[] {
  const { cost, program } = data;
  const rp = formatRupiah;
  return [
    {
      label: b('Iuran per pekerja per bulan', 'Per worker per month'),
      value: cost.perWorkerMonth,
      kind: 'rupiah',
      note: b(
        cost.lines.map((line) => `${line.program} ${rp(line.amount)}`).join(' + '),
        cost.lines.map((line) => `${line.program} ${rp(line.amount, 'en')}`).join(' + '),
      ),
    },
    {
      label: b('Jumlah bulan', 'Months'),
      op: '×',
      value: cost.months,
      kind: 'plain',
      note: b(periodLabel(data), periodLabel(data, 'en')),
    },
    {
      label: b('Biaya per pekerja', 'Per worker'),
      op: '=',
      value: cost.perWorker,
      kind: 'rupiah',
      note: b(
        `${rp(cost.perWorkerMonth)} × ${cost.months} bulan`,
        `${rp(cost.perWorkerMonth, 'en')} × ${cost.months} months`,
      ),
    },
    { label: b('Jumlah pekerja', 'Workers'), value: cost.workers, kind: 'count', op: '×' },
    {
      label: b('Total biaya', 'Total cost'),
      op: '=',
      value: cost.total,
      kind: 'rupiah',
      strong: true,
      note: b(
        `${rp(cost.perWorker)} × ${formatCount(cost.workers)} pekerja`,
        `${rp(cost.perWorker, 'en')} × ${formatCount(cost.workers, 'en')} workers`,
      ),
    },
    { label: b('Pagu anggaran', 'Budget'), value: program.budget, kind: 'rupiah', note: program.sourceLabel },
    {
      label: b('Sisa pagu', 'Left over'),
      value: cost.leftover,
      kind: 'rupiah',
      note: cost.leftover < 0 ? b('pagu tidak cukup', 'the budget falls short') : undefined,
    },
  ];
}

/** Section 3: active members, coverage and rank before and after the proposal. */
export function effectFacts({ effect }: ProposalData): Fact[] {
  const { before, after, siblingsLabel } = effect;
  const rank = (r: typeof before) => (r.rank === null ? null : `${r.rank} dari ${r.rankOf ?? '—'}`);
  return [
    { label: b('Peserta aktif sebelum', 'Active before'), value: before.active, kind: 'count' },
    { label: b('Peserta aktif sesudah', 'Active after'), value: after.active, kind: 'count' },
    { label: b('Cakupan sebelum', 'Coverage before'), value: fraction(before.coverageBp), kind: 'percent' },
    {
      label: b('Cakupan sesudah', 'Coverage after'),
      value: fraction(after.coverageBp),
      kind: 'percent',
      strong: true,
    },
    { label: b('Peringkat sebelum', 'Rank before'), value: rank(before), kind: 'text', note: siblingsLabel },
    { label: b('Peringkat sesudah', 'Rank after'), value: rank(after), kind: 'text', note: siblingsLabel },
  ];
}
