import { describe, expect, it } from 'vitest';
import { district, pool, run, YEAR } from './optimizer.fixtures.ts';
import type { OptimizerResult, Pool } from './optimizer.rules.ts';

const HALF_YEAR = 6 * 16_800; // 100.800
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
