import fs from 'node:fs';
import path from 'node:path';

/**
 * Where synthetic Indonesians live and work (issue 8), deterministic:
 * - a province's share of participants is its published count of active BPJS Ketenagakerjaan
 *   participants (Dec 2023, src/demo/data/bpjstk_participants_by_province_2023-12.csv); the four
 *   Papua provinces created in 2022 have no published figure and get their BPS employed population
 *   (Aug 2024) × the national ratio of participants to employed;
 * - inside a province, a village's weight is 4 for a kelurahan (urban; 4th code part starting with 1)
 *   and 1 for a desa, times a seeded factor 0.5–1.5: people and employers follow those weights;
 * - a village's workforce (the denominator) is its province's BPS employed population spread by the
 *   same weights.
 */
export interface Geography {
  readonly villages: readonly string[];
  /** Cumulative participant weights over `villages` (last = 1): draw a village with {@link pickVillage}. */
  readonly cumulative: Float64Array;
  /** Village indices of each regency (`PP.RR`), for workers living near their employer. */
  readonly regencyVillages: ReadonlyMap<string, readonly number[]>;
  /** Workforce (BPS employed) per village, in `villages` order. */
  readonly workforce: Int32Array;
}

const DATA = path.resolve('src/demo/data');

function readCsvColumn(file: string, key: string, value: string): Map<string, number> {
  const [head, ...lines] = fs.readFileSync(path.join(DATA, file), 'utf8').trim().split('\n');
  const columns = (head ?? '').split(',');
  const k = columns.indexOf(key);
  const v = columns.indexOf(value);
  const out = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    const n = Number(cells[v]);
    if (cells[k] && cells[v] !== '' && Number.isFinite(n) && n > 0) out.set(cells[k] as string, n);
  }
  return out;
}

/** A seeded integer hash to [0, 1) (splitmix-style): fast enough for 45 M people. */
export function hash01(seed: number, a: number, b = 0): number {
  let h = (seed ^ Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  return ((h ^ (h >>> 15)) >>> 0) / 2 ** 32;
}

export function buildGeography(villageCodes: readonly string[], seed: number): Geography {
  const participants = readCsvColumn(
    'bpjstk_participants_by_province_2023-12.csv',
    'province_code',
    'active_participants',
  );
  const employed = readCsvColumn('bps_employed_by_province.csv', 'province_code', 'employed');
  let p = 0;
  let e = 0;
  for (const [code, n] of participants)
    if (employed.has(code)) {
      p += n;
      e += employed.get(code) ?? 0;
    }
  const ratio = p / e;
  const provinceWeight = (code: string) => participants.get(code) ?? (employed.get(code) ?? 0) * ratio;
  const villageWeight = villageCodes.map(
    (code, i) => (code.split('.')[3]?.startsWith('1') ? 4 : 1) * (0.5 + hash01(seed, i, 1)),
  );
  const perProvince = new Map<string, number>();
  villageCodes.forEach((code, i) => {
    const province = code.slice(0, 2);
    perProvince.set(province, (perProvince.get(province) ?? 0) + (villageWeight[i] as number));
  });
  const weights = villageCodes.map((code, i) => {
    const province = code.slice(0, 2);
    return (provinceWeight(province) * (villageWeight[i] as number)) / (perProvince.get(province) ?? 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(villageCodes.length);
  let running = 0;
  weights.forEach((w, i) => {
    running += w / total;
    cumulative[i] = running;
  });
  cumulative[villageCodes.length - 1] = 1;
  const workforce = new Int32Array(villageCodes.length);
  villageCodes.forEach((code, i) => {
    const province = code.slice(0, 2);
    const share = (villageWeight[i] as number) / (perProvince.get(province) ?? 1);
    workforce[i] = Math.max(1, Math.round((employed.get(province) ?? 0) * share));
  });
  const regencyVillages = new Map<string, number[]>();
  villageCodes.forEach((code, i) => {
    const regency = code.slice(0, 5);
    const list = regencyVillages.get(regency) ?? [];
    list.push(i);
    regencyVillages.set(regency, list);
  });
  return { villages: villageCodes, cumulative, regencyVillages, workforce };
}

/** The village whose cumulative weight first reaches `u` (binary search). */
export function pickVillage(geo: Geography, u: number): number {
  let lo = 0;
  let hi = geo.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((geo.cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
