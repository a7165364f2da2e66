import { coverageBp } from '../coverage/coverage.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import { fillEvenly } from './optimizer.fill.ts';
import { entriesOf, Ledger, ORDERS, takeInOrder } from './optimizer.order.ts';
import { districtNote, RULES, reasonFor } from './optimizer.text.ts';

export { RULES };

export type Strategy = 'max_coverage' | 'poorest_first' | 'even_districts';
/**
 * From the welfare list (DTSEN / P3KE): `extreme` is desil 1, the target of Inpres 4/2022; `poor` and
 * `vulnerable` as the list classes them; `unknown` when the person is not on the list.
 */
export type PovertyLevel = 'extreme' | 'poor' | 'vulnerable' | 'unknown';
/** Eligible, unprotected people of one village, occupation and poverty level. */
export interface Pool {
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtCode: string;
  readonly districtName: string;
  readonly occupation: string;
  readonly povertyLevel: PovertyLevel;
  readonly available: number;
  /** Rupiah per worker for the whole period. */
  readonly costPerWorker: number;
}
export interface District {
  readonly code: string;
  readonly name: string;
  readonly workforce: number | null;
  readonly active: number;
  readonly targetBp: number | null;
}
export interface Choice {
  readonly order: number;
  readonly villageCode: string;
  readonly villageName: string;
  readonly districtCode: string;
  readonly districtName: string;
  readonly occupation: string;
  readonly povertyLevel: PovertyLevel;
  readonly workers: number;
  readonly cost: number;
  readonly reason: Bilingual;
}
export interface DistrictOutcome {
  readonly code: string;
  readonly name: string;
  readonly added: number;
  readonly beforeBp: number | null;
  readonly afterBp: number | null;
  readonly targetBp: number | null;
}
export interface OptimizerResult {
  readonly strategy: Strategy;
  readonly rule: Bilingual;
  readonly budget: number;
  readonly workers: number;
  readonly cost: number;
  readonly leftover: number;
  readonly choices: Choice[];
  readonly districts: DistrictOutcome[];
  readonly region: {
    workforce: number | null;
    active: number;
    beforeBp: number | null;
    afterBp: number | null;
  };
}

/** Every listed district, then any district only the pools name, with what was added to each. */
function outcomesOf(districts: readonly District[], ledger: Ledger): DistrictOutcome[] {
  const added = new Map<string, number>();
  const names = new Map<string, string>();
  for (const { entry, workers } of ledger.taken.values()) {
    added.set(entry.pool.districtCode, (added.get(entry.pool.districtCode) ?? 0) + workers);
    names.set(entry.pool.districtCode, entry.pool.districtName);
  }
  const listed = new Set(districts.map((d) => d.code));
  const extra = [...names].filter(([code]) => !listed.has(code));
  const all: District[] = [
    ...districts,
    ...extra.map(([code, name]) => ({ code, name, workforce: null, active: 0, targetBp: null })),
  ];
  return all.map((d) => {
    const plus = added.get(d.code) ?? 0;
    const beforeBp = coverageBp(d.active, d.workforce);
    const afterBp = coverageBp(d.active + plus, d.workforce);
    return { code: d.code, name: d.name, added: plus, beforeBp, afterBp, targetBp: d.targetBp };
  });
}

/** One choice per pool, in the order pools were first chosen, each with its reason. */
function choicesOf(strategy: Strategy, ledger: Ledger, outcomes: readonly DistrictOutcome[]): Choice[] {
  const outcomeOf = new Map(outcomes.map((o) => [o.code, o]));
  // One note per district, not per choice: each percentage formatted costs ~15 µs (a new Intl.NumberFormat).
  const notes = new Map<string, Bilingual>();
  return [...ledger.taken.values()].map(({ entry: { pool }, order, workers }): Choice => {
    const note =
      notes.get(pool.districtCode) ??
      districtNote(strategy, pool.districtName, outcomeOf.get(pool.districtCode));
    notes.set(pool.districtCode, note);
    const { villageCode, villageName, districtCode, districtName, occupation, povertyLevel } = pool;
    const cost = workers * pool.costPerWorker;
    const reason = reasonFor(strategy, pool, workers, note);
    return {
      order,
      villageCode,
      villageName,
      districtCode,
      districtName,
      occupation,
      povertyLevel,
      workers,
      cost,
      reason,
    };
  });
}

/**
 * Chooses whom a budget protects, by one of three stated rules ({@link RULES}). Greedy cheapest-first
 * is optimal for `max_coverage`: every worker is worth the same, any m workers cost at least the m
 * cheapest, and greedy stops only when the next-cheapest worker no longer fits, so no choice of more
 * workers fits either. A budget that buys nobody gives 0 workers and no choices (not an error).
 *
 * @example optimize({ budget: 1_008_000_000, strategy: 'max_coverage', pools: [pool at 12 × Rp16.800 = Rp201.600, 6.000 available], districts, region })
 * // → workers 5_000 (1.008.000.000 ÷ 201.600), cost 1_008_000_000, leftover 0, one choice of 5.000 of 6.000
 */
export function optimize(input: {
  budget: number;
  strategy: Strategy;
  pools: readonly Pool[];
  districts: readonly District[];
  region: { workforce: number | null; active: number };
}): OptimizerResult {
  const { budget, strategy, pools, districts, region } = input;
  if (!Number.isSafeInteger(budget) || budget < 0)
    throw new RangeError(`budget must be whole, non-negative rupiah, got ${budget}`);
  const entries = entriesOf(pools, districts);
  const ledger = new Ledger(budget);
  if (strategy === 'even_districts') fillEvenly(entries, districts, ledger);
  else takeInOrder([...entries].sort(ORDERS[strategy]), ledger);
  const outcomes = outcomesOf(districts, ledger);
  const choices = choicesOf(strategy, ledger, outcomes);
  const workers = choices.reduce((sum, c) => sum + c.workers, 0);
  const cost = budget - ledger.left;
  const after = coverageBp(region.active + workers, region.workforce);
  return {
    strategy,
    rule: RULES[strategy],
    budget,
    workers,
    cost,
    leftover: ledger.left,
    choices,
    districts: outcomes,
    region: { ...region, beforeBp: coverageBp(region.active, region.workforce), afterBp: after },
  };
}
