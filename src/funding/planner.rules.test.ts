import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import {
  type FundingAssumption,
  newEnrolmentRate,
  type Plan,
  planToTarget,
  retainedPerMonthlyEnrolment,
  type SegmentStock,
  stockAfter,
} from './planner.rules.ts';

const bpu = (active: number, exitRateBp: number): SegmentStock => ({ segment: 'BPU', active, exitRateBp });
const plan = (
  stock: SegmentStock[],
  fields: {
    start?: string;
    by?: string;
    workforce?: number;
    targetBp?: number;
    funding?: FundingAssumption | null;
  } = {},
) =>
  planToTarget({
    startMonth: (fields.start ?? '2024-10') as Month,
    targetMonth: (fields.by ?? '2024-12') as Month,
    workforce: fields.workforce ?? 10_000,
    stock,
    targetBp: fields.targetBp ?? 2_000,
    funding: fields.funding ?? null,
  }) as Plan;

describe('the pieces of the model', () => {
  it.each([
    [0, 4, 4, 'nobody leaves: 1 + 1 + 1 + 1'],
    [1_000, 2, 1 + 0.9, '10 % a month: 1 + 0,9 = 1,9'],
    [1_000, 3, 1 + 0.9 + 0.81, '1 + 0,9 + 0,9²'],
    [10_000, 5, 1, 'everyone leaves after a month: only the last month’s enrolment is left'],
    [500, 0, 0, 'no months, nobody new'],
  ])('retained per monthly enrolment at %i bp after %i months = %f (%s)', (rate, months, expected, _why) => {
    expect(retainedPerMonthlyEnrolment(rate, months)).toBeCloseTo(expected, 12);
  });

  it('the stock decays per segment: 1.000 × 0,9² + 2.000 × 0,98² = 810 + 1.920,8', () => {
    const stock: SegmentStock[] = [bpu(1_000, 1_000), { segment: 'PU', active: 2_000, exitRateBp: 200 }];
    expect(stockAfter(stock, 2)).toBeCloseTo(810 + 1_920.8, 9);
  });

  it.each([
    [
      [bpu(100, 500), { segment: 'PU' as const, active: 9_000, exitRateBp: 100 }],
      500,
      'the BPU rate when BPU is given',
    ],
    [
      [
        { segment: 'PU' as const, active: 3_000, exitRateBp: 100 },
        { segment: 'JAKON' as const, active: 1_000, exitRateBp: 500 },
      ],
      200,
      'else weighted by active: (3.000 × 100 + 1.000 × 500) ÷ 4.000 = 200',
    ],
    [
      [
        { segment: 'PMI' as const, active: 0, exitRateBp: 301 },
        { segment: 'PU' as const, active: 0, exitRateBp: 100 },
      ],
      201,
      'nobody active: plain mean 200,5 → 201',
    ],
    [[], 0, 'no stock at all'],
  ])('new enrolments leave at %j → %i bp (%s)', (stock, expected, _why) => {
    expect(newEnrolmentRate(stock)).toBe(expected);
  });
});

describe('planToTarget: enrolments a month to reach the target', () => {
  it.each([
    [bpu(1_000, 0), 2_000, '2025-02', 250, 'nobody leaves, 4 months: ⌈(2.000 − 1.000) ÷ 4⌉ = 250'],
    [bpu(1_000, 0), 2_001, '2025-02', 251, '⌈20,01 % × 10.000⌉ = 2.001: ⌈1.001 ÷ 4⌉ = ⌈250,25⌉ = 251'],
    [
      bpu(1_000, 1_000),
      2_000,
      '2024-12',
      627,
      '10 %, 2 months: ⌈(2.000 − 1.000 × 0,81) ÷ 1,9⌉ = ⌈626,3⌉ = 627',
    ],
    [
      bpu(100, 1_000),
      371,
      '2025-01',
      110,
      '⌈(371 − 100 × 0,9³) ÷ 2,71⌉ = ⌈298,1 ÷ 2,71⌉ = 110 exactly (floating point says 110,00000000000001)',
    ],
    [
      bpu(1_000, 10_000),
      2_000,
      '2024-11',
      2_000,
      'everyone leaves in a month: the whole target in one month',
    ],
    [bpu(5_000, 0), 2_000, '2025-06', 0, 'already above the target and nobody leaves: none needed'],
  ])('%j to %i bp by %s → %i a month (%s)', (stock, targetBp, by, expected, _why) => {
    const result = plan([stock], { targetBp, by });
    expect(result.monthlyNeeded).toBe(expected);
    expect(result.monthlyNeededWithFunding).toBeNull();
  });

  it('the trajectory, 10 % a month from 1.000, 627 a month: round(1.000 × 0,9^m + 627 × Σ_{i<m} 0,9^i)', () => {
    const result = plan([bpu(1_000, 1_000)]);
    expect(result).toMatchObject({ months: 2, targetWorkers: 2_000, newEnrolmentRateBp: 1_000 });
    expect(result.trajectory).toEqual([
      {
        month: '2024-10',
        noNewEnrolments: 1_000,
        withoutFunding: 1_000,
        withFunding: null,
        targetWorkers: 2_000,
      },
      {
        month: '2024-11',
        noNewEnrolments: 900,
        withoutFunding: 900 + 627,
        withFunding: null,
        targetWorkers: 2_000,
      },
      // 810 + 627 × 1,9 = 810 + 1.191,3 = 2.001,3
      {
        month: '2024-12',
        noNewEnrolments: 810,
        withoutFunding: 2_001,
        withFunding: null,
        targetWorkers: 2_000,
      },
    ]);
  });

  it('explains each figure in both languages', () => {
    expect(plan([bpu(1_000, 1_000)]).steps.map((s) => s.id)).toEqual([
      'Model: peserta yang ada keluar tiap bulan sesuai laju segmennya (BPU 10,00 %); pendaftar baru masuk di akhir tiap bulan dan keluar dengan laju 10,00 % (BPU)',
      'Target 20,00 % × 10.000 = 2.000 pekerja pada Desember 2024, 2 bulan setelah Oktober 2024',
      'Peserta yang ada tersisa: Σ aktif × (1 − laju keluar)^2 = 810 dari 1.000',
      'Satu pendaftar baru per bulan menjadi Σ (1 − 10,00 %)^i, i = 0…1 = 1,9 peserta aktif pada Desember 2024',
      'Pendaftaran baru yang dibutuhkan: ⌈(2.000 − 810) ÷ 1,9⌉ = 627 per bulan',
    ]);
    expect(plan([bpu(1_000, 1_000)]).steps[4]?.en).toBe(
      'New enrolments needed: ⌈(2,000 − 810) ÷ 1.9⌉ = 627 a month',
    );
  });

  it.each([
    ['2024-10', 'TARGET_MONTH_NOT_AFTER_START', 2_000, 'the same month'],
    ['2024-09', 'TARGET_MONTH_NOT_AFTER_START', 2_000, 'before the data'],
    ['2024-12', 'TARGET_INVALID', 0, '0 %'],
    ['2024-12', 'TARGET_INVALID', 10_001, 'above 100 %'],
  ])('by %s → %s (target %i bp: %s)', (by, code, targetBp, _why) => {
    expect(plan([bpu(1_000, 0)], { by, targetBp })).toMatchObject({ ok: false, code });
  });
});

describe('with a funded programme', () => {
  // Sarolangun October 2024 by segment (docs/registry.md: PU 25.107, BPU 18.721, Jakon 3.303, PMI 1.033 =
  // 48.164 of 112.000); the exit rates are illustrative. APBD Perubahan funds the 24.636-worker gap in
  // Nov–Dec 2024 (Inpres 2/2021), so only the stock's decay is left to make up.
  const SAROLANGUN: SegmentStock[] = [
    { segment: 'PU', active: 25_107, exitRateBp: 200 },
    { segment: 'BPU', active: 18_721, exitRateBp: 500 },
    { segment: 'JAKON', active: 3_303, exitRateBp: 1_000 },
    { segment: 'PMI', active: 1_033, exitRateBp: 300 },
  ];
  const APBD_P = { workers: 72_800 - 48_164, fromMonth: '2024-11' as Month, toMonth: '2024-12' as Month };
  // Left in December: 25.107 × 0,98² + 18.721 × 0,95² + 3.303 × 0,9² + 1.033 × 0,97²
  //   = 24.112,7628 + 16.895,7025 + 2.675,43 + 971,9497 = 44.655,845; decay 48.164 − 44.655,845 = 3.508,155.
  const LEFT = 44_655.845;

  it('needs only what the decay takes: ⌈3.508,155 ÷ 1,95⌉ = 1.800 a month instead of ⌈28.144,155 ÷ 1,95⌉ = 14.433', () => {
    const result = plan(SAROLANGUN, { workforce: 112_000, targetBp: 6_500, funding: APBD_P });
    expect(result).toMatchObject({ targetWorkers: 72_800, newEnrolmentRateBp: 500, months: 2 });
    expect(result.monthlyNeeded).toBe(Math.ceil((72_800 - LEFT) / 1.95)); // 14.433
    expect(result.monthlyNeeded).toBe(14_433);
    expect(result.monthlyNeededWithFunding).toBe(Math.ceil((48_164 - LEFT) / (1 + 0.95))); // the decay alone
    expect(result.monthlyNeededWithFunding).toBe(1_800);
    expect(result.trajectory.map((p) => p.withFunding)).toEqual([
      48_164, // October: the programme has not started
      72_801, // 46.364,52 + 1.800 + 24.636 = 72.800,52
      72_802, // 44.655,845 + 1.800 × 1,95 + 24.636 = 72.801,845
    ]);
    expect(result.steps.at(-1)?.id).toBe(
      'Dengan 24.636 pekerja didanai (Nov–Des 2024): ⌈(72.800 − 24.636 − 44.655,845) ÷ 1,95⌉ = 1.800 per bulan',
    );
  });

  it('a programme over before the target month counts for nothing at the target', () => {
    const early = { workers: 5_000, fromMonth: '2024-11' as Month, toMonth: '2024-11' as Month };
    const result = plan([bpu(1_000, 1_000)], { funding: early });
    expect(result.monthlyNeededWithFunding).toBe(result.monthlyNeeded); // 627
    expect(result.trajectory.map((p) => p.withFunding)).toEqual([1_000, 900 + 627 + 5_000, 2_001]);
    expect(result.steps.at(-1)?.en).toBe(
      'Funding of 5,000 workers (Nov 2024) is not running in December 2024, so it does not count: 627 a month',
    );
  });

  it('funding above the gap leaves nothing to enrol', () => {
    const result = plan([bpu(1_000, 1_000)], { funding: { ...APBD_P, workers: 5_000 } });
    expect(result.monthlyNeededWithFunding).toBe(0);
  });
});
