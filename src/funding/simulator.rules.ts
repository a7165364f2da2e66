import { coverageBp, gapWorkers, rankAmong, targetWorkers } from '../coverage/coverage.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { checkBudget, checkInputs, checkTarget } from './simulator.checks.ts';
import { budgetSteps, targetSteps } from './simulator.steps.ts';

/** Rupiah per worker for one month, from the regulation engine (BPU JKK 1 % + JKM, PP 44/2015 art. 16–18). */
export interface MonthCost {
  readonly month: Month;
  readonly amount: number;
}
export interface RegionStanding {
  readonly code: string;
  readonly name: string;
  readonly workforce: number | null;
  readonly active: number | null;
}
export interface RegionNow {
  readonly code: string;
  readonly name: string;
  readonly workforce: number;
  readonly active: number;
  readonly targetBp: number | null;
}
export interface Standing {
  readonly active: number;
  readonly coverageBp: number;
  readonly rank: number | null;
  readonly rankOf: number | null;
  readonly gapWorkers: number | null;
}
export type SimulationProblem = {
  ok: false;
  code:
    | 'BUDGET_BELOW_ONE_WORKER_MONTH'
    | 'NO_MONTHS'
    | 'TARGET_ALREADY_MET'
    | 'TARGET_INVALID'
    | 'NO_WORKFORCE';
  message: Bilingual;
};

/**
 * `⌊a ÷ b⌋` for whole numbers, exact (`%` of integers below 2^53 loses nothing, where a float quotient
 * could round up to the next whole number).
 *
 * @example floorDiv(1_000_000_000, 201_600) // 4_960 (4.960,3…)
 */
export const floorDiv = (a: number, b: number): number => (a - (a % b)) / b;

/** The region's coverage, rank among its siblings (its own entry set to `active`) and gap to its target. */
function standingWith(region: RegionNow, active: number, siblings: readonly RegionStanding[]): Standing {
  const own = coverageBp(active, region.workforce) as number;
  const coverages = siblings
    .filter((s) => s.code !== region.code)
    .map((s) => ({ code: s.code, coverageBp: s.active === null ? null : coverageBp(s.active, s.workforce) }));
  const rank = rankAmong([...coverages, { code: region.code, coverageBp: own }], region.code);
  const gap = region.targetBp === null ? null : gapWorkers(region.targetBp, region.workforce, active);
  return { active, coverageBp: own, rank: rank?.rank ?? null, rankOf: rank?.of ?? null, gapWorkers: gap };
}

export interface BudgetSimulation {
  ok: true;
  budget: number;
  months: number;
  /** Σ of the month costs: one worker for the whole period. */
  costPerWorker: number;
  /** ⌊budget ÷ costPerWorker⌋ */
  workers: number;
  /** workers × months */
  workerMonths: number;
  /** workers × costPerWorker */
  totalCost: number;
  leftover: number;
  before: Standing;
  after: Standing;
  targetWorkers: number | null;
  steps: Bilingual[];
}

/**
 * How many informal (BPU) workers a budget protects for the whole period, and what that does to the
 * region's coverage, rank and gap. The government pays JKK 1 % of the lowest income + JKM Rp6.800 per
 * worker-month (PP 44/2015 art. 16–18), without the PP 50/2025 discount (APBD-paid); Inpres 2/2021 asks
 * local governments to budget it. Only whole workers for the whole period count; a budget below one
 * worker-month is a problem, one below a whole period buys 0 workers and says how many months it would.
 *
 * @example simulateBudget({ budget: 1_008_000_000, monthCosts: twelveMonthsAt16800, region, siblings })
 * // → workers 5_000 (Rp1.008.000.000 ÷ (12 × Rp16.800 = Rp201.600)), totalCost 1_008_000_000, leftover 0
 */
export function simulateBudget(input: {
  budget: number;
  monthCosts: readonly MonthCost[];
  region: RegionNow;
  siblings: readonly RegionStanding[];
}): BudgetSimulation | SimulationProblem {
  const { budget, monthCosts, region, siblings } = input;
  if (!Number.isSafeInteger(budget)) throw new RangeError(`budget must be whole rupiah, got ${budget}`);
  const invalid = checkInputs(monthCosts, region);
  if (invalid) return invalid;
  const cheapest = Math.min(...monthCosts.map((c) => c.amount));
  const tooSmall = checkBudget(budget, cheapest);
  if (tooSmall) return tooSmall;
  const costPerWorker = monthCosts.reduce((sum, c) => sum + c.amount, 0);
  const workers = floorDiv(budget, costPerWorker);
  const totalCost = workers * costPerWorker;
  const before = standingWith(region, region.active, siblings);
  const after = standingWith(region, region.active + workers, siblings);
  const partial = workers === 0 ? { cheapest, workerMonths: floorDiv(budget, cheapest) } : null;
  const figures = { budget, monthCosts, costPerWorker, workers, totalCost, partial, region, before, after };
  return {
    ok: true,
    budget,
    months: monthCosts.length,
    costPerWorker,
    workers,
    workerMonths: workers * monthCosts.length,
    totalCost,
    leftover: budget - totalCost,
    before,
    after,
    targetWorkers: region.targetBp === null ? null : targetWorkers(region.targetBp, region.workforce),
    steps: budgetSteps(figures),
  };
}

export interface TargetSimulation {
  ok: true;
  targetBp: number;
  targetWorkers: number;
  /** gapWorkers(targetBp, workforce, active) */
  workersNeeded: number;
  months: number;
  costPerWorker: number;
  /** workersNeeded × costPerWorker */
  totalCost: number;
  /** Each month: workersNeeded × that month's amount. */
  monthlyCost: MonthCost[];
  before: Standing;
  after: Standing;
  steps: Bilingual[];
}

/**
 * What reaching a coverage target costs: the workers missing (⌈target × workforce⌉ − active, the
 * coverage module's rule) protected for every month of the period at that month's price (PP 44/2015
 * art. 16–18, no PP 50/2025 discount for APBD-paid contributions).
 *
 * @example simulateTarget({ targetBp: 6_500, monthCosts: novDec2024At16800, region: sarolangun, siblings })
 * // → 72_800 − 48_164 = 24_636 workers × (2 × Rp16.800) = Rp827.769.600
 */
export function simulateTarget(input: {
  targetBp: number;
  monthCosts: readonly MonthCost[];
  region: RegionNow;
  siblings: readonly RegionStanding[];
}): TargetSimulation | SimulationProblem {
  const { targetBp, monthCosts, region, siblings } = input;
  const invalid = checkInputs(monthCosts, region) ?? checkTarget(targetBp, region);
  if (invalid) return invalid;
  const target = targetWorkers(targetBp, region.workforce);
  const needed = gapWorkers(targetBp, region.workforce, region.active);
  const costPerWorker = monthCosts.reduce((sum, c) => sum + c.amount, 0);
  const totalCost = needed * costPerWorker;
  const before = standingWith(region, region.active, siblings);
  const after = standingWith(region, region.active + needed, siblings);
  const figures = { targetBp, target, needed, monthCosts, costPerWorker, totalCost, region, before, after };
  return {
    ok: true,
    targetBp,
    targetWorkers: target,
    workersNeeded: needed,
    months: monthCosts.length,
    costPerWorker,
    totalCost,
    monthlyCost: monthCosts.map((c) => ({ month: c.month, amount: needed * c.amount })),
    before,
    after,
    steps: targetSteps(figures),
  };
}
