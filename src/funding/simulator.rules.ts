import { coverageBp, gapWorkers, rankAmong, targetWorkers } from '../coverage/coverage.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatMonth, formatPercent, formatRupiah, type Lang } from '../shared/format.ts';
import { type Month, monthIndex } from '../shared/month.ts';

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
 * One text written once for both languages: `say` picks the Indonesian or English words, and `lang`
 * the number format.
 *
 * @example bilingual((lang, say) => `${formatCount(5_000, lang)} ${say('pekerja', 'workers')}`)
 * // { id: '5.000 pekerja', en: '5,000 workers' }
 */
export function bilingual(make: (lang: Lang, say: (id: string, en: string) => string) => string): Bilingual {
  return { id: make('id', (id) => id), en: make('en', (_id, en) => en) };
}

const problem = (code: SimulationProblem['code'], message: Bilingual): SimulationProblem => ({
  ok: false,
  code,
  message,
});

/**
 * `⌊a ÷ b⌋` for whole numbers, exact (`%` of integers below 2^53 loses nothing, where a float quotient
 * could round up to the next whole number).
 *
 * @example floorDiv(1_000_000_000, 201_600) // 4_960 (4.960,3…)
 */
export const floorDiv = (a: number, b: number): number => (a - (a % b)) / b;

/**
 * A run of months as people write it, with the short names of the one formatting module.
 *
 * @example periodLabel('2025-01', '2025-12', 'id') // 'Jan–Des 2025'
 * @example periodLabel('2024-11', '2025-02', 'en') // 'Nov 2024–Feb 2025'
 */
export function periodLabel(first: Month, last: Month, lang: Lang): string {
  const end = formatMonth(last, lang, true);
  if (first === last) return end;
  const start = formatMonth(first, lang, true);
  return first.slice(0, 4) === last.slice(0, 4) ? `${start.split(' ')[0]}–${end}` : `${start}–${end}`;
}

interface Run {
  readonly first: Month;
  readonly last: Month;
  readonly count: number;
  readonly amount: number;
}

/** Consecutive months at the same amount, in the given order (Jan–Mar Rp16.800, Apr–Des Rp8.400). */
function monthRuns(costs: readonly MonthCost[]): Run[] {
  const runs: Run[] = [];
  for (const cost of costs) {
    const run = runs.at(-1);
    if (run && run.amount === cost.amount && monthIndex(cost.month) === monthIndex(run.last) + 1)
      runs[runs.length - 1] = { ...run, last: cost.month, count: run.count + 1 };
    else runs.push({ first: cost.month, last: cost.month, count: 1, amount: cost.amount });
  }
  return runs;
}

/**
 * Checks the month list (empty → NO_MONTHS) and the regional figures; a zero or negative amount is a
 * caller's bug (prices come from the regulation engine), so it throws.
 */
function checkInputs(costs: readonly MonthCost[], region: RegionNow): SimulationProblem | null {
  for (const { month, amount } of costs)
    if (!Number.isSafeInteger(amount) || amount <= 0)
      throw new RangeError(`cost of ${month} must be a positive whole rupiah, got ${amount}`);
  if (costs.length === 0)
    return problem('NO_MONTHS', {
      id: 'Pilih paling sedikit satu bulan perlindungan',
      en: 'Choose at least one month of protection',
    });
  if (!(region.workforce > 0))
    return problem('NO_WORKFORCE', {
      id: `Jumlah angkatan kerja ${region.name} belum diketahui, cakupan tidak dapat dihitung`,
      en: `The workforce of ${region.name} is unknown, so coverage cannot be computed`,
    });
  return null;
}

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

const pct = (bp: number, lang: Lang): string => formatPercent(bp / 100, lang);

/** What one worker costs over the period, month runs spelled out: `12 bulan × Rp16.800 = Rp201.600 (Jan–Des 2025)`. */
function costStep(costs: readonly MonthCost[], costPerWorker: number): Bilingual {
  const runs = monthRuns(costs);
  return bilingual((lang, say) => {
    const part = (r: Run) =>
      `${formatCount(r.count, lang)} ${say('bulan', r.count === 1 ? 'month' : 'months')} × ${formatRupiah(r.amount, lang)}`;
    const total = formatRupiah(costPerWorker, lang);
    const [only] = runs;
    const sum =
      runs.length === 1 && only
        ? `${part(only)} = ${total} (${periodLabel(only.first, only.last, lang)})`
        : `${runs.map((r) => `${part(r)} (${periodLabel(r.first, r.last, lang)})`).join(' + ')} = ${total}`;
    return `${say('Biaya per pekerja', 'Cost per worker')}: ${sum}`;
  });
}

/** Coverage, rank and gap before → after, one step each (rank and gap only when known). */
function standingSteps(region: RegionNow, before: Standing, after: Standing): Bilingual[] {
  const steps = [
    bilingual(
      (lang, say) =>
        `${say('Cakupan', 'Coverage')} ${region.name}: ${pct(before.coverageBp, lang)} → ${pct(after.coverageBp, lang)} ` +
        `(${formatCount(before.active, lang)} → ${formatCount(after.active, lang)} ${say('dari', 'of')} ` +
        `${formatCount(region.workforce, lang)} ${say('pekerja', 'workers')})`,
    ),
  ];
  if (before.rank !== null && after.rank !== null)
    steps.push(
      bilingual(
        (lang, say) =>
          `${say('Peringkat di antara', 'Rank among')} ${formatCount(after.rankOf, lang)} ${say('wilayah', 'regions')}: ` +
          `${formatCount(before.rank, lang)} → ${formatCount(after.rank, lang)}`,
      ),
    );
  if (region.targetBp !== null && before.gapWorkers !== null && after.gapWorkers !== null) {
    const target = region.targetBp;
    steps.push(
      bilingual(
        (lang, say) =>
          `${say('Kekurangan menuju target', 'Short of the target of')} ${pct(target, lang)} ` +
          `(${formatCount(targetWorkers(target, region.workforce), lang)} ${say('pekerja', 'workers')}): ` +
          `${formatCount(before.gapWorkers, lang)} → ${formatCount(after.gapWorkers, lang)} ${say('pekerja', 'workers')}`,
      ),
    );
  }
  return steps;
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
  if (budget < cheapest)
    return problem(
      'BUDGET_BELOW_ONE_WORKER_MONTH',
      bilingual(
        (lang, say) =>
          `${say('Anggaran', 'A budget of')} ${formatRupiah(budget, lang)} ${say('kurang dari biaya satu pekerja untuk satu bulan', 'is less than one worker for one month')} (${formatRupiah(cheapest, lang)})`,
      ),
    );
  const costPerWorker = monthCosts.reduce((sum, c) => sum + c.amount, 0);
  const workers = floorDiv(budget, costPerWorker);
  const totalCost = workers * costPerWorker;
  const before = standingWith(region, region.active, siblings);
  const after = standingWith(region, region.active + workers, siblings);
  const steps = [
    costStep(monthCosts, costPerWorker),
    bilingual((lang, say) => {
      const division = `${formatRupiah(budget, lang)} ÷ ${formatRupiah(costPerWorker, lang)}`;
      const exact = budget % costPerWorker === 0;
      return `${exact ? division : `⌊${division}⌋`} = ${formatCount(workers, lang)} ${say('pekerja', 'workers')}`;
    }),
  ];
  if (workers === 0) steps.push(partialStep(budget, cheapest, monthCosts.length, costPerWorker));
  steps.push(
    bilingual(
      (lang, say) =>
        `${say('Total biaya', 'Total cost')}: ${formatCount(workers, lang)} × ${formatRupiah(costPerWorker, lang)} = ` +
        `${formatRupiah(totalCost, lang)}; ${say('sisa', 'left over')} ${formatRupiah(budget - totalCost, lang)}`,
    ),
    ...standingSteps(region, before, after),
  );
  const target = region.targetBp === null ? null : targetWorkers(region.targetBp, region.workforce);
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
    targetWorkers: target,
    steps,
  };
}

/** A budget between one worker-month and one whole period: say what it would buy instead. */
function partialStep(budget: number, cheapest: number, months: number, costPerWorker: number): Bilingual {
  const workerMonths = floorDiv(budget, cheapest);
  return bilingual(
    (lang, say) =>
      `${say('Anggaran ini hanya cukup untuk', 'This budget buys only')} ${formatCount(workerMonths, lang)} ` +
      `${say('pekerja-bulan', 'worker-months')} (${say('paling banyak, pada', 'at most, at')} ${formatRupiah(cheapest, lang)} ` +
      `${say('per bulan', 'a month')}), ${say('tidak cukup untuk satu pekerja selama', 'not one worker for all')} ` +
      `${formatCount(months, lang)} ${say('bulan', 'months')} (${formatRupiah(costPerWorker, lang)})`,
  );
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
  const workersWord = (lang: Lang) => (lang === 'id' ? 'pekerja' : 'workers');
  const steps = [
    bilingual(
      (lang, say) =>
        `${say('Target', 'Target')} ${pct(targetBp, lang)} × ${formatCount(region.workforce, lang)} ${workersWord(lang)} = ` +
        `${formatCount(target, lang)} ${workersWord(lang)} (${say('dibulatkan ke atas', 'rounded up')})`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Kekurangan', 'Gap')}: ${formatCount(target, lang)} − ${formatCount(region.active, lang)} = ` +
        `${formatCount(needed, lang)} ${workersWord(lang)}`,
    ),
    costStep(monthCosts, costPerWorker),
    bilingual(
      (lang, say) =>
        `${say('Total biaya', 'Total cost')}: ${formatCount(needed, lang)} × ${formatRupiah(costPerWorker, lang)} = ${formatRupiah(totalCost, lang)}`,
    ),
    ...monthRuns(monthCosts).map((run) =>
      bilingual(
        (lang, say) =>
          `${say('Per bulan', 'Each month')} (${periodLabel(run.first, run.last, lang)}): ${formatCount(needed, lang)} × ` +
          `${formatRupiah(run.amount, lang)} = ${formatRupiah(needed * run.amount, lang)}`,
      ),
    ),
    ...standingSteps(region, before, after),
  ];
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
    steps,
  };
}

/** A target is 1–10.000 bp (0,01–100 %) and must still need at least one worker. */
function checkTarget(targetBp: number, region: RegionNow): SimulationProblem | null {
  if (!Number.isInteger(targetBp) || targetBp < 1 || targetBp > 10_000)
    return problem('TARGET_INVALID', {
      id: 'Target cakupan harus antara 0,01 % dan 100 %',
      en: 'The coverage target must be between 0.01% and 100%',
    });
  if (gapWorkers(targetBp, region.workforce, region.active) === 0)
    return problem(
      'TARGET_ALREADY_MET',
      bilingual(
        (lang, say) =>
          `${region.name} ${say('sudah mencapai', 'already reaches')} ${pct(targetBp, lang)}: ` +
          `${formatCount(region.active, lang)} ${say('aktif', 'active')} ≥ ${formatCount(targetWorkers(targetBp, region.workforce), lang)}`,
      ),
    );
  return null;
}
