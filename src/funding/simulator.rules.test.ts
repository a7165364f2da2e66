import { describe, expect, it } from 'vitest';
import { addMonths, type Month } from '../shared/month.ts';
import {
  type BudgetSimulation,
  type MonthCost,
  type RegionNow,
  type RegionStanding,
  simulateBudget,
  simulateTarget,
  type TargetSimulation,
} from './simulator.rules.ts';

/** BPU paid by the government: JKK 1 % × Rp1.000.000 + JKM Rp6.800 = Rp16.800 a month (PP 44/2015 art. 16–18; no PP 50/2025 discount for APBD). */
const BPU_MONTH = 10_000 + 6_800;
const months = (from: string, count: number, amount = BPU_MONTH): MonthCost[] =>
  Array.from({ length: count }, (_, i) => ({ month: addMonths(from as Month, i), amount }));
const YEAR_2025 = months('2025-01', 12);
const NOV_DEC_2024 = months('2024-11', 2);

// Penajam Paser Utara: the budget and price are the published example; workforce, active and the
// neighbours are illustrative (40 % of 100.000, target 50 %), and PPU is missing from its siblings.
const PPU: RegionNow = {
  code: '64.09',
  name: 'Penajam Paser Utara',
  workforce: 100_000,
  active: 40_000,
  targetBp: 5_000,
};
const KALTIM: RegionStanding[] = [
  { code: '64.01', name: 'Paser', workforce: 100_000, active: 50_000 },
  { code: '64.02', name: 'Kutai Barat', workforce: 100_000, active: 42_000 },
  { code: '64.72', name: 'Samarinda', workforce: 400_000, active: 240_000 },
  { code: '64.74', name: 'Bontang', workforce: null, active: 30_000 },
];

// Sarolangun October 2024: 48.164 active of 112.000 (docs/registry.md), target 65 %; its stale entry
// among the Jambi siblings (40.000) is replaced by the figure simulated.
const SAROLANGUN: RegionNow = {
  code: '15.03',
  name: 'Sarolangun',
  workforce: 112_000,
  active: 48_164,
  targetBp: 6_500,
};
const JAMBI: RegionStanding[] = [
  { code: '15.01', name: 'Kerinci', workforce: 100_000, active: 50_000 },
  { code: '15.02', name: 'Merangin', workforce: 120_000, active: 40_000 },
  { code: '15.03', name: 'Sarolangun', workforce: 112_000, active: 40_000 },
  { code: '15.04', name: 'Batang Hari', workforce: 110_000, active: 60_000 },
  { code: '15.71', name: 'Kota Jambi', workforce: 300_000, active: 200_000 },
];

const budget = (amount: number, monthCosts = YEAR_2025) =>
  simulateBudget({ budget: amount, monthCosts, region: PPU, siblings: KALTIM }) as BudgetSimulation;

describe('simulateBudget: whole workers for the whole period (Inpres 2/2021)', () => {
  it('reproduces Penajam Paser Utara 2025: Rp1.008.000.000 ÷ (12 × Rp16.800) = 5.000 workers', () => {
    const result = budget(1_008_000_000);
    expect(result).toMatchObject({
      ok: true,
      months: 12,
      costPerWorker: 12 * 16_800, // 201.600
      workers: 5_000, // 1.008.000.000 ÷ 201.600
      workerMonths: 5_000 * 12,
      totalCost: 5_000 * 12 * 16_800, // 1.008.000.000
      leftover: 0,
      targetWorkers: 50_000, // 50 % × 100.000
    });
    expect(result.steps.slice(0, 3).map((s) => s.id)).toEqual([
      'Biaya per pekerja: 12 bulan × Rp16.800 = Rp201.600 (Jan–Des 2025)',
      'Rp1.008.000.000 ÷ Rp201.600 = 5.000 pekerja',
      'Total biaya: 5.000 × Rp201.600 = Rp1.008.000.000; sisa Rp0',
    ]);
    expect(result.steps[0]?.en).toBe('Cost per worker: 12 months × Rp16,800 = Rp201,600 (Jan–Dec 2025)');
  });

  it.each([
    [1_008_100_000, 5_000, 5_000 * 201_600, 100_000, 'Rp100.000 over 5.000 workers is left'],
    [
      1_000_000_000,
      4_960,
      4_960 * 201_600,
      1_000_000_000 - 4_960 * 201_600,
      '⌊4.960,3⌋ = 4.960; 64.000 left',
    ],
    [201_600, 1, 201_600, 0, 'exactly one worker for the year'],
    [201_599, 0, 0, 201_599, 'one rupiah short of a year: 0 workers, not an error'],
    [16_800, 0, 0, 16_800, 'exactly one worker-month: still not an error'],
  ])('Rp%i → %i workers, cost %i, left %i (%s)', (amount, workers, totalCost, leftover, _why) => {
    expect(budget(amount)).toMatchObject({ ok: true, workers, totalCost, leftover });
  });

  it('writes ⌊…⌋ when the division is not exact', () => {
    expect(budget(1_000_000_000).steps[1]?.id).toBe('⌊Rp1.000.000.000 ÷ Rp201.600⌋ = 4.960 pekerja');
  });

  it('says what a budget below one whole period buys: ⌊201.599 ÷ 16.800⌋ = 11 worker-months', () => {
    expect(budget(201_599).steps[2]?.id).toBe(
      'Anggaran ini hanya cukup untuk 11 pekerja-bulan (paling banyak, pada Rp16.800 per bulan), ' +
        'tidak cukup untuk satu pekerja selama 12 bulan (Rp201.600)',
    );
  });

  it('lists months at different prices: 3 × 16.800 + 9 × 8.400 = 126.000 (illustrative prices)', () => {
    const mixed = [...months('2025-01', 3), ...months('2025-04', 9, 8_400)];
    const result = budget(1_260_000, mixed);
    expect(result).toMatchObject({ costPerWorker: 3 * 16_800 + 9 * 8_400, workers: 1_260_000 / 126_000 });
    expect(result.steps[0]?.id).toBe(
      'Biaya per pekerja: 3 bulan × Rp16.800 (Jan–Mar 2025) + 9 bulan × Rp8.400 (Apr–Des 2025) = Rp126.000',
    );
    expect(result.steps[0]?.en).toBe(
      'Cost per worker: 3 months × Rp16,800 (Jan–Mar 2025) + 9 months × Rp8,400 (Apr–Dec 2025) = Rp126,000',
    );
  });

  it('moves coverage, rank and gap: 40.000 → 45.000 of 100.000, rank 4 → 3 of 4 (PPU added to its siblings)', () => {
    const result = budget(1_008_000_000);
    // Before: Samarinda 60 %, Paser 50 %, Kutai Barat 42 % above PPU's 40 %; Bontang has no workforce.
    expect(result.before).toEqual({
      active: 40_000,
      coverageBp: 4_000,
      rank: 4,
      rankOf: 4,
      gapWorkers: 10_000,
    });
    expect(result.after).toEqual({
      active: 45_000,
      coverageBp: 4_500,
      rank: 3,
      rankOf: 4,
      gapWorkers: 5_000,
    });
    expect(result.steps.slice(3).map((s) => s.id)).toEqual([
      'Cakupan Penajam Paser Utara: 40,00 % → 45,00 % (40.000 → 45.000 dari 100.000 pekerja)',
      'Peringkat di antara 4 wilayah: 4 → 3',
      'Kekurangan menuju target 50,00 % (50.000 pekerja): 10.000 → 5.000 pekerja',
    ]);
  });

  it.each([
    [16_799, YEAR_2025, 'BUDGET_BELOW_ONE_WORKER_MONTH', 'one rupiah below Rp16.800'],
    [0, YEAR_2025, 'BUDGET_BELOW_ONE_WORKER_MONTH', 'nothing to spend'],
    [
      8_399,
      [...months('2025-01', 3), ...months('2025-04', 9, 8_400)],
      'BUDGET_BELOW_ONE_WORKER_MONTH',
      'below the cheapest month',
    ],
    [1_000_000, [], 'NO_MONTHS', 'no period chosen'],
  ])('Rp%i → %s (%s)', (amount, monthCosts, code, _why) => {
    expect(simulateBudget({ budget: amount, monthCosts, region: PPU, siblings: KALTIM })).toMatchObject({
      ok: false,
      code,
    });
  });

  it('a cheapest-month budget is not a problem: Rp8.400 buys 0 workers and 1 worker-month', () => {
    const mixed = [...months('2025-01', 3), ...months('2025-04', 9, 8_400)];
    expect(budget(8_400, mixed)).toMatchObject({ ok: true, workers: 0, leftover: 8_400 });
  });

  it('names the problem in both languages', () => {
    expect(simulateBudget({ budget: 16_799, monthCosts: YEAR_2025, region: PPU, siblings: [] })).toEqual({
      ok: false,
      code: 'BUDGET_BELOW_ONE_WORKER_MONTH',
      message: {
        id: 'Anggaran Rp16.799 kurang dari biaya satu pekerja untuk satu bulan (Rp16.800)',
        en: 'A budget of Rp16,799 is less than one worker for one month (Rp16,800)',
      },
    });
  });

  it('cannot compute coverage without a workforce', () => {
    const region = { ...PPU, workforce: 0 };
    expect(simulateBudget({ budget: 1_000_000, monthCosts: YEAR_2025, region, siblings: [] })).toMatchObject({
      ok: false,
      code: 'NO_WORKFORCE',
    });
  });

  it('rejects a month priced at zero as a caller bug', () => {
    const monthCosts = [{ month: '2025-01' as Month, amount: 0 }];
    expect(() => simulateBudget({ budget: 1, monthCosts, region: PPU, siblings: [] })).toThrow(RangeError);
  });
});

const target = (targetBp: number, monthCosts: readonly MonthCost[], region = SAROLANGUN, siblings = JAMBI) =>
  simulateTarget({ targetBp, monthCosts, region, siblings }) as TargetSimulation;

describe('simulateTarget: the cost of the gap (Inpres 2/2021)', () => {
  it('reverses Penajam Paser Utara: 45 % of 100.000 − 40.000 = 5.000 workers × 12 × Rp16.800 = Rp1.008.000.000', () => {
    expect(target(4_500, YEAR_2025, PPU, KALTIM)).toMatchObject({
      ok: true,
      targetWorkers: 45_000,
      workersNeeded: 5_000,
      months: 12,
      costPerWorker: 201_600,
      totalCost: 5_000 * 12 * 16_800,
    });
  });

  it('Sarolangun Nov–Dec 2024: ⌈65 % × 112.000⌉ − 48.164 = 24.636 workers × 2 × Rp16.800 = Rp827.769.600', () => {
    const result = target(6_500, NOV_DEC_2024);
    expect(result).toMatchObject({
      targetBp: 6_500,
      targetWorkers: 72_800, // 0,65 × 112.000
      workersNeeded: 72_800 - 48_164, // 24.636
      months: 2,
      costPerWorker: 2 * 16_800, // 33.600
      totalCost: 24_636 * 2 * 16_800, // 827.769.600
      monthlyCost: [
        { month: '2024-11', amount: 24_636 * 16_800 }, // 413.884.800
        { month: '2024-12', amount: 24_636 * 16_800 },
      ],
    });
    expect(result.totalCost).toBe(827_769_600);
    // Before 48.164 ÷ 112.000 = 43,00 %, behind Kota Jambi, Batang Hari, Kerinci; after 65,00 %, behind Kota Jambi only.
    expect(result.before).toEqual({
      active: 48_164,
      coverageBp: 4_300,
      rank: 4,
      rankOf: 5,
      gapWorkers: 24_636,
    });
    expect(result.after).toEqual({ active: 72_800, coverageBp: 6_500, rank: 2, rankOf: 5, gapWorkers: 0 });
    expect(result.steps.map((s) => s.id)).toEqual([
      'Target 65,00 % × 112.000 pekerja = 72.800 pekerja (dibulatkan ke atas)',
      'Kekurangan: 72.800 − 48.164 = 24.636 pekerja',
      'Biaya per pekerja: 2 bulan × Rp16.800 = Rp33.600 (Nov–Des 2024)',
      'Total biaya: 24.636 × Rp33.600 = Rp827.769.600',
      'Per bulan (Nov–Des 2024): 24.636 × Rp16.800 = Rp413.884.800',
      'Cakupan Sarolangun: 43,00 % → 65,00 % (48.164 → 72.800 dari 112.000 pekerja)',
      'Peringkat di antara 5 wilayah: 4 → 2',
      'Kekurangan menuju target 65,00 % (72.800 pekerja): 24.636 → 0 pekerja',
    ]);
    expect(result.steps[4]?.en).toBe('Each month (Nov–Dec 2024): 24,636 × Rp16,800 = Rp413,884,800');
  });

  it('a period across the year end is labelled with both years', () => {
    const result = target(6_500, months('2024-11', 3));
    expect(result.steps[2]?.id).toBe('Biaya per pekerja: 3 bulan × Rp16.800 = Rp50.400 (Nov 2024–Jan 2025)');
  });

  it.each([
    [0, 'TARGET_INVALID', 'below 0,01 %'],
    [10_001, 'TARGET_INVALID', 'above 100 %'],
    [4_300.5, 'TARGET_INVALID', 'not whole basis points'],
    [4_300, 'TARGET_ALREADY_MET', '⌈43 % × 112.000⌉ = 48.160 ≤ 48.164 active'],
    [1, 'TARGET_ALREADY_MET', '0,01 %'],
  ])('target %i bp → %s (%s)', (targetBp, code, _why) => {
    expect(
      simulateTarget({ targetBp, monthCosts: NOV_DEC_2024, region: SAROLANGUN, siblings: JAMBI }),
    ).toMatchObject({
      ok: false,
      code,
    });
  });

  it('4.301 bp still needs ⌈0,4301 × 112.000⌉ − 48.164 = 48.172 − 48.164 = 8 workers', () => {
    expect(target(4_301, NOV_DEC_2024).workersNeeded).toBe(8);
  });

  it('checks the months before the target', () => {
    expect(target(6_500, [])).toMatchObject({ ok: false, code: 'NO_MONTHS' });
  });
});
