import type { ParameterBook } from '../regulations/parameter-book.ts';
import type { RegulationParameter } from '../regulations/parameters.rules.ts';
import { applyDiscountedRate, applyRate, type BasisPoints, type Rupiah } from '../shared/money.ts';
import type { PayerKind } from './billing.rules.ts';

/**
 * Every BPU parameter of one contribution date, resolved once (like puSheet for PU), so a month of
 * informal workers is billed with integer arithmetic only. {@link computeBpu} gives the same amounts
 * as quoteBpu (tested against it); quoteBpu stays the explained path for one worker.
 */
export interface BpuSheet {
  readonly asOf: string;
  readonly floor: RegulationParameter;
  readonly jkkRate: RegulationParameter;
  readonly jkmFlat: RegulationParameter;
  /** Null when no JHT rate is in force (a JHT member then cannot be billed: a problem, not a zero). */
  readonly jhtRate: RegulationParameter | null;
  /** PP 50/2025 discount rows by sector, when in force. */
  readonly discount: {
    readonly transport: RegulationParameter | null;
    readonly other: RegulationParameter | null;
  };
  /** Annex II income levels an operator entered; empty: only the floor is checked. */
  readonly levels: ReadonlySet<number>;
}

export function bpuSheet(book: ParameterBook, asOf: string): BpuSheet {
  return {
    asOf,
    floor: book.require('bpu.income_floor', asOf),
    jkkRate: book.require('bpu.jkk_rate', asOf),
    jkmFlat: book.require('bpu.jkm_flat', asOf),
    jhtRate: book.find('bpu.jht_rate', asOf),
    discount: {
      transport: book.find('bpu.discount_pp50_2025.transport', asOf),
      other: book.find('bpu.discount_pp50_2025.other', asOf),
    },
    levels: new Set(book.withPrefix('bpu.income_level.', asOf).map((p) => p.value)),
  };
}

/** The parameters a sheet holds, for the run's snapshot. */
export const bpuSheetParameters = (s: BpuSheet): RegulationParameter[] =>
  [s.floor, s.jkkRate, s.jkmFlat, s.jhtRate, s.discount.transport, s.discount.other].filter(
    (p): p is RegulationParameter => p !== null,
  );

export interface BpuWorker {
  readonly income: number;
  readonly jht: boolean;
  readonly payerKind: PayerKind;
  readonly sector: 'transport' | 'other';
}

export type BpuResult =
  | {
      ok: true;
      jkk: number;
      jkm: number;
      jht: number;
      amount: number;
      column: 'worker' | 'government' | 'other';
    }
  | { ok: false; code: 'BPU_INCOME_BELOW_FLOOR' | 'BPU_INCOME_NOT_A_LEVEL' | 'BPU_JHT_RATE_MISSING' };

/**
 * One BPU worker-month (PP 44/2015 art. 16–18 as amended; rules.md 1.3): JKK % of the declared income,
 * JKM flat, JHT % when held; the PP 50/2025 discount halves JKK and JKM by sector and month, never for
 * a government (APBN/APBD) payer. Rounded once per line (ROUNDING_RULE).
 *
 * @example income 1.000.000, JHT, May 2026 (discount 50%): JKK 1% × 1.000.000 × 50% = 5.000,
 *   JKM 6.800 × 50% = 3.400, JHT 2% × 1.000.000 = 20.000 → 28.400
 */
export function computeBpu(sheet: BpuSheet, w: BpuWorker): BpuResult {
  if (w.income < sheet.floor.value) return { ok: false, code: 'BPU_INCOME_BELOW_FLOOR' };
  if (sheet.levels.size > 0 && !sheet.levels.has(w.income))
    return { ok: false, code: 'BPU_INCOME_NOT_A_LEVEL' };
  if (w.jht && !sheet.jhtRate) return { ok: false, code: 'BPU_JHT_RATE_MISSING' };
  const government = w.payerKind === 'government';
  const discount = government ? null : sheet.discount[w.sector];
  const keep = (discount?.value ?? 0) as BasisPoints;
  const income = w.income as Rupiah;
  const jkk = applyDiscountedRate(income, sheet.jkkRate.value as BasisPoints, keep);
  const jkm = applyRate(sheet.jkmFlat.value as Rupiah, (10_000 - keep) as BasisPoints);
  const jht = w.jht && sheet.jhtRate ? applyRate(income, sheet.jhtRate.value as BasisPoints) : 0;
  const column = w.payerKind === 'self' ? 'worker' : government ? 'government' : 'other';
  return { ok: true, jkk, jkm, jht, amount: jkk + jkm + jht, column };
}
