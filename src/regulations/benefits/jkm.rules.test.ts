import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';

describe('JKM, death not caused by work (PP 44/2015 jo. PP 82/2019 Pasal 34)', () => {
  it.each([
    // 20.000.000 + 24 × 500.000 + 10.000.000 = 42.000.000, from the day PP 82/2019 was promulgated
    ['2019-12-02', 42_000_000],
    ['2024-10-15', 42_000_000],
    ['2030-01-01', 42_000_000],
  ])('death on %s: Rp%i', (deathDate, expected) => {
    const q = quote({ benefit: 'jkm', deathDate });
    expect(q.total).toBe(expected);
    expect(q.eligible).toBe(true);
    expect(q.asOf).toBe(deathDate);
    // lump 20.000.000; periodic 24 × 500.000 = 12.000.000; funeral 10.000.000
    expect(amounts(q)).toEqual([
      ['jkm.lump_sum', 20_000_000],
      ['jkm.periodic', 12_000_000],
      ['jkm.funeral', 10_000_000],
    ]);
  });

  it('explains each amount bilingually with its legal basis and cites every row read', () => {
    const q = quote({ benefit: 'jkm', asOf: '2025-03-01' });
    expect(q.components[1]?.explanation.id).toBe(
      '24 × Rp500.000 = Rp12.000.000, dibayar sekaligus (PP 44/2015 jo. PP 82/2019, Pasal 34)',
    );
    expect(q.components[1]?.explanation.en).toBe(
      '24 × Rp500,000 = Rp12,000,000, paid at once (PP 44/2015 jo. PP 82/2019, Pasal 34)',
    );
    expect(q.parameters.map((p) => p.code)).toEqual([
      'jkm.lump_sum',
      'jkm.periodic_monthly',
      'jkm.periodic_months',
      'jkm.funeral',
    ]);
    expect(q.rounding.code).toBe('HALF_UP_RUPIAH');
  });

  it('reads the death date, not asOf, when both are given', () => {
    expect(quote({ benefit: 'jkm', deathDate: '2020-01-01', asOf: '2026-01-01' }).asOf).toBe('2020-01-01');
  });

  it('has no invented amounts before PP 82/2019 (2 Dec 2019): the error names the code', () => {
    const error = errorOf(() => quote({ benefit: 'jkm', deathDate: '2019-12-01' }));
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    expect(error.details).toEqual({ code: 'jkm.lump_sum', asOf: '2019-12-01' });
  });
});
