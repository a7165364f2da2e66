import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import { apportion, seriesThrough, unitHash } from './demo.series.ts';

describe('apportion (largest remainder)', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [100, [1, 3], [25, 75]],
    [7, [0.5, 0.5], [4, 3]],
    [0, [2, 5], [0, 0]],
    // 1.102.164 × 262.974 ÷ 444.498 = 652.062,4 and × 181.524 ÷ 444.498 = 450.101,6 → the .6 gets the spare unit.
    [1_102_164, [262_974, 181_524], [652_062, 450_102]],
  ])('%i over %j → %j', (total, weights, expected) => {
    const parts = apportion(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('seriesThrough', () => {
  const months = ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03'] as Month[];
  it('is linear between anchors and scaled by the trend outside', () => {
    const trend = new Map(months.map((m, i) => [m, 100 + i * 10]));
    const series = seriesThrough(
      [
        { month: '2023-12' as Month, value: 1_000 },
        { month: '2024-02' as Month, value: 2_000 },
      ],
      months,
      trend,
    );
    // Nov: 1.000 × 100/110 = 909; Jan: halfway = 1.500; Mar: 2.000 × 140/130 = 2.154.
    expect([...series.values()]).toEqual([909, 1_000, 1_500, 2_000, 2_154]);
  });
});

describe('unitHash', () => {
  it('is stable and in [0, 1)', () => {
    expect(unitHash('15.03.01.2001')).toBe(unitHash('15.03.01.2001'));
    for (const text of ['a', 'b', '15.03', '19.71.01.1001']) {
      expect(unitHash(text)).toBeGreaterThanOrEqual(0);
      expect(unitHash(text)).toBeLessThan(1);
    }
  });
});
