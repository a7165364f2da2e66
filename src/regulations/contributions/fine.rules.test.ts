import { describe, expect, it } from 'vitest';
import { quoteFine } from './fine.rules.ts';
import { seedBook } from './test-book.ts';

describe('employer late fine: 2 % of the unpaid contribution per month late (0,5 % under PP 49/2020)', () => {
  it.each([
    [1_000_000, 3, '2024-01', 60_000, '3 × 2 % × 1.000.000'],
    [1_000_000, 0, '2024-01', 0, 'on time'],
    [333_333, 1, '2024-01', 6_667, '2 % × 333.333 = 6.666,66 → 6.667'],
    [1_000_000, 4, '2020-06', 35_000, 'Jul 2020 at 2 % + Aug–Oct 2020 at 0,5 %: 20.000 + 15.000'],
    [1_000_000, 2, '2020-12', 25_000, 'Jan 2021 at 0,5 % + Feb 2021 at 2 %: 5.000 + 20.000'],
    [12_345, 3, '2025-01', 741, '3 × 2 % × 12.345 = 740,7 → 741 (rounded once, not per month)'],
  ])('%i, %i months late after %s → Rp%i (%s)', (amount, monthsLate, month, total) => {
    expect(quoteFine(seedBook, { amount, monthsLate, month }).total).toBe(total);
  });

  it('lists the rate of every late month and cites the relief regulation', () => {
    const q = quoteFine(seedBook, { amount: 1_000_000, monthsLate: 2, month: '2020-07' });
    expect(q.months).toEqual([
      { month: '2020-08', rateBp: 50 },
      { month: '2020-09', rateBp: 50 },
    ]);
    expect(q.legalBasis).toEqual(['PP 49/2020']);
  });

  it.each([
    [-1, 1, '2024-01'],
    [1.5, 1, '2024-01'],
    [1_000, -2, '2024-01'],
    [1_000, 1, '2024-13'],
  ])('refuses amount %s, months %s, month %s', (amount, monthsLate, month) => {
    expect(() => quoteFine(seedBook, { amount, monthsLate, month })).toThrow(
      expect.objectContaining({ code: 'QUOTE_INPUT_INVALID' }),
    );
  });
});
