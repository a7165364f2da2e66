import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';

const jp = (retirementDate: string, contributionMonths: number, averageWage: number, returnRateBp?: number) =>
  quote({
    benefit: 'jp',
    retirementDate,
    contributionMonths,
    averageWage,
    ...(returnRateBp === undefined ? {} : { returnRateBp }),
  });

describe('JP monthly pension (PP 45/2015): 1% × (months ÷ 12) × average wage, within min/max', () => {
  it.each([
    // 1 % × (240 ÷ 12) × 5.000.000 = 1.000.000 (inside 411.400 – 4.932.300, Feb 2026 window, M)
    ['2026-02-01', 240, 5_000_000, 1_000_000],
    // 1 % × (181 ÷ 12) × 5.000.000 = 754.166,67 → 754.167 (rounded once, half up)
    ['2026-06-30', 181, 5_000_000, 754_167],
    // 1 % × (180 ÷ 12) × 2.000.000 = 300.000 < minimum 411.400 → 411.400
    ['2027-01-31', 180, 2_000_000, 411_400],
    // 1 % × (600 ÷ 12) × 20.000.000 = 10.000.000 > maximum 4.932.300 → 4.932.300
    ['2026-12-01', 600, 20_000_000, 4_932_300],
    // 2015 window: 1 % × (180 ÷ 12) × 1.000.000 = 150.000 < minimum 300.000 → 300.000
    ['2015-07-01', 180, 1_000_000, 300_000],
    // 1 % × (600 ÷ 12) × 10.000.000 = 5.000.000 > 2015 maximum 3.600.000 → 3.600.000
    ['2015-12-31', 600, 10_000_000, 3_600_000],
  ])('pension from %s, %i months, average Rp%i: Rp%i a month', (date, months, wage, monthly) => {
    const q = jp(date, months, wage);
    expect(q.eligible).toBe(true);
    expect(q.monthly).toBe(monthly);
    expect(q.total).toBe(monthly); // one monthly payment
    expect(amounts(q)).toEqual([['jp.monthly', monthly]]);
  });

  it('explains the formula and the clamp', () => {
    expect(jp('2027-01-31', 180, 2_000_000).components[0]?.explanation.en).toBe(
      '1% × (180 ÷ 12) × Rp2,000,000 = Rp300,000; raised to the minimum Rp411,400 (PP 45/2015)',
    );
  });

  it.each([
    // min/max known only for Jul–Dec 2015 and Feb 2026 – Jan 2027: other dates name the missing code
    ['2016-01-01'],
    ['2026-01-31'],
    ['2027-02-01'],
  ])('a pension starting %s has no invented min/max', (date) => {
    const error = errorOf(() => jp(date, 240, 5_000_000));
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    expect(error.details).toEqual({ code: 'jp.benefit_min', asOf: date });
  });

  it('did not exist before 1 Jul 2015', () => {
    expect(errorOf(() => jp('2015-06-30', 240, 5_000_000)).code).toBe('PROGRAM_NOT_IN_FORCE');
  });
});

describe('JP pension age (PP 45/2015 Pasal 15): 56, 57 from 2019, +1 every 3 years to 65 in 2043', () => {
  it.each([
    ['2018-12-31', 56],
    ['2019-01-01', 57],
    ['2021-12-31', 57],
    ['2022-01-01', 58],
    ['2025-01-01', 59],
    ['2028-01-01', 60],
    ['2042-12-31', 64],
    ['2043-01-01', 65],
    ['2070-01-01', 65],
  ])('%s: %i', (date, age) => {
    // < 180 months at 0 % return: no min/max needed, so every year has an answer
    expect(jp(date, 12, 1_000_000, 0).pensionAge).toBe(age);
  });
});

describe('JP under 180 months: no pension, lump sum of contributions plus returns', () => {
  it.each([
    // 3 % (2 % employer + 1 % worker) × 5.000.000 = 150.000; 120 × 150.000 = 18.000.000; 0 % return
    [120, 5_000_000, 0, 18_000_000, 0],
    // 3 % × 1.000.000 = 30.000 a month, 6 % a year: m1 0 → 30.000; m2 30.000 × 0,5 % = 150 → 60.150;
    // m3 60.150 × 0,5 % = 300,75 → 301 → 90.451; contributions 90.000, returns 451
    [3, 1_000_000, 600, 90_000, 451],
    // 179 months is still one short: 179 × 3 % × 2.000.000 = 179 × 60.000 = 10.740.000
    [179, 2_000_000, 0, 10_740_000, 0],
  ])('%i months, average Rp%i, %i bp', (months, wage, rate, contributions, returns) => {
    const q = jp('2024-03-01', months, wage, rate);
    expect(q.eligible).toBe(false);
    expect(q.monthly).toBe(0);
    expect(q.conditions).toEqual([expect.objectContaining({ code: 'jp.min_months', met: false })]);
    expect(amounts(q)).toEqual([
      ['jp.lump_contributions', contributions],
      ['jp.lump_returns', returns],
    ]);
    expect(q.total).toBe(contributions + returns);
    expect(q.pensionAge).toBe(58); // 58 for 2022–2024 (PP 45/2015 Pasal 15)
  });

  it('does not guess the return: without returnRateBp the error names jp.return_rate', () => {
    const error = errorOf(() => jp('2024-03-01', 120, 5_000_000));
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    expect(error.details).toEqual({ code: 'jp.return_rate', asOf: '2024-03-01' });
  });
});
