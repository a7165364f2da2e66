import { targetWorkers } from '../coverage/coverage.rules.ts';
import type { Segment } from '../db/schema.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatMonth, formatPercent, type Lang } from '../shared/format.ts';
import { addMonths, type Month, monthIndex } from '../shared/month.ts';
import { bilingual, periodLabel } from './simulator.rules.ts';

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
export function planToTarget(input: {
  startMonth: Month;
  targetMonth: Month;
  workforce: number;
  stock: readonly SegmentStock[];
  targetBp: number;
  funding: FundingAssumption | null;
}): Plan | PlanProblem {
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
  const trajectory = Array.from({ length: k + 1 }, (_, m): PlanPoint => {
    const month = addMonths(startMonth, m);
    const base = stockAfter(stock, m);
    const joined = retainedPerMonthlyEnrolment(rate, m);
    return {
      month,
      noNewEnrolments: Math.round(base),
      withoutFunding: Math.round(base + n * joined),
      withFunding: nFunded === null ? null : Math.round(base + nFunded * joined + fundedIn(funding, month)),
      targetWorkers: target,
    };
  });
  const figures = { k, target, rate, retained, left, funded, n, nFunded };
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
    trajectory,
    steps: planSteps(input, figures),
  };
}

interface Figures {
  readonly k: number;
  readonly target: number;
  readonly rate: number;
  readonly retained: number;
  readonly left: number;
  readonly funded: number;
  readonly n: number;
  readonly nFunded: number | null;
}

const pct = (bp: number, lang: Lang): string => formatPercent(bp / 100, lang);

/** The model and each figure of the plan, in the order they are computed. */
function planSteps(input: Parameters<typeof planToTarget>[0], f: Figures): Bilingual[] {
  const { startMonth, targetMonth, workforce, stock, funding } = input;
  const rates = (lang: Lang) => stock.map((s) => `${s.segment} ${pct(s.exitRateBp, lang)}`).join(', ');
  const steps = [
    bilingual(
      (lang, say) =>
        `${say('Model: peserta yang ada keluar tiap bulan sesuai laju segmennya', "Model: today's participants leave each month at their segment's rate")} ` +
        `(${rates(lang)}); ${say('pendaftar baru masuk di akhir tiap bulan dan keluar dengan laju', 'new enrolments join at the end of each month and leave at')} ` +
        `${pct(f.rate, lang)}${stock.some((s) => s.segment === 'BPU') ? ' (BPU)' : say(' (rata-rata tertimbang)', ' (weighted average)')}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Target', 'Target')} ${pct(input.targetBp, lang)} × ${formatCount(workforce, lang)} = ${formatCount(f.target, lang)} ` +
        `${say('pekerja pada', 'workers by')} ${formatMonth(targetMonth, lang)}, ${formatCount(f.k, lang)} ${say('bulan setelah', 'months after')} ${formatMonth(startMonth, lang)}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Peserta yang ada tersisa', "Today's participants left")}: Σ ${say('aktif', 'active')} × (1 − ${say('laju keluar', 'exit rate')})^${f.k} = ` +
        `${formatCount(f.left, lang)} ${say('dari', 'of')} ${formatCount(
          stock.reduce((sum, s) => sum + s.active, 0),
          lang,
        )}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Satu pendaftar baru per bulan menjadi', 'One new enrolment a month becomes')} Σ (1 − ${pct(f.rate, lang)})^i, i = 0…${f.k - 1} = ` +
        `${formatCount(f.retained, lang)} ${say('peserta aktif pada', 'active participants by')} ${formatMonth(targetMonth, lang)}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Pendaftaran baru yang dibutuhkan', 'New enrolments needed')}: ⌈(${formatCount(f.target, lang)} − ${formatCount(f.left, lang)}) ÷ ` +
        `${formatCount(f.retained, lang)}⌉ = ${formatCount(f.n, lang)} ${say('per bulan', 'a month')}`,
    ),
  ];
  if (funding && f.nFunded !== null)
    steps.push(fundingStep(funding, targetMonth, f as Figures & { nFunded: number }));
  return steps;
}

function fundingStep(
  funding: FundingAssumption,
  targetMonth: Month,
  f: Figures & { nFunded: number },
): Bilingual {
  return bilingual((lang, say) => {
    const period = periodLabel(funding.fromMonth, funding.toMonth, lang);
    const sum = `⌈(${formatCount(f.target, lang)} − ${formatCount(f.funded, lang)} − ${formatCount(f.left, lang)}) ÷ ${formatCount(f.retained, lang)}⌉`;
    const needed = `${formatCount(f.nFunded, lang)} ${say('per bulan', 'a month')}`;
    if (f.funded === 0)
      return (
        `${say('Pendanaan', 'Funding of')} ${formatCount(funding.workers, lang)} ${say('pekerja', 'workers')} (${period}) ` +
        `${say('tidak aktif pada', 'is not running in')} ${formatMonth(targetMonth, lang)}${say(', jadi tidak dihitung', ', so it does not count')}: ${needed}`
      );
    return `${say('Dengan', 'With')} ${formatCount(funding.workers, lang)} ${say('pekerja didanai', 'funded workers')} (${period}): ${sum} = ${needed}`;
  });
}
