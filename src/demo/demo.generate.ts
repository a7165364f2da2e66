import type { Segment } from '../db/schema.ts';
import type { Month } from '../shared/month.ts';
import type { Target } from '../targets/targets.rules.ts';
import {
  babelPotential2024,
  bpOf,
  DETAILED,
  PANGKALPINANG_DEC_2023,
  PANGKALPINANG_JUN_2024,
  pctOf,
  villageActivity,
  villageSize,
} from './demo.anchors.ts';
import { type DemoInput, need, reported } from './demo.input.ts';
import {
  DEMO_MONTHS,
  type NationalAnchor,
  nationalSeries,
  segmentShares,
  splitSegments,
} from './demo.national.ts';
import { type Anchor, apportion, seriesThrough } from './demo.series.ts';
import { bpsDatasets, type DemoDataset, potentialDatasets } from './demo.workforce.ts';

export type { DemoDataset } from './demo.workforce.ts';

export interface DemoActiveRow {
  readonly regionCode: string;
  readonly month: Month;
  readonly segment: Segment;
  readonly active: number;
}

export interface DemoData {
  readonly datasets: DemoDataset[];
  readonly targets: Target[];
  /** Active rows in import batches, each with the source label the dashboard shows. */
  readonly active: { source: string; rows: DemoActiveRow[] }[];
}

type Series = Map<Month, number>;
type Segments = Map<Month, number[]>;
const SEGMENT_CODES: readonly Segment[] = ['PU', 'BPU', 'JAKON', 'PMI'];

function nationalAnchors(input: DemoInput): NationalAnchor[] {
  const at = (period: string) => reported(input.reported, '00', period);
  const dec2023 = need(at('2023-12').active, 'national Dec 2023');
  const dec2024 = need(at('2024-12').active, 'national Dec 2024');
  // Published splits (reported_coverage.csv notes): Dec 2023 PU 25.00 M, BPU 9.19 M, Jakon 7.36 M;
  // Dec 2024 PU 29.3 M, BPU 9.9 M, Jakon + PMI 6 M (split by the Apr 2025 ratio 4.64 : 0.64);
  // Apr 2025 PU 25.43 M, BPU 8.99 M, Jakon 4.64 M, PMI 0.64 M.
  return [
    {
      month: '2023-12' as Month,
      total: dec2023,
      segments: [25_000_000, 9_190_000, 7_360_000, dec2023 - 41_550_000],
    },
    {
      month: '2024-12' as Month,
      total: dec2024,
      segments: [
        29_300_000,
        9_900_000,
        Math.round((6_000_000 * 464) / 528),
        Math.round((6_000_000 * 64) / 528),
      ],
    },
    {
      month: '2025-04' as Month,
      total: need(at('2025-04').active, 'national Apr 2025'),
      segments: [25_430_000, 8_990_000, 4_640_000, 640_000],
    },
  ];
}

function provinceAnchors(input: DemoInput, code: string, dec2023: number): Anchor[] {
  const anchors: Anchor[] = [{ month: '2023-12' as Month, value: dec2023 }];
  const add = (period: string) =>
    anchors.push({
      month: period as Month,
      value: need(reported(input.reported, code, period).active, `${code} ${period}`),
    });
  if (code === DETAILED.jambi) ['2024-08', '2025-03'].forEach(add);
  if (code === DETAILED.sumsel) add('2024-08');
  if (code === DETAILED.sulsel) add('2024-07');
  if (code === DETAILED.babel) {
    // "33 %" (CNN Indonesia, 2024, month not stated) placed in Jun–Aug 2024, on the 2024 potential base.
    const pot = babelPotential2024(input);
    const pct = bpOf(need(reported(input.reported, code, '2024').coveragePct, 'Babel 33%'));
    anchors.push(
      { month: '2024-06' as Month, value: pctOf(pot, pct) },
      { month: '2024-08' as Month, value: pctOf(pot, pct + 30) },
    );
    ['2024-12', '2025-12'].forEach(add);
  }
  return anchors;
}

function provinceSegments(code: string, totals: Series, shares: Segments): Segments {
  const out: Segments = new Map();
  for (const month of DEMO_MONTHS) {
    const total = totals.get(month) as number;
    const w = shares.get(month) as number[];
    if (code === DETAILED.sumsel) {
      // 690,000 of 1,033,000 are formal (PU) in Aug 2024 (seed 001); the share is kept for every month.
      const pu = Math.round((total * 690_000) / 1_033_000);
      out.set(month, [pu, ...splitSegments(total - pu, w.slice(1))]);
    } else if (code === DETAILED.babel) {
      // Dec 2024: 40.27 % with construction, 35 % without (babel.antaranews.com): Jakon 29,674 of 226,750.
      const jakon = Math.round((total * 29_674) / 226_750);
      const [pu, bpu, pmi] = splitSegments(total - jakon, [w[0] as number, w[1] as number, w[3] as number]);
      out.set(month, [pu as number, bpu as number, jakon, pmi as number]);
    } else out.set(month, splitSegments(total, w));
  }
  return out;
}

/** Children's series: pinned children follow their own anchors, the rest share what is left by weight. */
function childSeries(
  parent: Series,
  children: readonly string[],
  weights: ReadonlyMap<string, number>,
  pinned: ReadonlyMap<string, Anchor[]>,
): Map<string, Series> {
  const result = new Map<string, Series>();
  for (const [code, anchors] of pinned) result.set(code, seriesThrough(anchors, DEMO_MONTHS, parent));
  const free = children.filter((c) => !pinned.has(c));
  for (const code of free) result.set(code, new Map());
  for (const month of DEMO_MONTHS) {
    const rest =
      (parent.get(month) as number) -
      [...pinned.keys()].reduce((s, c) => s + (result.get(c)?.get(month) ?? 0), 0);
    if (rest < 0) throw new Error(`demo: pinned children exceed their parent in ${month}`);
    const parts = apportion(
      rest,
      free.map((c) => need(weights.get(c), `weight ${c}`)),
    );
    free.forEach((code, i) => {
      result.get(code)?.set(month, parts[i] as number);
    });
  }
  return result;
}

function childSegments(series: Series, parentSegments: Segments): Segments {
  return new Map(
    DEMO_MONTHS.map((m) => [m, splitSegments(series.get(m) as number, parentSegments.get(m) as number[])]),
  );
}

const childrenOf = (input: DemoInput, parent: string) =>
  input.tree.filter((n) => n.parentCode === parent).map((n) => n.code);
const villagesOf = (input: DemoInput, regency: string) =>
  input.tree.filter((n) => n.level === 4 && n.code.startsWith(`${regency}.`)).map((n) => n.code);

function toRows(totals: Map<string, Series>, segments: Map<string, Segments>): DemoActiveRow[] {
  const rows: DemoActiveRow[] = [];
  for (const [code, series] of totals) {
    for (const month of DEMO_MONTHS) {
      const parts = segments.get(code)?.get(month);
      if (!parts || series.get(month) === undefined) continue;
      parts.forEach((active, i) => {
        rows.push({ regionCode: code, month, segment: SEGMENT_CODES[i] as Segment, active });
      });
    }
  }
  return rows;
}

/**
 * Builds the whole demo data set (Jan 2023 – Dec 2025) from the copied reference figures, by the rules
 * written in src/demo/data/SOURCES.md. Pure and deterministic: the same input gives the same rows.
 */
export function generateDemo(input: DemoInput): DemoData {
  const anchors = nationalAnchors(input);
  const national = nationalSeries(anchors);
  const shares = segmentShares(anchors);

  const provinceTotals = new Map<string, Series>();
  const provinceSegs = new Map<string, Segments>();
  for (const row of input.participants2023) {
    if (row.active === null) continue;
    const series = seriesThrough(provinceAnchors(input, row.regionCode, row.active), DEMO_MONTHS, national);
    provinceTotals.set(row.regionCode, series);
    provinceSegs.set(row.regionCode, provinceSegments(row.regionCode, series, shares));
  }
  const jambi = need(provinceTotals.get(DETAILED.jambi), 'Jambi series');
  const babel = need(provinceTotals.get(DETAILED.babel), 'Babel series');
  const sumsel = need(provinceTotals.get(DETAILED.sumsel), 'Sumsel series');

  const workforce = potentialDatasets(input, provinceTotals);
  const regencyTotals = new Map<string, Series>();
  const regencySegs = new Map<string, Segments>();
  const addChildren = (parent: string, series: Map<string, Series>, parentSegs: Segments) => {
    for (const [code, s] of series) {
      regencyTotals.set(code, s);
      regencySegs.set(code, childSegments(s, parentSegs));
    }
    void parent;
  };

  // Jambi: five regencies pinned to reported figures, the rest shared by BPS employed (Aug 2021).
  const jambiPinned = new Map<string, Anchor[]>();
  const at = (code: string, period: string) => reported(input.reported, code, period);
  jambiPinned.set(DETAILED.sarolangun, [
    {
      month: '2024-10' as Month,
      value: pctOf(
        need(at('15.03', '2024-10').workforce, 'Sarolangun'),
        bpOf(need(at('15.03', '2024-10').coveragePct, 'pct')),
      ),
    },
  ]);
  jambiPinned.set(DETAILED.batanghari, [
    { month: '2024-08' as Month, value: need(at('15.04', '2024-08').active, 'Batanghari') },
  ]);
  for (const code of ['15.71', '15.09', '15.07']) {
    const pot = need(workforce.potential2024.get(code), `potential ${code}`);
    jambiPinned.set(code, [
      { month: '2024-08' as Month, value: pctOf(pot, bpOf(need(at(code, '2024-08').coveragePct, code))) },
    ]);
  }
  addChildren(
    DETAILED.jambi,
    childSeries(jambi, childrenOf(input, DETAILED.jambi), workforce.jambiWeights, jambiPinned),
    need(provinceSegs.get(DETAILED.jambi), 'segs'),
  );

  // Bangka Belitung: Pangkalpinang pinned (−10.97 % from an illustrative 36,000 in Dec 2023), rest by villages.
  const babelPinned = new Map<string, Anchor[]>([
    [
      DETAILED.pangkalpinang,
      [
        { month: '2023-12' as Month, value: PANGKALPINANG_DEC_2023 },
        { month: '2024-06' as Month, value: PANGKALPINANG_JUN_2024 },
      ],
    ],
  ]);
  addChildren(
    DETAILED.babel,
    childSeries(babel, childrenOf(input, DETAILED.babel), input.villageCounts, babelPinned),
    need(provinceSegs.get(DETAILED.babel), 'segs'),
  );

  // Musi Banyuasin only (Sumatera Selatan's other regencies have no figures in the demo).
  const muba = seriesThrough(
    [
      { month: '2024-12' as Month, value: need(at(DETAILED.muba, '2024-12').active, 'Muba 2024') },
      { month: '2025-07' as Month, value: need(at(DETAILED.muba, '2025-07').active, 'Muba 2025') },
    ],
    DEMO_MONTHS,
    sumsel,
  );
  addChildren(
    DETAILED.sumsel,
    new Map([[DETAILED.muba, muba]]),
    need(provinceSegs.get(DETAILED.sumsel), 'segs'),
  );

  const villageTotals = new Map<string, Series>();
  const villageSegs = new Map<string, Segments>();
  for (const regency of [DETAILED.sarolangun, DETAILED.pangkalpinang]) {
    const villages = villagesOf(input, regency);
    const weights = new Map(villages.map((v) => [v, villageSize(v) * villageActivity(v)]));
    const series = childSeries(need(regencyTotals.get(regency), regency), villages, weights, new Map());
    for (const [code, s] of series) {
      villageTotals.set(code, s);
      villageSegs.set(code, childSegments(s, need(regencySegs.get(regency), 'segs')));
    }
  }

  const nationalSegs: Segments = new Map(
    DEMO_MONTHS.map((m) => [m, splitSegments(national.get(m) as number, shares.get(m) as number[])]),
  );
  return {
    datasets: [...bpsDatasets(input), ...workforce.datasets],
    targets: demoTargets(input),
    active: [
      {
        source: 'DEMO — BPJS Ketenagakerjaan nasional (Des 2023, Des 2024, Apr 2025) dan interpolasi',
        rows: toRows(new Map([['00', national]]), new Map([['00', nationalSegs]])),
      },
      {
        source: 'DEMO — Kemnaker Satu Data (Des 2023), angka yang dilaporkan, tren nasional',
        rows: toRows(provinceTotals, provinceSegs),
      },
      {
        source: 'DEMO — angka kabupaten/kota yang dilaporkan dan pembagian menurut aturan',
        rows: toRows(regencyTotals, regencySegs),
      },
      { source: 'DEMO — sebaran sintetis per desa/kelurahan', rows: toRows(villageTotals, villageSegs) },
    ],
  };
}

function demoTargets(input: DemoInput): Target[] {
  const basisOf = (text: string) => (/^BPS/i.test(text) ? 'bps' : 'potential');
  const targets: Target[] = input.reported
    .filter((r) => r.targetPct !== null && r.targetYear !== null)
    .map((r) => ({
      regionCode: r.regionCode,
      year: r.targetYear as number,
      basis: basisOf(r.basis),
      targetBp: bpOf(r.targetPct as number),
      source: r.source,
      note: 'DEMO',
    }));
  targets.push({
    regionCode: '00',
    year: 2029,
    basis: 'bps',
    targetBp: 4392,
    source: 'RPJMN 2025–2029 (kontan.co.id)',
    note: 'DEMO',
  });
  return targets;
}
