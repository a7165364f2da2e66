import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type District,
  type OptimizerResult,
  optimize,
  type Pool,
  type Strategy,
} from './optimizer.rules.ts';

/** One BPU worker for a year at government cost: 12 × (JKK 1 % × Rp1.000.000 + JKM Rp6.800) (PP 44/2015 art. 16–18). */
const YEAR = 12 * 16_800; // 201.600
const HALF_YEAR = 6 * 16_800; // 100.800

const pool = (villageCode: string, fields: Partial<Pool> = {}): Pool => ({
  villageCode,
  villageName: `Desa ${villageCode}`,
  districtCode: villageCode.slice(0, 8),
  districtName: `Kec ${villageCode.slice(0, 8)}`,
  occupation: 'petani',
  povertyLevel: 'poor',
  available: 1_000,
  costPerWorker: YEAR,
  ...fields,
});
const district = (
  code: string,
  workforce: number | null,
  active: number,
  targetBp: number | null,
): District => ({
  code,
  name: `Kec ${code}`,
  workforce,
  active,
  targetBp,
});
const run = (budget: number, strategy: Strategy, pools: Pool[], districts: District[] = []) =>
  optimize({ budget, strategy, pools, districts, region: { workforce: 100_000, active: 40_000 } });
const taken = (result: OptimizerResult) => result.choices.map((c) => [c.villageCode, c.workers]);

describe('max_coverage: the most workers a budget buys', () => {
  it('Penajam Paser Utara 2025: Rp1.008.000.000 ÷ Rp201.600 = 5.000 of 6.000 available', () => {
    const result = run(1_008_000_000, 'max_coverage', [pool('64.09.01.2001', { available: 6_000 })]);
    expect(result).toMatchObject({ workers: 5_000, cost: 5_000 * 12 * 16_800, leftover: 0 });
    expect(result.region).toEqual({ workforce: 100_000, active: 40_000, beforeBp: 4_000, afterBp: 4_500 });
    expect(result.choices[0]?.reason.id).toBe(
      'Termurah berikutnya: Rp201.600 per pekerja (kecamatan Kec 64.09.01, cakupan belum diketahui); 5.000 dari 6.000 yang tersedia',
    );
  });

  it('buys nobody below one worker: 0 workers, no choices, the whole budget left', () => {
    expect(run(YEAR - 1, 'max_coverage', [pool('64.09.01.2001')])).toMatchObject({
      workers: 0,
      cost: 0,
      leftover: YEAR - 1,
      choices: [],
    });
  });
});

// Two districts (01 at 30 %, 02 at 40 %), a half-year and a full-year group in each.
const DISTRICTS = [district('64.09.01', 10_000, 3_000, 5_000), district('64.09.02', 10_000, 4_000, 5_000)];
const POOLS = [
  pool('64.09.01.2001', { costPerWorker: YEAR, available: 1_000, povertyLevel: 'poor' }),
  pool('64.09.02.2001', { costPerWorker: HALF_YEAR, available: 2_000, povertyLevel: 'vulnerable' }),
  pool('64.09.01.2002', { costPerWorker: HALF_YEAR, available: 500, povertyLevel: 'extreme' }),
  pool('64.09.02.2002', { costPerWorker: YEAR, available: 1_000, povertyLevel: 'extreme' }),
];
const BUDGET = 2_500 * HALF_YEAR + 500 * YEAR + 100_000; // 352.900.000

describe('the rule decides the order', () => {
  it.each([
    [
      'max_coverage' as const,
      // cheapest first, ties to the lower-coverage district: 500 + 2.000 at 100.800 = 252.000.000;
      // ⌊100.900.000 ÷ 201.600⌋ = 500 of 64.09.01.2001; Rp100.000 buys no Rp201.600 worker.
      [
        ['64.09.01.2002', 500],
        ['64.09.02.2001', 2_000],
        ['64.09.01.2001', 500],
      ],
      3_000,
    ],
    [
      'poorest_first' as const,
      // extreme (Inpres 4/2022) first: 500 × 100.800 + 1.000 × 201.600 = 252.000.000; then poor:
      // ⌊100.900.000 ÷ 201.600⌋ = 500; the vulnerable group at 100.800 no longer fits in Rp100.000.
      [
        ['64.09.01.2002', 500],
        ['64.09.02.2002', 1_000],
        ['64.09.01.2001', 500],
      ],
      2_000,
    ],
  ])('%s', (strategy, expected, workers) => {
    const result = run(BUDGET, strategy, POOLS, DISTRICTS);
    expect(taken(result)).toEqual(expected);
    expect(result).toMatchObject({ workers, cost: BUDGET - 100_000, leftover: 100_000 });
  });

  it('poorest_first spends what a poorer group cannot use on the next group it can', () => {
    // 500 × 100.800 + 1.000 × 201.600 + 150.000 left: no poor worker at 201.600, one vulnerable at 100.800.
    const result = run(500 * HALF_YEAR + 1_000 * YEAR + 150_000, 'poorest_first', POOLS, DISTRICTS);
    expect(taken(result).at(-1)).toEqual(['64.09.02.2001', 1]);
    expect(result.leftover).toBe(150_000 - HALF_YEAR);
    expect(result.choices[0]?.reason.id).toBe(
      'Termiskin berikutnya: miskin ekstrem (desil 1), Rp100.800 per pekerja (kecamatan Kec 64.09.01, cakupan 30,00 %); semua 500 yang tersedia',
    );
  });

  it('states each rule, Indonesian first', () => {
    expect(run(0, 'poorest_first', POOLS).rule.id).toMatch(/^Termiskin dulu \(Inpres 4\/2022/);
    expect(run(0, 'max_coverage', POOLS).rule.en).toMatch(/^Largest coverage: every worker adds the same/);
    expect(run(0, 'even_districts', POOLS).rule.id).toMatch(/^Merata antarkecamatan/);
  });
});

describe('even_districts: water-filling toward each target', () => {
  const A = district('A', 10_000, 3_000, 5_000); // 30 % of a 50 % target: level 0,6
  const B = district('B', 10_000, 4_000, 5_000); // 40 % of 50 %: level 0,8
  const inA = (fields: Partial<Pool> = {}) =>
    pool('A-1', { districtCode: 'A', districtName: 'A', available: 2_000, ...fields });
  const inB = (fields: Partial<Pool> = {}) =>
    pool('B-1', { districtCode: 'B', districtName: 'B', available: 2_000, ...fields });

  it('1.500 workers: A first to 4.000 (1.000), then both alike: A 1.250, B 250 — both 42,50 %', () => {
    const result = run(1_500 * YEAR, 'even_districts', [inB(), inA()], [A, B]);
    expect(taken(result)).toEqual([
      ['A-1', 1_000 + 250],
      ['B-1', 250],
    ]);
    expect(result.districts).toEqual([
      { code: 'A', name: 'Kec A', added: 1_250, beforeBp: 3_000, afterBp: 4_250, targetBp: 5_000 },
      { code: 'B', name: 'Kec B', added: 250, beforeBp: 4_000, afterBp: 4_250, targetBp: 5_000 },
    ]);
    expect(result.choices[0]?.reason.id).toBe(
      'Pemerataan: kecamatan A 30,00 % → 42,50 % (target 50,00 %); miskin, Rp201.600 per pekerja; 1.250 dari 2.000 yang tersedia',
    );
  });

  it.each([
    [
      'no target counts against 100 %: C (50 % of 100 %, level 0,5) before A (0,6) until 6.000; then A to 4.000 with C at 8.000 …',
      [inA({ available: 10_000 }), pool('C-1', { districtCode: 'C', available: 10_000 })],
      [A, district('C', 10_000, 5_000, null)],
      // 1.000 to C (level 0,6 = A's; the tie goes to A by code), then per 0,1 of level A takes 500 and C 1.000:
      // 3.000 more: A 1.000 (0,6 → 0,8), C 2.000 (0,6 → 0,8) — so A 1.000, C 3.000.
      4_000,
      [
        ['C-1', 3_000],
        ['A-1', 1_000],
      ],
    ],
    [
      'a district runs out of people: A has only 300, B takes the rest',
      [inA({ available: 300 }), inB()],
      [A, B],
      1_000,
      [
        ['A-1', 300],
        ['B-1', 700],
      ],
    ],
    [
      'within a district the poorest first, then the cheapest',
      [
        inA({ povertyLevel: 'unknown', costPerWorker: HALF_YEAR }),
        pool('A-2', { districtCode: 'A', povertyLevel: 'extreme', available: 100 }),
      ],
      [A],
      300,
      [
        ['A-2', 100],
        ['A-1', 400], // the Rp201.600 × 100 spent leaves 200 × 201.600 = 400 × 100.800
      ],
    ],
    [
      'districts without a workforce come last',
      [pool('Z-1', { districtCode: 'Z', available: 500 }), inA({ available: 100 }), inB({ available: 100 })],
      [district('Z', null, 0, null), A, B],
      250,
      [
        ['A-1', 100],
        ['B-1', 100],
        ['Z-1', 50],
      ],
    ],
  ])('%s', (_why, pools, districts, workersBought, expected) => {
    const result = run(workersBought * YEAR, 'even_districts', pools, districts);
    expect(taken(result)).toEqual(expected);
  });
});

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
