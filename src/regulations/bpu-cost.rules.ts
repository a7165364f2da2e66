import { multiply, ROUNDING_RULE, type Rupiah, rupiah } from '../shared/money.ts';
import type { Month } from '../shared/month.ts';
import { quoteContribution } from './contributions/contribution.quote.ts';
import { lastDayOfMonth } from './contributions/contribution-date.ts';
import type { Program } from './explain.ts';
import { ParameterBook } from './parameter-book.ts';
import type { RegulationParameter } from './parameters.rules.ts';

export interface CostLine {
  readonly program: Program;
  readonly base: Rupiah | null;
  readonly rateBp: number | null;
  readonly amount: Rupiah;
  readonly parameterCode: string;
  readonly legalBasis: string;
  readonly article: string | null;
  readonly explanation: { id: string; en: string };
}

export interface WorkerMonthCost {
  readonly month: Month;
  readonly amount: Rupiah;
  readonly lines: readonly CostLine[];
  readonly discount: { id: string; en: string };
  readonly rounding: typeof ROUNDING_RULE;
}

/** Coverage reports price thousands of rows against one parameter list: index it once. */
const books = new WeakMap<readonly RegulationParameter[], ParameterBook>();
function bookOf(parameters: readonly RegulationParameter[]): ParameterBook {
  const cached = books.get(parameters);
  if (cached) return cached;
  const book = new ParameterBook(parameters);
  books.set(parameters, book);
  return book;
}

const PARAMETER_OF: Partial<Record<Program, string>> = { JKK: 'bpu.jkk_rate', JKM: 'bpu.jkm_flat' };

/**
 * What a local government pays to protect one informal (BPU) worker for one month with JKK + JKM at
 * the lowest income level — the price of closing the coverage gap. It is the regulation engine's BPU
 * quote with the government as payer, so the PP 50/2025 discount does not apply (and the note says so).
 *
 * @example governmentPaidBpuCost(params, '2024-10').amount // 16_800 = JKK 1% × 1,000,000 + JKM 6,800
 */
export function governmentPaidBpuCost(
  parameters: readonly RegulationParameter[],
  month: Month,
): WorkerMonthCost {
  const book = bookOf(parameters);
  const floor = book.require('bpu.income_floor', lastDayOfMonth(month));
  const quote = quoteContribution(book, { segment: 'bpu', month, income: floor.value, payer: 'apbd' });
  const lines = quote.lines.map((line) => {
    const code = PARAMETER_OF[line.program] as string;
    const parameter = quote.parameters.find((p) => p.code === code);
    return {
      program: line.program,
      base: line.base === null ? null : rupiah(line.base),
      rateBp: line.rates.government ?? null,
      amount: rupiah(line.amount),
      parameterCode: code,
      legalBasis: parameter?.legalBasis ?? line.legalBasis.join('; '),
      article: parameter?.article ?? null,
      explanation: line.explanation,
    };
  });
  return {
    month,
    amount: rupiah(quote.total),
    lines,
    discount: {
      id: 'Tanpa diskon PP 50/2025: iuran dibayar APBD/APBN',
      en: 'No PP 50/2025 discount: contributions paid from a government budget',
    },
    rounding: ROUNDING_RULE,
  };
}

/** Like {@link governmentPaidBpuCost}, but null (not an error) for a month no parameter covers yet. */
export function governmentPaidBpuCostOrNull(
  parameters: readonly RegulationParameter[],
  month: Month,
): WorkerMonthCost | null {
  const book = bookOf(parameters);
  const asOf = lastDayOfMonth(month);
  const needed = ['bpu.income_floor', 'bpu.jkk_rate', 'bpu.jkm_flat'];
  return needed.every((code) => book.find(code, asOf)) ? governmentPaidBpuCost(parameters, month) : null;
}

/**
 * Cost of protecting `workers` for each of `months`, each month at its own parameters; null when a
 * month has no parameters (the caller says so instead of showing a partial sum).
 *
 * @example gapCost(params, twelveMonthsOf2025, 5_000) // 1_008_000_000 (Penajam Paser Utara, 2025)
 */
export function gapCost(
  parameters: readonly RegulationParameter[],
  months: readonly Month[],
  workers: number,
): Rupiah | null {
  let total = 0;
  for (const month of months) {
    const cost = governmentPaidBpuCostOrNull(parameters, month);
    if (!cost) return null;
    total += multiply(cost.amount, workers);
  }
  return rupiah(total);
}
