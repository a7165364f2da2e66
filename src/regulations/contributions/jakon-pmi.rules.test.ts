import { describe, expect, it } from 'vitest';
import { quoteContribution } from './contribution.quote.ts';
import type { ContributionInput } from './contribution.types.ts';
import { seedBook } from './test-book.ts';

const quote = (input: Omit<ContributionInput, 'month'>, month = '2025-05') =>
  quoteContribution(seedBook, { month, ...input } as ContributionInput);

describe('Jakon (PP 44/2015 jo. Permenaker 44/2015): wage known, or marginal tiers on the contract value', () => {
  it('wage known: JKK 1,74 % + JKM 0,30 % of Rp4.000.000 = 69.600 + 12.000', () => {
    const q = quote({ segment: 'jakon', wage: 4_000_000 });
    expect(q.lines.map((l) => [l.program, l.employer])).toEqual([
      ['JKK', 69_600],
      ['JKM', 12_000],
    ]);
    expect(q.total).toBe(81_600);
  });

  it.each([
    // [contract value, JKK, JKM, arithmetic]
    [100_000_000, 210_000, 30_000, 'first tier only: 0,21 % and 0,03 % × 100 jt'],
    [
      2_000_000_000,
      2_640_000, // 0,21 %×100 jt + 0,17 %×400 jt + 0,13 %×500 jt + 0,11 %×1 M = 210.000 + 680.000 + 650.000 + 1.100.000
      310_000, // 0,03 %×100 jt + 0,02 %×400 jt + 0,02 %×500 jt + 0,01 %×1 M = 30.000 + 80.000 + 100.000 + 100.000
      'four tiers',
    ],
    [
      10_000_000_000,
      10_440_000, // 1.540.000 (first 1 M) + 0,11 %×4 M = 4.400.000 + 0,09 %×5 M = 4.500.000
      1_110_000, // 210.000 + 0,01 %×4 M = 400.000 + 0,01 %×5 M = 500.000
      'all five tiers',
    ],
    [
      123_456_789,
      249_877, // 210.000 + 0,17 % × 23.456.789 = 39.876,5413 → 249.876,5413 → 249.877 (rounded once)
      34_691, // 30.000 + 0,02 % × 23.456.789 = 4.691,3578 → 34.691
      'rounding once per line',
    ],
  ])('contract %i → JKK %i, JKM %i (%s)', (contractValue, jkk, jkm, _why) => {
    const q = quote({ segment: 'jakon', contractValue });
    expect(q.lines.map((l) => l.employer)).toEqual([jkk, jkm]);
    expect(q.total).toBe(jkk + jkm);
  });

  it('needs exactly one of wage and contract value', () => {
    expect(() => quote({ segment: 'jakon' })).toThrow(/exactly one of --wage/);
    expect(() => quote({ segment: 'jakon', wage: 1, contractValue: 1 })).toThrow(/exactly one of --wage/);
  });
});

describe('PMI (Permenaker 4/2023): JKK + JKM packages by stage and contract length, optional JHT', () => {
  it.each([
    [{ stage: 'pre' }, 37_500, 'before placement'],
    [{ stage: 'placement', contractMonths: 24 }, 332_500, '24-month package'],
    [{ stage: 'placement', contractMonths: 12 }, 189_000, '12-month package'],
    [{ stage: 'placement', contractMonths: 6 }, 108_000, '6-month package'],
    [{ stage: 'placement', contractMonths: 30 }, 413_500, '332.500 + 6 × 13.500'],
    [{ stage: 'placement', contractMonths: 18 }, 270_000, '189.000 + 6 × 13.500'],
    [{ stage: 'placement', contractMonths: 7 }, 121_500, '108.000 + 1 × 13.500'],
    [{ stage: 'placement', contractMonths: 3 }, 108_000, 'shorter than every package: the 6-month one'],
    [
      { stage: 'placement', contractMonths: 24, jht: true, jhtAmount: 100_000 },
      2_732_500,
      '332.500 + 24 × 100.000',
    ],
    [{ stage: 'pre', jht: true, jhtAmount: 50_000 }, 87_500, '37.500 + 1 × 50.000'],
    [
      { stage: 'placement', contractMonths: 12, jht: true },
      789_000,
      '189.000 + 12 × 50.000 (lowest option when no amount)',
    ],
  ] as const)('%j → Rp%i (%s)', (input, total, _arithmetic) => {
    const q = quote({ segment: 'pmi', ...input });
    expect(q.total).toBe(total);
    expect(q.totals.worker).toBe(total);
  });

  it('reports the package as one line covering JKK and JKM', () => {
    const [line] = quote({ segment: 'pmi', stage: 'pre' }).lines;
    expect(line).toMatchObject({ program: 'JKK', covers: ['JKK', 'JKM'], worker: 37_500 });
  });

  it('refuses a JHT amount that is not an option, and months before Permenaker 4/2023 data', () => {
    expect(() => quote({ segment: 'pmi', stage: 'pre', jht: true, jhtAmount: 150_000 })).toThrow(
      /not an allowed option/,
    );
    // PMI protection predates Permenaker 4/2023; the earlier amounts are just not in the data.
    expect(() => quote({ segment: 'pmi', stage: 'pre' }, '2023-02')).toThrow(
      expect.objectContaining({
        code: 'REGULATION_PARAMETER_MISSING',
        details: expect.objectContaining({ code: 'pmi.pre_placement' }),
      }),
    );
  });
});
