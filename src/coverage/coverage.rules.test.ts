import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import {
  type ActiveFigure,
  activeChange,
  coverageBp,
  defaultCompareMonth,
  gapWorkers,
  isComplete,
  rankAmong,
  ranksOf,
  segmentsOf,
  targetWorkers,
} from './coverage.rules.ts';

describe('coverage = active ÷ workforce, in basis points of a percent, half up', () => {
  it.each([
    [48_160, 112_000, 4_300, 'Sarolangun Oct 2024: 48.160 ÷ 112.000 = 43,00 % (seed 002)'],
    [580_000, 1_318_182, 4_400, 'Jambi Mar 2025: 580.000 ÷ 1.318.182 = 44,00 % (seed 000)'],
    [1_033_000, 3_000_000, 3_443, 'Sumsel Aug 2024: 1.033.000 ÷ 3.000.000 = 34,433 % → 34,43 % (seed 001)'],
    [32_051, 100_379, 3_193, 'Pangkalpinang Jun 2024: 31,9299 % → 31,93 % (seed 003)'],
    [1, 3, 3_333, '33,333 % → 33,33 %'],
    [2, 3, 6_667, '66,667 % → 66,67 %'],
    [0, 1_000, 0, 'nobody covered'],
  ])('%i ÷ %i = %i bp (%s)', (active, workforce, expected) => {
    expect(coverageBp(active, workforce)).toBe(expected);
  });

  it('is unknown without a workforce, never zero', () => {
    expect(coverageBp(100, null)).toBeNull();
    expect(coverageBp(100, 0)).toBeNull();
  });
});

describe('gap to target', () => {
  it.each([
    [
      6_500,
      112_000,
      48_160,
      72_800,
      24_640,
      'Sarolangun: ⌈65 % × 112.000⌉ = 72.800; 72.800 − 48.160 = 24.640',
    ],
    [5_500, 1_318_182, 580_000, 725_001, 145_001, 'Jambi: ⌈55 % × 1.318.182⌉ = ⌈725.000,1⌉ = 725.001'],
    [5_000, 3_000_000, 1_033_000, 1_500_000, 467_000, 'Sumsel: 50 % × 3.000.000 − 1.033.000 = 467.000'],
    [3_000, 100, 45, 30, 0, 'target already passed: no gap'],
  ])(
    'target %i bp of %i with %i active → %i needed, gap %i (%s)',
    (target, workforce, active, needed, gap) => {
      expect(targetWorkers(target, workforce)).toBe(needed);
      expect(gapWorkers(target, workforce, active)).toBe(gap);
    },
  );
});

describe('rank among siblings', () => {
  const siblings = [
    { code: 'a', coverageBp: 5_000 },
    { code: 'b', coverageBp: 4_300 },
    { code: 'c', coverageBp: 5_000 },
    { code: 'd', coverageBp: null },
  ];
  it.each([
    ['a', { rank: 1, of: 3 }],
    ['c', { rank: 1, of: 3 }],
    ['b', { rank: 3, of: 3 }],
    ['d', null],
  ])('%s → %j (ties share a rank; no coverage, no rank)', (code, expected) => {
    expect(rankAmong(siblings, code)).toEqual(expected);
  });
});

describe('ranksOf gives every region the rank rankAmong would', () => {
  it('matches rankAmong on ties and missing values', () => {
    const coverages = [
      { code: 'a', coverageBp: 5_000 },
      { code: 'b', coverageBp: 4_300 },
      { code: 'c', coverageBp: 5_000 },
      { code: 'd', coverageBp: null },
      { code: 'e', coverageBp: 100 },
    ];
    const ranks = ranksOf(coverages);
    for (const { code } of coverages)
      expect(ranks.get(code) ?? null).toBe(rankAmong(coverages, code)?.rank ?? null);
    expect([...ranks.entries()]).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
      ['e', 4],
    ]);
  });
});

describe('change against an earlier month', () => {
  it('Pangkalpinang: 36.000 → 32.051 is −10,97 % (seed 003)', () => {
    expect(activeChange('2023-12' as Month, 36_000, 32_051)).toEqual({
      fromMonth: '2023-12',
      fromActive: 36_000,
      toActive: 32_051,
      activeChange: -3_949,
      activeChangePct: -10.97,
    });
  });
  it('has no percentage from zero', () => {
    expect(activeChange('2023-12' as Month, 0, 10).activeChangePct).toBeNull();
  });
  it.each([
    ['2024-06', '2023-12'],
    ['2024-01', '2023-12'],
    ['2024-12', '2023-12'],
  ])('default comparison for %s is %s (year to date)', (month, expected) => {
    expect(defaultCompareMonth(month as Month)).toBe(expected);
  });
});

describe('completeness of a figure built from children', () => {
  const figure = (
    origin: 'reported' | 'children',
    sourceKind: 'import' | 'registry',
    complete: boolean,
  ): ActiveFigure => ({
    month: '2024-10' as Month,
    pu: 1,
    bpu: 2,
    jakon: 3,
    pmi: 4,
    unspecified: 0,
    total: 10,
    origin,
    sourceKind,
    importId: null,
    reportingChildren: 0,
    complete,
  });
  it.each([
    ['reported', 'import', false, true, 'the region reported itself'],
    ['children', 'import', true, true, 'the rollup found every child complete, all the way down'],
    ['children', 'import', false, false, 'a child (or a grandchild) is missing'],
    ['children', 'registry', false, true, 'registry sums are whole by construction'],
  ] as const)('%s/%s, rollup complete=%s → %s (%s)', (origin, kind, rolled, expected, _why) => {
    expect(isComplete(figure(origin, kind, rolled))).toBe(expected);
  });
  it('lists segments, adding UNSPECIFIED only when present', () => {
    expect(segmentsOf(figure('reported', 'import', true))).toEqual({ PU: 1, BPU: 2, JAKON: 3, PMI: 4 });
  });
});
