import { groupBy } from '../shared/collections.ts';
import {
  byCost,
  byPlace,
  byPoverty,
  chain,
  type Entry,
  type Ledger,
  ordinal,
  takeInOrder,
} from './optimizer.order.ts';
import type { District } from './optimizer.rules.ts';
import { floorDiv } from './simulator.rules.ts';

/** A district in the water-filling: its level is active ÷ (workforce × target), kept up to date. */
interface Lane {
  readonly code: string;
  readonly scale: number;
  active: number;
  level: number;
  readonly entries: Entry[];
  next: number;
  used: number;
}

/** Whether a lane at `level` comes before `other`: lower level first, ties by code (input order does not matter). */
const before = (level: number, code: string, other: Lane): boolean =>
  level < other.level || (level === other.level && code < other.code);
const below = (a: Lane, b: Lane): boolean => before(a.level, a.code, b);

/** A binary heap of lanes, lowest level first (ties by code, so the result does not depend on input order). */
class LaneHeap {
  private readonly items: Lane[] = [];
  get top(): Lane | undefined {
    return this.items[0];
  }
  push(lane: Lane): void {
    const items = this.items;
    let i = items.push(lane) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!below(lane, items[parent] as Lane)) break;
      items[i] = items[parent] as Lane;
      i = parent;
    }
    items[i] = lane;
  }
  pop(): Lane | undefined {
    const items = this.items;
    const first = items[0];
    const last = items.pop() as Lane;
    if (items.length === 0) return first;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && below(items[child + 1] as Lane, items[child] as Lane)) child++;
      if (!below(items[child] as Lane, last)) break;
      items[i] = items[child] as Lane;
      i = child;
    }
    items[i] = last;
    return first;
  }
}

/** The lane's next pool with room that the budget still reaches; a pool out of reach stays out of reach. */
function nextPool(lane: Lane, left: number): Entry | null {
  for (; lane.next < lane.entries.length; lane.next++, lane.used = 0) {
    const entry = lane.entries[lane.next] as Entry;
    if (lane.used < entry.pool.available && entry.pool.costPerWorker <= left) return entry;
  }
  return null;
}

/**
 * How many workers the lowest lane takes before `other` is lower: the smallest j ≥ 1 with lane at
 * active + j no longer below it. One step of the per-worker rule, batched (estimate, then exact checks).
 */
function stepsBelow(lane: Lane, other: Lane): number {
  // No closure here: this runs once per worker once levels meet, and tsx wraps every closure it creates.
  let j = Math.max(1, Math.ceil(other.level * lane.scale) - lane.active);
  while (j > 1 && !before((lane.active + j - 1) / lane.scale, lane.code, other)) j--;
  while (before((lane.active + j) / lane.scale, lane.code, other)) j++;
  return j;
}

/**
 * Water-filling: the next worker goes to the lane lowest against its target. Lanes sit in a heap and a
 * lane takes in one step all the workers it gets before another lane is lower, so the cost is
 * O((pools + steps) × log districts); once levels meet, steps approach one per worker (1e6 workers ×
 * 300 districts × 3,000 pools: about 0,1 s), never workers × districts.
 */
export function fillEvenly(entries: readonly Entry[], districts: readonly District[], ledger: Ledger): void {
  const known = new Map(districts.map((d) => [d.code, d]));
  const groups = groupBy(entries, (entry) => entry.pool.districtCode);
  const order = chain(byPoverty, byCost, byPlace);
  const lanes = [...groups].map(([code, list]): Lane => {
    const district = known.get(code);
    const workforce = district?.workforce ?? 0;
    const target = district?.targetBp && district.targetBp > 0 ? district.targetBp : 10_000;
    const scale = workforce * target;
    const active = district?.active ?? 0;
    return { code, scale, active, level: active / scale, entries: list.sort(order), next: 0, used: 0 };
  });
  const heap = new LaneHeap();
  for (const lane of lanes) if (lane.scale > 0) heap.push(lane);
  for (let lane = heap.pop(); lane; lane = heap.pop()) {
    const entry = nextPool(lane, ledger.left);
    if (!entry) continue;
    const room = Math.min(entry.pool.available - lane.used, floorDiv(ledger.left, entry.pool.costPerWorker));
    const other = heap.top;
    const workers = other ? Math.min(room, stepsBelow(lane, other)) : room;
    ledger.take(entry, workers);
    lane.active += workers;
    lane.level = lane.active / lane.scale;
    lane.used += workers;
    heap.push(lane);
  }
  const unmeasured = lanes.filter((l) => !(l.scale > 0)).sort((a, b) => ordinal(a.code, b.code));
  for (const lane of unmeasured) takeInOrder(lane.entries, ledger);
}
