import type { Bilingual } from '../../shared/errors.ts';
import type { Lang } from '../../shared/format.ts';
import { ROUNDING_RULE } from '../../shared/money.ts';
import { type Program, pct, rp } from '../explain.ts';
import { citeParameter, type UsedParameter } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import type {
  Allocation,
  ContributionInput,
  ContributionLine,
  ContributionQuote,
  LineDiscount,
  Payer,
  PayerTotals,
} from './contribution.types.ts';

const PAYER_NAMES: Record<Payer, Bilingual> = {
  employer: { id: 'pemberi kerja', en: 'employer' },
  worker: { id: 'pekerja', en: 'worker' },
  government: { id: 'pemerintah', en: 'government' },
  other: { id: 'pihak lain', en: 'third party' },
};

export const payerName = (payer: Payer, lang: Lang): string => PAYER_NAMES[payer][lang];

/** "Art. X" text of a row: "PP 46/2015 Pasal 16". */
export const basisOf = (p: RegulationParameter): string =>
  p.article ? `${p.legalBasis} ${p.article}` : p.legalBasis;

interface RateLineSpec {
  readonly program: Program;
  /** Amount before any cap (wage or declared income). */
  readonly wage: number;
  readonly cap: number | null;
  readonly capLabel?: Bilingual;
  readonly shares: { payer: Payer; rateBp: number; amount: number }[];
  readonly discount?: (LineDiscount & { payer: Payer; label: Bilingual }) | null;
  readonly legalBasis: string[];
  readonly suffix?: Bilingual;
}

/** A percent-of-wage line with its explanation: base, cap, rate per payer, discount, rounding. */
export function rateLine(spec: RateLineSpec): ContributionLine {
  const base = spec.cap !== null && spec.wage > spec.cap ? spec.cap : spec.wage;
  const capApplied = base !== spec.wage;
  const paid: PayerTotals = { employer: 0, worker: 0, government: 0, other: 0 };
  const rates: Partial<Record<Payer, number>> = {};
  for (const share of spec.shares) {
    paid[share.payer] += share.amount;
    rates[share.payer] = share.rateBp;
  }
  if (spec.discount) paid[spec.discount.payer] -= spec.discount.amount;
  const text = (lang: Lang) => {
    const parts: string[] = [];
    if (capApplied)
      parts.push(
        lang === 'id'
          ? `upah ${rp(spec.wage, lang)} dibatasi ${spec.capLabel?.id ?? 'batas upah'} ${rp(base, lang)}`
          : `wage ${rp(spec.wage, lang)} capped at the ${spec.capLabel?.en ?? 'wage cap'} ${rp(base, lang)}`,
      );
    for (const share of spec.shares)
      parts.push(
        `${payerName(share.payer, lang)} ${pct(share.rateBp, lang)} × ${rp(base, lang)} = ${rp(share.amount, lang)}`,
      );
    if (spec.discount)
      parts.push(
        `${spec.discount.label[lang]} ${pct(spec.discount.rateBp, lang)}: −${rp(spec.discount.amount, lang)} → ${rp(paid[spec.discount.payer], lang)}`,
      );
    if (spec.suffix) parts.push(spec.suffix[lang]);
    return `${spec.program}: ${parts.join('; ')}`;
  };
  return {
    program: spec.program,
    covers: [spec.program],
    ...paid,
    amount: paid.employer + paid.worker + paid.government + paid.other,
    base,
    cap: spec.cap,
    capApplied,
    rates,
    discount: spec.discount
      ? { rateBp: spec.discount.rateBp, amount: spec.discount.amount, legalBasis: spec.discount.legalBasis }
      : null,
    legalBasis: spec.legalBasis,
    explanation: { id: text('id'), en: text('en') },
  };
}

/** A flat-amount line (BPU JKM, PMI packages) paid by one party. */
export function flatLine(spec: {
  program: Program;
  covers?: Program[];
  payer: Payer;
  gross: number;
  discount?: (LineDiscount & { label: Bilingual }) | null;
  legalBasis: string[];
  explanation: Bilingual;
}): ContributionLine {
  const net = spec.gross - (spec.discount?.amount ?? 0);
  const paid: PayerTotals = { employer: 0, worker: 0, government: 0, other: 0 };
  paid[spec.payer] = net;
  const discountText = (lang: Lang) =>
    spec.discount
      ? `; ${spec.discount.label[lang]} ${pct(spec.discount.rateBp, lang)}: −${rp(spec.discount.amount, lang)} → ${rp(net, lang)}`
      : '';
  return {
    program: spec.program,
    covers: spec.covers ?? [spec.program],
    ...paid,
    amount: net,
    base: null,
    cap: null,
    capApplied: false,
    rates: {},
    discount: spec.discount
      ? { rateBp: spec.discount.rateBp, amount: spec.discount.amount, legalBasis: spec.discount.legalBasis }
      : null,
    legalBasis: spec.legalBasis,
    explanation: {
      id: `${spec.explanation.id}${discountText('id')}`,
      en: `${spec.explanation.en}${discountText('en')}`,
    },
  };
}

/** Sums the lines per payer into the quote every segment returns. */
export function assembleQuote(
  input: ContributionInput,
  asOf: string,
  lines: ContributionLine[],
  allocations: Allocation[],
  notes: Bilingual[],
  used: RegulationParameter[],
): ContributionQuote {
  const totals: PayerTotals = { employer: 0, worker: 0, government: 0, other: 0 };
  for (const line of lines) {
    totals.employer += line.employer;
    totals.worker += line.worker;
    totals.government += line.government;
    totals.other += line.other;
  }
  const seen = new Set<RegulationParameter>();
  const parameters: UsedParameter[] = [];
  for (const p of used)
    if (!seen.has(p)) {
      seen.add(p);
      parameters.push(citeParameter(p));
    }
  return {
    segment: input.segment,
    month: input.month,
    asOf,
    lines,
    allocations,
    totals,
    total: totals.employer + totals.worker + totals.government + totals.other,
    notes,
    parameters,
    rounding: ROUNDING_RULE,
  };
}
