import { targetWorkers } from '../coverage/coverage.rules.ts';
import type { Segment } from '../db/schema.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatMonth } from '../shared/format.ts';
import { addMonths, type Month, monthIndex } from '../shared/month.ts';
import { type Figures, planSteps } from './planner.steps.ts';
import { bilingual } from './simulator.text.ts';

export interface SegmentStock {
  readonly segment: Exclude<Segment, 'UNSPECIFIED'>;
  readonly active: number;
  /** Monthly share of the month's active not active the next month, in basis points. */
  readonly exitRateBp: number;
}
/** Funded workers are new (not already active) and do not exit while funded. */
export interface FundingAssumption {
  readonly workers: number;
  readonly fromMonth: Month;
  readonly toMonth: Month;
}
export interface PlanPoint {
  readonly month: Month;
  readonly noNewEnrolments: number;
  readonly withoutFunding: number;
  readonly withFunding: number | null;
  readonly targetWorkers: number;
}
export interface Plan {
  readonly ok: true;
  /** The last month with data. */
  readonly startMonth: Month;
  readonly targetMonth: Month;
  /** targetMonth − startMonth */
  readonly months: number;
  readonly targetBp: number;
  readonly targetWorkers: number;
  /** Exit rate assumed for new enrolments: the BPU rate (else the stock's weighted average). */
  readonly newEnrolmentRateBp: number;
  readonly monthlyNeeded: number;
  readonly monthlyNeededWithFunding: number | null;
  readonly trajectory: PlanPoint[];
  readonly steps: Bilingual[];
}
export type PlanProblem = {
  ok: false;
  code: 'TARGET_MONTH_NOT_AFTER_START' | 'TARGET_INVALID';
  message: Bilingual;
};

/** What {@link planToTarget} is given: the last month with data, the target, and today's stock by segment. */
export interface PlanInput {
  readonly startMonth: Month;
  readonly targetMonth: Month;
  readonly workforce: number;
  readonly stock: readonly SegmentStock[];
  readonly targetBp: number;
  readonly funding: FundingAssumption | null;
}

/** Float noise below a millionth of a person is not rounded up into one more enrolment a month. */
const NOISE = 1e-6;

const keep = (rateBp: number): number => 1 - rateBp / 10_000;

/**
 * Σ_s A_s × (1 − λ_s)^m: what is left of today's participants after m months.
 *
 * @example stockAfter([{ segment: 'BPU', active: 1_000, exitRateBp: 1_000 }], 2) // 1.000 × 0,9² = 810
 */
export function stockAfter(stock: readonly SegmentStock[], m: number): number {
  return stock.reduce((sum, s) => sum + s.active * keep(s.exitRateBp) ** m, 0);
}

/**
 * Σ_{i<m} (1 − λ)^i: participants left after m months from one new enrolment a month, each month's
 * joining at its end and leaving at rate λ from then on.
 *
 * @example retainedPerMonthlyEnrolment(1_000, 2) // 1 + 0,9 = 1,9
 */
export function retainedPerMonthlyEnrolment(rateBp: number, m: number): number {
  let sum = 0;
  for (let i = 0, term = 1; i < m; i++, term *= keep(rateBp)) sum += term;
  return sum;
}

/**
 * The exit rate of new enrolments: the BPU rate (local governments enrol informal workers), else the
 * stock's average weighted by active, rounded to whole basis points (0 without any stock).
 *
 * @example newEnrolmentRate([{ segment: 'PU', active: 3_000, exitRateBp: 100 }, { segment: 'JAKON', active: 1_000, exitRateBp: 500 }]) // 200
 */
export function newEnrolmentRate(stock: readonly SegmentStock[]): number {
  const bpu = stock.find((s) => s.segment === 'BPU');
  if (bpu) return bpu.exitRateBp;
  const active = stock.reduce((sum, s) => sum + s.active, 0);
  if (active === 0)
    return stock.length === 0
      ? 0
      : Math.round(stock.reduce((sum, s) => sum + s.exitRateBp, 0) / stock.length);
  return Math.round(stock.reduce((sum, s) => sum + s.active * s.exitRateBp, 0) / active);
}

const fundedIn = (funding: FundingAssumption | null, month: Month): number =>
  funding &&
  monthIndex(funding.fromMonth) <= monthIndex(month) &&
  monthIndex(month) <= monthIndex(funding.toMonth)
    ? funding.workers
    : 0;

const neededPerMonth = (gap: number, retained: number): number =>
  Math.max(0, Math.ceil(gap / retained - NOISE));

function check(input: { startMonth: Month; targetMonth: Month; targetBp: number }): PlanProblem | null {
  if (monthIndex(input.targetMonth) <= monthIndex(input.startMonth))
    return {
      ok: false,
      code: 'TARGET_MONTH_NOT_AFTER_START',
      message: bilingual(
        (lang, say) =>
          `${say('Bulan target', 'The target month')} ${formatMonth(input.targetMonth, lang)} ` +
          `${say('harus sesudah bulan data terakhir', 'must come after the last month with data')}, ${formatMonth(input.startMonth, lang)}`,
      ),
    };
  if (!Number.isInteger(input.targetBp) || input.targetBp < 1 || input.targetBp > 10_000)
    return {
      ok: false,
      code: 'TARGET_INVALID',
      message: {
        id: 'Target cakupan harus antara 0,01 % dan 100 %',
        en: 'The coverage target must be between 0.01% and 100%',
      },
    };
  return null;
}

/** The region's participants month by month: no new enrolments, `n` a month, and `nFunded` a month plus the funded. */
function trajectoryOf(input: PlanInput, f: Figures): PlanPoint[] {
  const { startMonth, stock, funding } = input;
  return Array.from({ length: f.k + 1 }, (_, m): PlanPoint => {
    const month = addMonths(startMonth, m);
    const base = stockAfter(stock, m);
    const joined = retainedPerMonthlyEnrolment(f.rate, m);
    return {
      month,
      noNewEnrolments: Math.round(base),
      withoutFunding: Math.round(base + f.n * joined),
      withFunding:
        f.nFunded === null ? null : Math.round(base + f.nFunded * joined + fundedIn(funding, month)),
      targetWorkers: f.target,
    };
  });
}

/**
 * How many new participants a month a region must enrol to reach a coverage target by a month, with
 * and without a funded programme. Today's participants leave at their segment's monthly exit rate;
 * new ones join at the end of each month and leave at the BPU rate; funded workers count only while
 * the programme pays. People counts are rounded to the nearest person in the trajectory and up for
 * the enrolments needed (a fraction of a person is one more to enrol).
 *
 * @example planToTarget({ startMonth: '2024-10', targetMonth: '2024-12', workforce: 10_000, targetBp: 2_000,
 *   stock: [{ segment: 'BPU', active: 1_000, exitRateBp: 1_000 }], funding: null }).monthlyNeeded
 * // ⌈(2.000 − 1.000 × 0,9²) ÷ (1 + 0,9)⌉ = ⌈1.190 ÷ 1,9⌉ = ⌈626,3⌉ = 627
 */
export function planToTarget(input: PlanInput): Plan | PlanProblem {
  const problem = check(input);
  if (problem) return problem;
  const { startMonth, targetMonth, stock, funding } = input;
  for (const s of stock)
    if (!Number.isInteger(s.exitRateBp) || s.exitRateBp < 0 || s.exitRateBp > 10_000 || s.active < 0)
      throw new RangeError(`${s.segment}: exit rate must be 0–10,000 bp and active non-negative`);
  const k = monthIndex(targetMonth) - monthIndex(startMonth);
  const target = targetWorkers(input.targetBp, input.workforce);
  const rate = newEnrolmentRate(stock);
  const retained = retainedPerMonthlyEnrolment(rate, k);
  const left = stockAfter(stock, k);
  const funded = fundedIn(funding, targetMonth);
  const n = neededPerMonth(target - left, retained);
  const nFunded = funding ? neededPerMonth(target - funded - left, retained) : null;
  const figures: Figures = { k, target, rate, retained, left, funded, n, nFunded };
  return {
    ok: true,
    startMonth,
    targetMonth,
    months: k,
    targetBp: input.targetBp,
    targetWorkers: target,
    newEnrolmentRateBp: rate,
    monthlyNeeded: n,
    monthlyNeededWithFunding: nFunded,
    trajectory: trajectoryOf(input, figures),
    steps: planSteps(input, figures),
  };
}
