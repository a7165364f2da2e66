import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { district, pool, run } from './optimizer.fixtures.ts';
import type { District, Pool, Strategy } from './optimizer.rules.ts';

/** The per-worker rule, one worker at a time and every district scanned: the reference for the heap. */
function evenByHand(
  budget: number,
  pools: readonly Pool[],
  districts: readonly District[],
): Map<number, number> {
  const rank = { extreme: 0, poor: 1, vulnerable: 2, unknown: 3 };
  const got = new Map<number, number>();
  const left = () => pools.reduce((b, p, i) => b - (got.get(i) ?? 0) * p.costPerWorker, budget);
  const order = pools
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank[a.p.povertyLevel] - rank[b.p.povertyLevel] ||
        a.p.costPerWorker - b.p.costPerWorker ||
        (a.p.villageCode < b.p.villageCode ? -1 : a.p.villageCode > b.p.villageCode ? 1 : 0),
    );
  const nextIn = (code: string) =>
    order.find(
      ({ p, i }) => p.districtCode === code && (got.get(i) ?? 0) < p.available && p.costPerWorker <= left(),
    );
  const codes = [...new Set(pools.map((p) => p.districtCode))].sort();
  const measured = codes.filter((c) => (districts.find((d) => d.code === c)?.workforce ?? 0) > 0);
  for (;;) {
    const levels = measured
      .filter((c) => nextIn(c))
      .map((c) => {
        const d = districts.find((x) => x.code === c) as District;
        const added = pools.reduce((s, p, i) => s + (p.districtCode === c ? (got.get(i) ?? 0) : 0), 0);
        return { c, level: (d.active + added) / ((d.workforce as number) * (d.targetBp || 10_000)) };
      })
      .sort((a, b) => a.level - b.level || (a.c < b.c ? -1 : 1));
    const lowest = levels[0];
    if (!lowest) break;
    const { i } = nextIn(lowest.c) as { i: number };
    got.set(i, (got.get(i) ?? 0) + 1);
  }
  for (const c of codes.filter((x) => !measured.includes(x)))
    for (let next = nextIn(c); next; next = nextIn(c)) got.set(next.i, (got.get(next.i) ?? 0) + 1);
  return got;
}

const arbitraryCase = fc
  .record({
    districts: fc.array(
      fc.record({
        // Few distinct workforces and targets, so districts often stand level and the tie rule is exercised.
        workforce: fc.option(fc.constantFrom(10, 20, 37), { nil: null, freq: 4 }),
        active: fc.integer({ min: 0, max: 12 }),
        targetBp: fc.option(fc.constantFrom(5_000, 10_000, 3_333), { nil: null }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    pools: fc.array(
      fc.record({
        district: fc.nat(),
        povertyLevel: fc.constantFrom(
          'extreme' as const,
          'poor' as const,
          'vulnerable' as const,
          'unknown' as const,
        ),
        available: fc.integer({ min: 0, max: 8 }),
        costPerWorker: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 6 },
    ),
    budget: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ districts, pools, budget }) => ({
    budget,
    districts: districts.map((d, i) => district(`D${i}`, d.workforce, d.active, d.targetBp)),
    pools: pools.map((p, i) => {
      const code = `D${p.district % districts.length}`;
      return pool(`${code}-${i}`, { ...p, districtCode: code, districtName: code });
    }),
  }));
/** Two districts level from the start and money for one worker: the tie goes to the lower code. */
const LEVEL_TIE = {
  budget: 1,
  districts: [district('D0', 10, 0, null), district('D1', 10, 0, null)],
  pools: ['D1', 'D0'].map((code) => pool(`${code}-1`, { districtCode: code, costPerWorker: 1 })),
};
const strategies = fc.constantFrom<Strategy>('max_coverage', 'poorest_first', 'even_districts');

describe('optimizer properties (fast-check)', () => {
  it('never overspends, never takes more than a pool has, and adds up', () => {
    fc.assert(
      fc.property(arbitraryCase, strategies, ({ budget, pools, districts }, strategy) => {
        const result = run(budget, strategy, pools, districts);
        expect(result.cost).toBeLessThanOrEqual(budget);
        expect(result.leftover).toBe(budget - result.cost);
        expect(result.choices.reduce((s, c) => s + c.workers, 0)).toBe(result.workers);
        expect(result.choices.reduce((s, c) => s + c.cost, 0)).toBe(result.cost);
        expect(result.districts.reduce((s, d) => s + d.added, 0)).toBe(result.workers);
        expect(result.choices.map((c) => c.order)).toEqual(result.choices.map((_, i) => i + 1));
        for (const c of result.choices) {
          const source = pools.find((p) => p.villageCode === c.villageCode) as Pool;
          expect(c.workers).toBeGreaterThan(0);
          expect(c.workers).toBeLessThanOrEqual(source.available);
          expect(c.cost).toBe(c.workers * source.costPerWorker);
        }
      }),
    );
  });

  it('with unlimited money every available worker is chosen', () => {
    fc.assert(
      fc.property(arbitraryCase, strategies, ({ pools, districts }, strategy) => {
        const everything = pools.reduce((s, p) => s + p.available * p.costPerWorker, 0);
        const result = run(everything, strategy, pools, districts);
        expect(result.workers).toBe(pools.reduce((s, p) => s + p.available, 0));
        expect(result.leftover).toBe(0);
      }),
    );
  });

  it('max_coverage buys as many workers as any choice could (brute force)', () => {
    const most = (pools: readonly Pool[], budget: number): number => {
      const [first, ...rest] = pools;
      if (!first) return 0;
      let best = most(rest, budget);
      for (let n = 1; n <= first.available && n * first.costPerWorker <= budget; n++)
        best = Math.max(best, n + most(rest, budget - n * first.costPerWorker));
      return best;
    };
    fc.assert(
      fc.property(arbitraryCase, ({ budget, pools, districts }) => {
        expect(run(budget, 'max_coverage', pools, districts).workers).toBe(most(pools, budget));
      }),
    );
  });

  it('even_districts batched in a heap gives what one worker at a time gives', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ budget, pools, districts }) => {
        const result = run(budget, 'even_districts', pools, districts);
        const byHand = evenByHand(budget, pools, districts);
        const index = (code: string) => pools.findIndex((p) => p.villageCode === code);
        expect(new Map(result.choices.map((c) => [index(c.villageCode), c.workers]))).toEqual(
          new Map([...byHand].filter(([, n]) => n > 0)),
        );
      }),
      { numRuns: 1_000, examples: [[LEVEL_TIE]] },
    );
  });
});
