import { targetWorkers } from '../coverage/coverage.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatRupiah, type Lang } from '../shared/format.ts';
import { type Month, monthIndex } from '../shared/month.ts';
import type { MonthCost, RegionNow, Standing } from './simulator.rules.ts';
import { bilingual, pct, periodLabel } from './simulator.text.ts';

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

/** A budget between one worker-month and one whole period: say what it would buy instead. */
function partialStep(
  workerMonths: number,
  cheapest: number,
  months: number,
  costPerWorker: number,
): Bilingual {
  return bilingual(
    (lang, say) =>
      `${say('Anggaran ini hanya cukup untuk', 'This budget buys only')} ${formatCount(workerMonths, lang)} ` +
      `${say('pekerja-bulan', 'worker-months')} (${say('paling banyak, pada', 'at most, at')} ${formatRupiah(cheapest, lang)} ` +
      `${say('per bulan', 'a month')}), ${say('tidak cukup untuk satu pekerja selama', 'not one worker for all')} ` +
      `${formatCount(months, lang)} ${say('bulan', 'months')} (${formatRupiah(costPerWorker, lang)})`,
  );
}

/** The figures of a budget simulation, each step in the order it is computed (see `simulateBudget`). */
export function budgetSteps(f: {
  budget: number;
  monthCosts: readonly MonthCost[];
  costPerWorker: number;
  workers: number;
  totalCost: number;
  /** When no whole worker fits: the cheapest month and ⌊budget ÷ cheapest⌋ worker-months. */
  partial: { cheapest: number; workerMonths: number } | null;
  region: RegionNow;
  before: Standing;
  after: Standing;
}): Bilingual[] {
  const { budget, monthCosts, costPerWorker, workers, totalCost, partial } = f;
  const steps = [
    costStep(monthCosts, costPerWorker),
    bilingual((lang, say) => {
      const division = `${formatRupiah(budget, lang)} ÷ ${formatRupiah(costPerWorker, lang)}`;
      const exact = budget % costPerWorker === 0;
      return `${exact ? division : `⌊${division}⌋`} = ${formatCount(workers, lang)} ${say('pekerja', 'workers')}`;
    }),
  ];
  if (partial)
    steps.push(partialStep(partial.workerMonths, partial.cheapest, monthCosts.length, costPerWorker));
  steps.push(
    bilingual(
      (lang, say) =>
        `${say('Total biaya', 'Total cost')}: ${formatCount(workers, lang)} × ${formatRupiah(costPerWorker, lang)} = ` +
        `${formatRupiah(totalCost, lang)}; ${say('sisa', 'left over')} ${formatRupiah(budget - totalCost, lang)}`,
    ),
    ...standingSteps(f.region, f.before, f.after),
  );
  return steps;
}

/** The figures of a target simulation, each step in the order it is computed (see `simulateTarget`). */
export function targetSteps(f: {
  targetBp: number;
  target: number;
  needed: number;
  monthCosts: readonly MonthCost[];
  costPerWorker: number;
  totalCost: number;
  region: RegionNow;
  before: Standing;
  after: Standing;
}): Bilingual[] {
  const { targetBp, target, needed, costPerWorker, region } = f;
  const workersWord = (lang: Lang) => (lang === 'id' ? 'pekerja' : 'workers');
  return [
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
    costStep(f.monthCosts, costPerWorker),
    bilingual(
      (lang, say) =>
        `${say('Total biaya', 'Total cost')}: ${formatCount(needed, lang)} × ${formatRupiah(costPerWorker, lang)} = ${formatRupiah(f.totalCost, lang)}`,
    ),
    ...monthRuns(f.monthCosts).map((run) =>
      bilingual(
        (lang, say) =>
          `${say('Per bulan', 'Each month')} (${periodLabel(run.first, run.last, lang)}): ${formatCount(needed, lang)} × ` +
          `${formatRupiah(run.amount, lang)} = ${formatRupiah(needed * run.amount, lang)}`,
      ),
    ),
    ...standingSteps(region, f.before, f.after),
  ];
}
