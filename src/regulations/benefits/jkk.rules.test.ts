import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';

describe('JKK death (PP 44/2015 jo. PP 82/2019 Lampiran III)', () => {
  it.each([
    // 48 × 5.000.000 + 12.000.000 + 10.000.000 = 262.000.000
    [5_000_000, 240_000_000, 262_000_000],
    // 48 × 1.000.000 + 12.000.000 + 10.000.000 = 70.000.000
    [1_000_000, 48_000_000, 70_000_000],
    // 48 × 3.333.333 = 159.999.984; + 22.000.000 = 181.999.984 (integer multiplication, no rounding)
    [3_333_333, 159_999_984, 181_999_984],
  ])('wage Rp%i: 48 × wage = Rp%i, total Rp%i', (wage, death, total) => {
    const q = quote({ benefit: 'jkk-death', eventDate: '2024-05-01', wage });
    expect(q.total).toBe(total);
    expect(amounts(q)).toEqual([
      ['jkk.death', death],
      ['jkk.death_periodic', 12_000_000],
      ['jkk.death_funeral', 10_000_000],
    ]);
  });

  it('marks the 12 M and 10 M add-ons with confidence M, as the fact sheet does', () => {
    const q = quote({ benefit: 'jkk-death', deathDate: '2024-05-03', wage: 5_000_000 });
    const confidence = Object.fromEntries(q.parameters.map((p) => [p.code, p.confidence]));
    expect(confidence).toEqual({
      'jkk.death_multiplier': 'H',
      'jkk.death_periodic': 'M',
      'jkk.death_funeral': 'M',
    });
  });

  it('follows the accident date when the death came later', () => {
    const q = quote({ benefit: 'jkk-death', eventDate: '2024-05-01', deathDate: '2024-06-10', wage: 1 });
    expect(q.asOf).toBe('2024-05-01');
  });

  it('rejects a death before the accident', () => {
    const error = errorOf(() =>
      quote({ benefit: 'jkk-death', eventDate: '2024-05-01', deathDate: '2024-04-30', wage: 1_000_000 }),
    );
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.bilingual.en).toMatch(/death date is before the accident/);
  });

  it('an accident before PP 82/2019 names the missing parameter', () => {
    const error = errorOf(() => quote({ benefit: 'jkk-death', eventDate: '2019-12-01', wage: 1_000_000 }));
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    expect(error.bilingual.en).toContain('"jkk.death_multiplier"');
  });
});

describe('JKK permanent disability (PP 44/2015 jo. PP 82/2019 Lampiran III)', () => {
  it.each([
    // total permanent: 56 × 5.000.000 = 280.000.000
    [5_000_000, undefined, 'jkk.total_disability', 280_000_000],
    // 100 % is total permanent as well: 56 × 2.000.000 = 112.000.000
    [2_000_000, 100, 'jkk.total_disability', 112_000_000],
    // partial: 25 % × 80 × 3.333.333 = 25 % × 266.666.640 = 66.666.660
    [3_333_333, 25, 'jkk.partial_disability', 66_666_660],
    // partial: 33 % × 80 × 1.234.567 = 33 % × 98.765.360 = 32.592.568,8 → 32.592.569 (half up, once)
    [1_234_567, 33, 'jkk.partial_disability', 32_592_569],
    // partial: 1 % × 80 × 1.000.000 = 800.000
    [1_000_000, 1, 'jkk.partial_disability', 800_000],
  ])('wage Rp%i, %s %: %s Rp%i', (wage, disabilityPercent, code, expected) => {
    const q = quote({
      benefit: 'jkk-disability',
      eventDate: '2023-01-10',
      wage,
      ...(disabilityPercent === undefined ? {} : { disabilityPercent }),
    });
    expect(amounts(q)).toEqual([[code, expected]]);
    expect(q.total).toBe(expected);
  });

  it('shows the partial formula in both languages', () => {
    const q = quote({
      benefit: 'jkk-disability',
      asOf: '2023-01-10',
      wage: 1_234_567,
      disabilityPercent: 33,
    });
    expect(q.components[0]?.explanation.id).toBe(
      '33% × 80 × upah Rp1.234.567 = Rp32.592.569 (PP 44/2015 jo. PP 82/2019, Lampiran III)',
    );
    expect(q.components[0]?.explanation.en).toBe(
      '33% × 80 × wage Rp1,234,567 = Rp32,592,569 (PP 44/2015 jo. PP 82/2019, Lampiran III)',
    );
  });
});
