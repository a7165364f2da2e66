import { coverageBp } from '../coverage/coverage.rules.ts';
import type { District, Pool, PovertyLevel, Strategy } from './optimizer.rules.ts';
import { floorDiv } from './simulator.rules.ts';

const POVERTY_RANK: Record<PovertyLevel, number> = { extreme: 0, poor: 1, vulnerable: 2, unknown: 3 };

/** A pool with its input position and its district's coverage now (unknown sorts last). */
export interface Entry {
  readonly pool: Pool;
  readonly index: number;
  readonly districtBp: number;
}
export type Order = (a: Entry, b: Entry) => number;

export const byCost: Order = (a, b) => a.pool.costPerWorker - b.pool.costPerWorker;
export const byPoverty: Order = (a, b) =>
  POVERTY_RANK[a.pool.povertyLevel] - POVERTY_RANK[b.pool.povertyLevel];
export const byDistrictBp: Order = (a, b) =>
  a.districtBp === b.districtBp ? 0 : a.districtBp < b.districtBp ? -1 : 1;
/** Codes compare by code point, not locale: stable everywhere and cheap (ICU collation is slow). */
export const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byPlace: Order = (a, b) =>
  ordinal(a.pool.villageCode, b.pool.villageCode) || ordinal(a.pool.occupation, b.pool.occupation);
export const chain =
  (...orders: Order[]): Order =>
  (a, b) => {
    for (const order of orders) {
      const c = order(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };

export const ORDERS: Record<Exclude<Strategy, 'even_districts'>, Order> = {
  max_coverage: chain(byCost, byDistrictBp, byPlace),
  poorest_first: chain(byPoverty, byCost, byDistrictBp, byPlace),
};

/** Pools checked (a price of zero or a fractional count is a caller's bug) and tagged with their district's coverage. */
export function entriesOf(pools: readonly Pool[], districts: readonly District[]): Entry[] {
  const coverageOf = new Map(districts.map((d) => [d.code, coverageBp(d.active, d.workforce)]));
  return pools.map((pool, index): Entry => {
    const { costPerWorker, available } = pool;
    if (
      !Number.isSafeInteger(costPerWorker) ||
      costPerWorker <= 0 ||
      !Number.isSafeInteger(available) ||
      available < 0
    )
      throw new RangeError(
        `pool ${pool.villageCode}/${pool.occupation}: cost must be positive, available whole`,
      );
    return { pool, index, districtBp: coverageOf.get(pool.districtCode) ?? Number.POSITIVE_INFINITY };
  });
}

/** Who took how many from which pool, in the order pools were first chosen. */
export class Ledger {
  readonly taken = new Map<number, { entry: Entry; order: number; workers: number }>();
  constructor(public left: number) {}
  take(entry: Entry, workers: number): void {
    const row = this.taken.get(entry.index);
    if (row) row.workers += workers;
    else this.taken.set(entry.index, { entry, order: this.taken.size + 1, workers });
    this.left -= workers * entry.pool.costPerWorker;
  }
}

/** Whole pools in order while the budget lasts, a pool the rest does not cover in part (⌊rest ÷ cost⌋). */
export function takeInOrder(entries: readonly Entry[], ledger: Ledger): void {
  for (const entry of entries) {
    const workers = Math.min(entry.pool.available, floorDiv(ledger.left, entry.pool.costPerWorker));
    if (workers > 0) ledger.take(entry, workers);
  }
}
