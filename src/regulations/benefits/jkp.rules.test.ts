import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';
import type { BenefitInput } from './benefit.types.ts';

const jkp = (dismissalDate: string, wage: number, extra: Partial<BenefitInput> = {}) =>
  quote({ benefit: 'jkp', dismissalDate, wage, ...extra });

describe('JKP cash benefit: PP 37/2021 until 6 Feb 2025, PP 6/2025 from 7 Feb 2025', () => {
  it.each([
    // PP 37/2021: 3 × 45 % × 4.000.000 + 3 × 25 % × 4.000.000 = 3 × 1.800.000 + 3 × 1.000.000 = 8.400.000
    [
      '2025-02-06',
      4_000_000,
      [
        ['jkp.tier1', 5_400_000],
        ['jkp.tier2', 3_000_000],
      ],
      8_400_000,
      1_800_000,
    ],
    // PP 6/2025: 6 × 60 % × 4.000.000 = 6 × 2.400.000 = 14.400.000
    ['2025-02-07', 4_000_000, [['jkp.tier1', 14_400_000]], 14_400_000, 2_400_000],
    // cap Rp5.000.000 (PP 37/2021): 3 × 45 % × 5.000.000 + 3 × 25 % × 5.000.000 = 6.750.000 + 3.750.000
    [
      '2021-02-02',
      7_000_000,
      [
        ['jkp.tier1', 6_750_000],
        ['jkp.tier2', 3_750_000],
      ],
      10_500_000,
      2_250_000,
    ],
    // cap under PP 6/2025: 6 × 60 % × min(7.000.000, 5.000.000) = 6 × 3.000.000 = 18.000.000
    ['2026-01-10', 7_000_000, [['jkp.tier1', 18_000_000]], 18_000_000, 3_000_000],
    // rounding once a month: 60 % × 3.333.333 = 1.999.999,8 → 2.000.000; × 6 = 12.000.000
    ['2025-03-01', 3_333_333, [['jkp.tier1', 12_000_000]], 12_000_000, 2_000_000],
  ])('dismissed %s, wage Rp%i', (date, wage, lines, total, monthly) => {
    const q = jkp(date, wage);
    expect(amounts(q)).toEqual(lines);
    expect(q.total).toBe(total);
    expect(q.monthly).toBe(monthly);
    expect(q.parameters.find((p) => p.code === 'jkp.tier1.rate')?.legalBasis).toBe(
      date < '2025-02-07' ? 'PP 37/2021' : 'PP 6/2025',
    );
  });

  it('explains the cap', () => {
    expect(jkp('2026-01-10', 7_000_000).components[0]?.explanation.id).toBe(
      '6 × 60% × Rp5.000.000 (upah Rp7.000.000 dibatasi Rp5.000.000) = 6 × Rp3.000.000 = Rp18.000.000 (PP 6/2025, Pasal 21)',
    );
  });

  it('did not exist before 2 Feb 2021', () => {
    const error = errorOf(() => jkp('2021-02-01', 4_000_000));
    expect(error.code).toBe('PROGRAM_NOT_IN_FORCE');
    expect(error.details).toMatchObject({ firstDate: '2021-02-02' });
  });
});

const ALL_MET: Partial<BenefitInput> = {
  contributionMonths: 12,
  consecutiveMonths: 6,
  reason: 'dismissal',
  monthsSinceDismissal: 6,
  ageAtRegistration: 53,
};

describe('JKP eligibility (PP 37/2021 jo. PP 6/2025)', () => {
  it('all conditions met at their limits: 12 of 24 months, 6 in a row, dismissal, 6 months, age 53', () => {
    const q = jkp('2025-06-01', 4_000_000, ALL_MET);
    expect(q.eligible).toBe(true);
    expect(q.total).toBe(14_400_000); // 6 × 60 % × 4.000.000
    expect(q.conditions.map((c) => [c.code, c.met])).toEqual([
      ['jkp.min_contribution_months', true],
      ['jkp.min_consecutive_months', true],
      ['jkp.claim_window_months', true],
      ['jkp.max_registration_age', true],
      ['jkp.reason', true],
    ]);
  });

  it.each<[string, Partial<BenefitInput>]>([
    ['jkp.min_contribution_months', { contributionMonths: 11 }],
    ['jkp.min_consecutive_months', { consecutiveMonths: 5 }],
    ['jkp.claim_window_months', { monthsSinceDismissal: 7 }],
    ['jkp.max_registration_age', { ageAtRegistration: 54 }],
    ['jkp.reason', { reason: 'resignation' }],
    ['jkp.reason', { reason: 'retirement' }],
    ['jkp.reason', { reason: 'contract-end' }],
    ['jkp.reason', { reason: 'disability' }],
    ['jkp.reason', { reason: 'death' }],
  ])('%s fails with %j: not eligible, total 0', (code, change) => {
    const q = jkp('2025-06-01', 4_000_000, { ...ALL_MET, ...change });
    expect(q.eligible).toBe(false);
    expect(q.total).toBe(0);
    expect(q.monthly).toBe(0);
    expect(q.components).toEqual([]);
    expect(q.conditions.filter((c) => !c.met).map((c) => c.code)).toEqual([code]);
  });

  it('names the conditions it could not check', () => {
    const q = jkp('2025-06-01', 4_000_000, { reason: 'dismissal' });
    expect(q.eligible).toBe(true);
    expect(q.notes.map((n) => n.en)).toContain(
      'Not checked (not given): 12 contribution months within 24; 6 months in a row; claim within 6 months; registered under 54.',
    );
  });

  it('takes contribution months within the 24-month window only', () => {
    const error = errorOf(() => jkp('2025-06-01', 4_000_000, { contributionMonths: 25 }));
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.bilingual.en).toMatch(/within the last 24/);
  });
});
