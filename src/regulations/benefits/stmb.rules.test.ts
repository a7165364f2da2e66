import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';

describe('JKK temporary incapacity pay, STMB (PP 44/2015 jo. PP 82/2019 Lampiran III)', () => {
  it.each([
    // 1 × 100 % × 4.000.000 = 4.000.000
    [4_000_000, 1, [['stmb.full', 4_000_000]], 4_000_000],
    // 12 × 100 % × 4.000.000 = 48.000.000 (the last full month)
    [4_000_000, 12, [['stmb.full', 48_000_000]], 48_000_000],
    // 12 × 4.000.000 + 1 × 50 % × 4.000.000 = 48.000.000 + 2.000.000 = 50.000.000
    [
      4_000_000,
      13,
      [
        ['stmb.full', 48_000_000],
        ['stmb.later', 2_000_000],
      ],
      50_000_000,
    ],
    // 12 × 4.000.000 + 3 × 2.000.000 = 54.000.000
    [
      4_000_000,
      15,
      [
        ['stmb.full', 48_000_000],
        ['stmb.later', 6_000_000],
      ],
      54_000_000,
    ],
    // 50 % × 3.333.333 = 1.666.666,5 → 1.666.667 a month (half up, once); 12 × 3.333.333 = 39.999.996;
    // 12 × 1.666.667 = 20.000.004; total 60.000.000
    [
      3_333_333,
      24,
      [
        ['stmb.full', 39_999_996],
        ['stmb.later', 20_000_004],
      ],
      60_000_000,
    ],
  ])('wage Rp%i for %i months', (wage, months, lines, total) => {
    const q = quote({ benefit: 'stmb', eventDate: '2022-08-01', wage, months });
    expect(amounts(q)).toEqual(lines);
    expect(q.total).toBe(total);
    expect(q.monthly).toBe(wage); // 100 % × wage in the first 12 months
  });

  it('explains the monthly pay and the rate', () => {
    const q = quote({ benefit: 'stmb', asOf: '2022-08-01', wage: 3_333_333, months: 13 });
    expect(q.components[1]?.explanation.id).toBe(
      '1 bulan × 50% × Rp3.333.333 = 1 × Rp1.666.667 = Rp1.666.667 (PP 44/2015 jo. PP 82/2019, Lampiran III)',
    );
  });

  it('needs the months of incapacity', () => {
    const error = errorOf(() => quote({ benefit: 'stmb', asOf: '2022-08-01', wage: 3_000_000 }));
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.bilingual.en).toMatch(/months is required for stmb/);
  });
});
