import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';
import { projectSavings } from './savings.rules.ts';

describe('JHT balance projection: monthly compounding, rate ÷ 12, rounded each month', () => {
  it.each([
    // 0 %: 12 × 100.000 = 1.200.000
    [0, 100_000, 12, 0, { contributions: 1_200_000, returns: 0, balance: 1_200_000 }],
    // 6 %: m1 1.000.000 × 0,5 % = 5.000 → 1.105.000; m2 1.105.000 × 0,5 % = 5.525 → 1.210.525;
    // m3 1.210.525 × 0,5 % = 6.052,625 → 6.053 → 1.316.578; returns 5.000 + 5.525 + 6.053 = 16.578
    [1_000_000, 100_000, 3, 600, { contributions: 300_000, returns: 16_578, balance: 1_316_578 }],
    // half up: 100.100 × 6 % ÷ 12 = 500,5 → 501
    [100_100, 0, 1, 600, { contributions: 0, returns: 501, balance: 100_601 }],
    // just below half: 100.099 × 0,5 % = 500,495 → 500
    [100_099, 0, 1, 600, { contributions: 0, returns: 500, balance: 100_599 }],
  ])('opening Rp%i + Rp%i × %i months at %i bp', (opening, monthly, months, rate, expected) => {
    expect(projectSavings(opening, monthly, months, rate)).toEqual(expected);
    const q = quote({
      benefit: 'jht',
      asOf: '2025-06-30',
      balance: opening,
      monthlyContribution: monthly,
      months,
      returnRateBp: rate,
    });
    expect(amounts(q)).toEqual([
      ['jht.opening_balance', opening],
      ['jht.contributions', expected.contributions],
      ['jht.returns', expected.returns],
    ]);
    expect(q.total).toBe(expected.balance);
  });

  it('states its compounding convention and the payout age', () => {
    const q = quote({ benefit: 'jht', asOf: '2025-06-30', months: 1, returnRateBp: 500 });
    expect(q.notes.map((n) => n.en).join(' ')).toMatch(/monthly compounding at the yearly rate ÷ 12/);
    expect(q.notes[0]?.en).toMatch(/paid in full at age 56/);
  });

  it('does not guess the development return: without returnRateBp the error names jht.return_rate', () => {
    const error = errorOf(() =>
      quote({ benefit: 'jht', asOf: '2025-06-30', months: 12, monthlyContribution: 1 }),
    );
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    expect(error.details).toEqual({ code: 'jht.return_rate', asOf: '2025-06-30' });
  });
});

describe('JHT partial withdrawal (PP 46/2015 jo. PP 60/2015 Pasal 22)', () => {
  it.each([
    // housing: 30 % × 100.000.000 = 30.000.000
    ['housing', 100_000_000, 10, true, 30_000_000],
    // retirement: 10 % × 100.000.000 = 10.000.000
    ['retirement', 100_000_000, 25, true, 10_000_000],
    // 10 % × 33.333.335 = 3.333.333,5 → 3.333.334 (half up, once)
    ['retirement', 33_333_335, 10, true, 3_333_334],
    // 9 years < 10: not eligible, nothing paid
    ['housing', 100_000_000, 9, false, 0],
  ] as const)(
    '%s of Rp%i after %i years: eligible %s, Rp%i',
    (withdrawal, balance, membershipYears, eligible, total) => {
      const q = quote({ benefit: 'jht', asOf: '2025-06-30', withdrawal, balance, membershipYears });
      expect(q.eligible).toBe(eligible);
      expect(q.total).toBe(total);
      expect(q.conditions[0]).toMatchObject({ code: 'jht.partial.min_years', met: eligible });
    },
  );

  it('allows one partial withdrawal only', () => {
    const base = {
      benefit: 'jht',
      asOf: '2025-06-30',
      withdrawal: 'housing',
      balance: 1_000_000,
      membershipYears: 12,
    } as const;
    // 30 % × 1.000.000 = 300.000 the first time; nothing the second time
    expect(quote({ ...base, previousWithdrawals: 0 }).total).toBe(300_000);
    const second = quote({ ...base, previousWithdrawals: 1 });
    expect(second.eligible).toBe(false);
    expect(second.total).toBe(0);
    expect(second.notes.at(-1)?.en).toMatch(/if it were met: Rp300,000/);
  });

  it('keeps projection and withdrawal fields apart', () => {
    const error = errorOf(() =>
      quote({
        benefit: 'jht',
        asOf: '2025-06-30',
        withdrawal: 'housing',
        balance: 1,
        membershipYears: 12,
        months: 3,
      }),
    );
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.bilingual.en).toMatch(/months is for the projection only/);
  });
});
