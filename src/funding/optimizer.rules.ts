import { coverageBp } from '../coverage/coverage.rules.ts';
import { groupBy } from '../shared/collections.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatPercent, formatRupiah, type Lang } from '../shared/format.ts';
import { bilingual, floorDiv } from './simulator.rules.ts';

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

export const RULES: Record<Strategy, Bilingual> = {
  max_coverage: {
    id:
      'Cakupan terbesar: setiap pekerja menambah cakupan wilayah sama besar, jadi anggaran membeli sebanyak ' +
      'mungkin pekerja — kelompok termurah per pekerja lebih dulu (bila sama, kecamatan dengan cakupan ' +
      'terendah), kelompok terakhir sebagian.',
    en:
      "Largest coverage: every worker adds the same to the region's coverage, so the budget buys as many " +
      'workers as possible — the cheapest groups per worker first (ties: the district with the lowest ' +
      'coverage), the last group in part.',
  },
  poorest_first: {
    id:
      'Termiskin dulu (Inpres 4/2022, penghapusan kemiskinan ekstrem): miskin ekstrem, lalu miskin, rentan, ' +
      'dan yang tidak terdata; pada tingkat yang sama termurah lebih dulu, lalu kecamatan dengan cakupan terendah.',
    en:
      'Poorest first (Inpres 4/2022, eradicating extreme poverty): extreme poverty, then poor, vulnerable and ' +
      'those not on the welfare list; within a level the cheapest first, then the district with the lowest coverage.',
  },
  even_districts: {
    id:
      'Merata antarkecamatan: setiap pekerja berikutnya diberikan kepada kecamatan yang cakupannya paling rendah ' +
      'dibandingkan targetnya (tanpa target: dibandingkan 100 %), sehingga kecamatan naik bersama; di dalam ' +
      'kecamatan yang termiskin lalu yang termurah dulu. Kecamatan tanpa angka angkatan kerja terakhir.',
    en:
      'Even across districts: each next worker goes to the district whose coverage is lowest against its ' +
      'target (no target: against 100%), so districts rise together; within a district the poorest, then the ' +
      'cheapest first. Districts without a workforce figure come last.',
  },
};

const POVERTY_RANK: Record<PovertyLevel, number> = { extreme: 0, poor: 1, vulnerable: 2, unknown: 3 };
const POVERTY_LABEL: Record<PovertyLevel, Bilingual> = {
  extreme: { id: 'miskin ekstrem (desil 1)', en: 'extreme poverty (decile 1)' },
  poor: { id: 'miskin', en: 'poor' },
  vulnerable: { id: 'rentan', en: 'vulnerable' },
  unknown: { id: 'tidak terdata di daftar kesejahteraan', en: 'not on the welfare list' },
};

/** A pool with its input position and its district's coverage now (unknown sorts last). */
interface Entry {
  readonly pool: Pool;
  readonly index: number;
  readonly districtBp: number;
}
type Order = (a: Entry, b: Entry) => number;

const byCost: Order = (a, b) => a.pool.costPerWorker - b.pool.costPerWorker;
const byPoverty: Order = (a, b) => POVERTY_RANK[a.pool.povertyLevel] - POVERTY_RANK[b.pool.povertyLevel];
const byDistrictBp: Order = (a, b) =>
  a.districtBp === b.districtBp ? 0 : a.districtBp < b.districtBp ? -1 : 1;
/** Codes compare by code point, not locale: stable everywhere and cheap (ICU collation is slow). */
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byPlace: Order = (a, b) =>
  ordinal(a.pool.villageCode, b.pool.villageCode) || ordinal(a.pool.occupation, b.pool.occupation);
const chain =
  (...orders: Order[]): Order =>
  (a, b) => {
    for (const order of orders) {
      const c = order(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };

/** Who took how many from which pool, in the order pools were first chosen. */
class Ledger {
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
function takeInOrder(entries: readonly Entry[], ledger: Ledger): void {
  for (const entry of entries) {
    const workers = Math.min(entry.pool.available, floorDiv(ledger.left, entry.pool.costPerWorker));
    if (workers > 0) ledger.take(entry, workers);
  }
}

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
function fillEvenly(entries: readonly Entry[], districts: readonly District[], ledger: Ledger): void {
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

const pct = (bp: number | null, lang: Lang): string => formatPercent(bp === null ? null : bp / 100, lang);

/** What a reason says about the pool's district: its coverage now, or (even_districts) its rise. */
function districtNote(strategy: Strategy, name: string, district: DistrictOutcome | undefined): Bilingual {
  return bilingual((lang, say) => {
    const place = `${say('kecamatan', 'district')} ${name}`;
    if (district?.beforeBp == null)
      return strategy === 'even_districts'
        ? `${place} ${say('tanpa angka angkatan kerja, diisi terakhir', 'has no workforce figure, filled last')}`
        : `${place}, ${say('cakupan belum diketahui', 'coverage unknown')}`;
    if (strategy !== 'even_districts')
      return `${place}, ${say('cakupan', 'coverage')} ${pct(district.beforeBp, lang)}`;
    const target = district.targetBp ? pct(district.targetBp, lang) : say('tidak ada', 'none');
    return `${place} ${pct(district.beforeBp, lang)} → ${pct(district.afterBp, lang)} (target ${target})`;
  });
}

/** Why this pool was chosen: the strategy's criterion for it, and how much of it was taken. */
function reasonFor(strategy: Strategy, pool: Pool, workers: number, note: Bilingual): Bilingual {
  return bilingual((lang, say) => {
    const price = `${formatRupiah(pool.costPerWorker, lang)} ${say('per pekerja', 'per worker')}`;
    const poverty = POVERTY_LABEL[pool.povertyLevel][lang];
    const share =
      workers === pool.available
        ? `${say('semua', 'all')} ${formatCount(workers, lang)} ${say('yang tersedia', 'available')}`
        : `${formatCount(workers, lang)} ${say('dari', 'of')} ${formatCount(pool.available, lang)} ${say('yang tersedia', 'available')}`;
    if (strategy === 'max_coverage')
      return `${say('Termurah berikutnya', 'Next cheapest')}: ${price} (${note[lang]}); ${share}`;
    if (strategy === 'poorest_first')
      return `${say('Termiskin berikutnya', 'Next poorest')}: ${poverty}, ${price} (${note[lang]}); ${share}`;
    return `${say('Pemerataan', 'Evening out')}: ${note[lang]}; ${poverty}, ${price}; ${share}`;
  });
}

const ORDERS: Record<Exclude<Strategy, 'even_districts'>, Order> = {
  max_coverage: chain(byCost, byDistrictBp, byPlace),
  poorest_first: chain(byPoverty, byCost, byDistrictBp, byPlace),
};

/** Pools checked (a price of zero or a fractional count is a caller's bug) and tagged with their district's coverage. */
function entriesOf(pools: readonly Pool[], districts: readonly District[]): Entry[] {
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
