import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { componentSum, quote } from './benefit.fixtures.ts';
import type { BenefitInput } from './benefit.types.ts';

const wage = fc.integer({ min: 1, max: 10_000_000_000 });
const date = fc.constantFrom(
  '2019-12-02',
  '2021-02-02',
  '2025-02-06',
  '2025-02-07',
  '2026-02-01',
  '2027-01-31',
);

/** Inputs that always have parameters in the seed, one generator per benefit, parameterized by wage. */
const INPUTS: Record<string, (w: number) => fc.Arbitrary<BenefitInput>> = {
  jkm: () => date.map((d) => ({ benefit: 'jkm', deathDate: d })),
  'jkk-death': (w) => date.map((d) => ({ benefit: 'jkk-death', eventDate: d, wage: w })),
  'jkk-disability': (w) =>
    fc.tuple(date, fc.integer({ min: 1, max: 100 })).map(([d, p]) => ({
      benefit: 'jkk-disability',
      eventDate: d,
      wage: w,
      disabilityPercent: p,
    })),
  stmb: (w) =>
    fc
      .tuple(date, fc.integer({ min: 1, max: 600 }))
      .map(([d, m]) => ({ benefit: 'stmb', eventDate: d, wage: w, months: m })),
  jkp: (w) =>
    fc
      .tuple(
        fc.constantFrom('2021-02-02', '2025-02-06', '2025-02-07', '2030-01-01'),
        fc.integer({ min: 0, max: 24 }),
      )
      .map(([d, c]) => ({ benefit: 'jkp', dismissalDate: d, wage: w, contributionMonths: c })),
  jp: (w) =>
    fc
      .tuple(
        fc.constantFrom('2015-07-01', '2026-02-01', '2027-01-31'),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 2_000 }),
      )
      .map(([d, m, r]) => ({
        benefit: 'jp',
        retirementDate: d,
        contributionMonths: m,
        averageWage: w,
        returnRateBp: r,
      })),
  jht: (w) =>
    fc.tuple(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 2_000 })).map(([m, r]) => ({
      benefit: 'jht',
      asOf: '2025-06-30',
      balance: Math.min(w, 100_000_000_000),
      monthlyContribution: Math.min(w, 1_000_000_000),
      months: m,
      returnRateBp: r,
    })),
};

const anyInput = fc.oneof(
  ...Object.values(INPUTS).map((make) => wage.chain(make)),
  fc
    .tuple(
      fc.constantFrom('jkm', 'jkk'),
      fc.integer({ min: 0, max: 100 }),
      fc.array(fc.constantFrom('tk-sd', 'smp', 'sma', 'university'), { minLength: 1, maxLength: 4 }),
    )
    .map(
      ([cause, months, levels]): BenefitInput => ({
        benefit: 'scholarship',
        cause: cause as 'jkm' | 'jkk',
        deathDate: '2024-01-01',
        ...(cause === 'jkm' ? { contributionMonths: months } : {}),
        children: levels.map((level) => ({ level: level as 'tk-sd' })),
      }),
    ),
);

describe('properties of every benefit quote', () => {
  it('the total is the sum of the components, whole rupiah, never negative; ineligible pays 0 (JP: lump sum)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const q = quote(input);
        expect(q.total).toBe(componentSum(q));
        expect(Number.isSafeInteger(q.total)).toBe(true);
        expect(q.total).toBeGreaterThanOrEqual(0);
        for (const c of q.components) expect(c.amount).toBeGreaterThanOrEqual(0);
        if (!q.eligible && q.benefit !== 'jp') expect(q.total).toBe(0);
        expect(q.eligible).toBe(q.conditions.every((c) => c.met));
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.keys(INPUTS).filter((k) => k !== 'jkm'))('%s is monotonic in the wage', (kind) => {
    const make = INPUTS[kind] as (w: number) => fc.Arbitrary<BenefitInput>;
    fc.assert(
      fc.property(wage, wage, fc.integer({ min: 0, max: 2 ** 31 }), (a, b, seed) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        // the same other fields for both wages: sample once with the low wage, then swap the wage in
        const input = fc.sample(make(low), { seed, numRuns: 1 })[0] as BenefitInput;
        const raised: BenefitInput =
          kind === 'jp'
            ? { ...input, averageWage: high }
            : kind === 'jht'
              ? {
                  ...input,
                  balance: Math.min(high, 100_000_000_000),
                  monthlyContribution: Math.min(high, 1_000_000_000),
                }
              : { ...input, wage: high };
        expect(quote(raised).total).toBeGreaterThanOrEqual(quote(input).total);
      }),
      { numRuns: 150 },
    );
  });
});
