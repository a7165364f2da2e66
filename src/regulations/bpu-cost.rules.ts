import {
  applyRate,
  type BasisPoints,
  multiply,
  ROUNDING_RULE,
  type Rupiah,
  rupiah,
} from '../shared/money.ts';
import type { Month } from '../shared/month.ts';
import { parameterInForce, type RegulationParameter, requireParameter } from './parameters.rules.ts';

export interface CostLine {
  readonly program: 'JKK' | 'JKM';
  readonly base: Rupiah | null;
  readonly rateBp: BasisPoints | null;
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

const fmt = (n: number) => n.toLocaleString('id-ID');

/**
 * What a local government pays to protect one informal (BPU) worker for one month with JKK + JKM at
 * the lowest income level — the price of closing the coverage gap. Government-paid contributions get
 * no PP 50/2025 discount, so none is applied (and the explanation says so).
 *
 * @example governmentPaidBpuCost(params, '2024-10').amount // 16_800 = JKK 1% × 1,000,000 + JKM 6,800
 */
export function governmentPaidBpuCost(
  parameters: readonly RegulationParameter[],
  month: Month,
): WorkerMonthCost {
  const asOf = `${month}-01`;
  const floor = requireParameter(parameters, 'bpu.income_floor', asOf);
  const jkkRate = requireParameter(parameters, 'bpu.jkk_rate', asOf);
  const jkmFlat = requireParameter(parameters, 'bpu.jkm_flat', asOf);
  const base = rupiah(floor.value);
  const jkk = applyRate(base, jkkRate.value as BasisPoints);
  const jkm = rupiah(jkmFlat.value);
  const lines: CostLine[] = [
    {
      program: 'JKK',
      base,
      rateBp: jkkRate.value as BasisPoints,
      amount: jkk,
      parameterCode: jkkRate.code,
      legalBasis: jkkRate.legalBasis,
      article: jkkRate.article,
      explanation: {
        id: `JKK ${jkkRate.value / 100}% × penghasilan terendah Rp${fmt(base)} = Rp${fmt(jkk)}`,
        en: `JKK ${jkkRate.value / 100}% × lowest income Rp${fmt(base)} = Rp${fmt(jkk)}`,
      },
    },
    {
      program: 'JKM',
      base: null,
      rateBp: null,
      amount: jkm,
      parameterCode: jkmFlat.code,
      legalBasis: jkmFlat.legalBasis,
      article: jkmFlat.article,
      explanation: { id: `JKM tetap Rp${fmt(jkm)}`, en: `JKM flat Rp${fmt(jkm)}` },
    },
  ];
  return {
    month,
    amount: rupiah(jkk + jkm),
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
  const asOf = `${month}-01`;
  const needed = ['bpu.income_floor', 'bpu.jkk_rate', 'bpu.jkm_flat'];
  return needed.every((code) => parameterInForce(parameters, code, asOf))
    ? governmentPaidBpuCost(parameters, month)
    : null;
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
