import { AppError } from '../../shared/errors.ts';
import { ROUNDING_RULE, roundBpUnits } from '../../shared/money.ts';
import { addMonths, type Month, parseMonth } from '../../shared/month.ts';
import { pct, rp } from '../explain.ts';
import { citeParameter, type ParameterBook, type UsedParameter } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { lastDayOfMonth } from './contribution-date.ts';

export interface FineInput {
  /** Unpaid employer contribution, whole rupiah. */
  readonly amount: number;
  readonly monthsLate: number;
  /** The contribution month that was paid late; late month i is `month + i` and uses that month's rate. */
  readonly month: string;
}

export interface FineQuote {
  readonly amount: number;
  readonly monthsLate: number;
  readonly month: string;
  /** Each late month with the fine rate in force in it. */
  readonly months: { month: string; rateBp: number }[];
  readonly total: number;
  readonly legalBasis: string[];
  readonly explanation: { id: string; en: string };
  readonly parameters: UsedParameter[];
  readonly rounding: typeof ROUNDING_RULE;
}

/**
 * Employer late-payment fine: the rate of each late month × the unpaid amount, summed and rounded once
 * (2 % a month; 0,5 % in the PP 49/2020 COVID relief months). BPU has no fine.
 *
 * @example fine(book, { amount: 1_000_000, monthsLate: 3, month: '2024-01' }).total // 3 × 2% × 1.000.000 = 60.000
 */
export function quoteFine(book: ParameterBook, input: FineInput): FineQuote {
  validateFineInput(input);
  const months: { month: string; rateBp: number }[] = [];
  const used: RegulationParameter[] = [];
  let bpUnits = 0;
  for (let i = 1; i <= input.monthsLate; i++) {
    const month = addMonths(input.month as Month, i);
    const rate = book.require('fine.late_rate', lastDayOfMonth(month));
    if (!used.includes(rate)) used.push(rate);
    bpUnits += input.amount * rate.value;
    months.push({ month, rateBp: rate.value });
  }
  const total = roundBpUnits(bpUnits);
  const text = (lang: 'id' | 'en') => {
    const groups = new Map<number, number>();
    for (const m of months) groups.set(m.rateBp, (groups.get(m.rateBp) ?? 0) + 1);
    const parts = [...groups].map(
      ([rate, count]) => `${count} × ${pct(rate, lang)} × ${rp(input.amount, lang)}`,
    );
    return `${lang === 'id' ? 'Denda' : 'Fine'}: ${parts.join(' + ') || '0'} = ${rp(total, lang)}`;
  };
  return {
    amount: input.amount,
    monthsLate: input.monthsLate,
    month: input.month,
    months,
    total,
    legalBasis: [...new Set(used.map((p) => p.legalBasis))],
    explanation: { id: text('id'), en: text('en') },
    parameters: used.map(citeParameter),
    rounding: ROUNDING_RULE,
  };
}

/** The contribution month a fine starts from when none is given: the late months end in `current`. */
export const defaultFineMonth = (current: Month, monthsLate: number): Month =>
  addMonths(current, -monthsLate);

function validateFineInput(input: FineInput): void {
  const problems: string[][] = [];
  if (!Number.isSafeInteger(input.amount) || input.amount < 0)
    problems.push(['--amount harus bilangan bulat rupiah ≥ 0', '--amount must be whole rupiah ≥ 0']);
  if (!Number.isInteger(input.monthsLate) || input.monthsLate < 0 || input.monthsLate > 600)
    problems.push(['--months-late harus bilangan bulat 0–600', '--months-late must be a whole number 0–600']);
  if (!parseMonth(input.month)) problems.push(['--month harus YYYY-MM', '--month must be YYYY-MM']);
  if (problems.length > 0)
    throw new AppError(
      'QUOTE_INPUT_INVALID',
      { id: problems.map((p) => p[0]).join('; '), en: problems.map((p) => p[1]).join('; ') },
      { problems },
    );
}
