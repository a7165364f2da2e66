import type { Month } from '../shared/month.ts';
import type { Target } from '../targets/targets.rules.ts';
import {
  bpOf,
  DETAILED,
  PANGKALPINANG_DEC_2023,
  PANGKALPINANG_JUN_2024,
  pctOf,
  villageActivity,
  villageSize,
} from './demo.anchors.ts';
import { bpsDatasets } from './demo.bps.ts';
import {
  childrenOf,
  childSegments,
  childSeries,
  type DemoActiveRow,
  toRows,
  villagesOf,
} from './demo.children.ts';
import { type DemoInput, need, reported } from './demo.input.ts';
import { DEMO_MONTHS, nationalSeries, segmentShares, splitSegments } from './demo.national.ts';
import { nationalAnchors, provinceAnchors, provinceSegments } from './demo.provinces.ts';
import { type Anchor, type Segments, type Series, seriesThrough } from './demo.series.ts';
import { type DemoDataset, type PotentialResult, potentialDatasets } from './demo.workforce.ts';

export type { DemoActiveRow } from './demo.children.ts';
export type { DemoDataset } from './demo.workforce.ts';

export interface DemoData {
  readonly datasets: DemoDataset[];
  readonly targets: Target[];
  /** Active rows in import batches, each with the source label the dashboard shows. */
  readonly active: { source: string; rows: DemoActiveRow[] }[];
}

/** Totals and segment splits of a set of regions, by code. */
interface Figures {
  readonly totals: Map<string, Series>;
  readonly segments: Map<string, Segments>;
}

const emptyFigures = (): Figures => ({ totals: new Map(), segments: new Map() });

function addChildren(into: Figures, series: Map<string, Series>, parentSegments: Segments): void {
  for (const [code, s] of series) {
    into.totals.set(code, s);
    into.segments.set(code, childSegments(s, parentSegments));
  }
}

/** Every province with a published Dec 2023 count, through its own reported anchors where it has them. */
function provinceFigures(input: DemoInput, national: Series, shares: Segments): Figures {
  const figures = emptyFigures();
  for (const row of input.participants2023) {
    if (row.active === null) continue;
    const series = seriesThrough(provinceAnchors(input, row.regionCode, row.active), DEMO_MONTHS, national);
    figures.totals.set(row.regionCode, series);
    figures.segments.set(row.regionCode, provinceSegments(row.regionCode, series, shares));
  }
  return figures;
}

/** Jambi: five regencies pinned to reported figures, the rest shared by BPS employed (Aug 2021). */
function jambiPinned(input: DemoInput, workforce: PotentialResult): Map<string, Anchor[]> {
  const at = (code: string, period: string) => reported(input.reported, code, period);
  const aug2024 = '2024-08' as Month;
  const sarolangun = at(DETAILED.sarolangun, '2024-10');
  const pinned = new Map<string, Anchor[]>([
    [
      DETAILED.sarolangun,
      [
        {
          month: '2024-10' as Month,
          value: pctOf(need(sarolangun.workforce, 'Sarolangun'), bpOf(need(sarolangun.coveragePct, 'pct'))),
        },
      ],
    ],
    [
      DETAILED.batanghari,
      [{ month: aug2024, value: need(at(DETAILED.batanghari, '2024-08').active, 'Batanghari') }],
    ],
  ]);
  for (const code of ['15.71', '15.09', '15.07']) {
    const pot = need(workforce.potential2024.get(code), `potential ${code}`);
    pinned.set(code, [
      { month: aug2024, value: pctOf(pot, bpOf(need(at(code, '2024-08').coveragePct, code))) },
    ]);
  }
  return pinned;
}

/** Regencies of Jambi and Bangka Belitung (all), and Musi Banyuasin in Sumatera Selatan. */
function regencyFigures(input: DemoInput, provinces: Figures, workforce: PotentialResult): Figures {
  const figures = emptyFigures();
  const total = (code: string) => need(provinces.totals.get(code), `${code} series`);
  const segments = (code: string) => need(provinces.segments.get(code), `${code} segments`);
  const jambi = childSeries(
    total(DETAILED.jambi),
    childrenOf(input, DETAILED.jambi),
    workforce.jambiWeights,
    jambiPinned(input, workforce),
  );
  addChildren(figures, jambi, segments(DETAILED.jambi));
  // Pangkalpinang pinned (−10.97 % from an illustrative 36,000 in Dec 2023), the rest by villages.
  const pangkalpinang: Anchor[] = [
    { month: '2023-12' as Month, value: PANGKALPINANG_DEC_2023 },
    { month: '2024-06' as Month, value: PANGKALPINANG_JUN_2024 },
  ];
  const babelPinned = new Map([[DETAILED.pangkalpinang as string, pangkalpinang]]);
  const babel = childSeries(
    total(DETAILED.babel),
    childrenOf(input, DETAILED.babel),
    input.villageCounts,
    babelPinned,
  );
  addChildren(figures, babel, segments(DETAILED.babel));
  const at = (period: string) =>
    need(reported(input.reported, DETAILED.muba, period).active, `Musi Banyuasin ${period}`);
  const muba = seriesThrough(
    [
      { month: '2024-12' as Month, value: at('2024-12') },
      { month: '2025-07' as Month, value: at('2025-07') },
    ],
    DEMO_MONTHS,
    total(DETAILED.sumsel),
  );
  addChildren(figures, new Map([[DETAILED.muba, muba]]), segments(DETAILED.sumsel));
  return figures;
}

/** Villages of Sarolangun and Pangkalpinang: a stable pseudo-random spread that adds up exactly. */
function villageFigures(input: DemoInput, regencies: Figures): Figures {
  const figures = emptyFigures();
  for (const regency of [DETAILED.sarolangun, DETAILED.pangkalpinang]) {
    const villages = villagesOf(input, regency);
    const weights = new Map(villages.map((v) => [v, villageSize(v) * villageActivity(v)]));
    const series = childSeries(need(regencies.totals.get(regency), regency), villages, weights, new Map());
    addChildren(figures, series, need(regencies.segments.get(regency), `${regency} segments`));
  }
  return figures;
}

/**
 * Builds the whole demo data set (Jan 2023 – Dec 2025) from the copied reference figures, by the rules
 * written in src/demo/data/SOURCES.md. Pure and deterministic: the same input gives the same rows.
 */
export function generateDemo(input: DemoInput): DemoData {
  const anchors = nationalAnchors(input);
  const national = nationalSeries(anchors);
  const shares = segmentShares(anchors);
  const provinces = provinceFigures(input, national, shares);
  const workforce = potentialDatasets(input, provinces.totals);
  const regencies = regencyFigures(input, provinces, workforce);
  const villages = villageFigures(input, regencies);
  const nationalSegments: Segments = new Map(
    DEMO_MONTHS.map((m) => [m, splitSegments(national.get(m) as number, shares.get(m) as number[])]),
  );
  return {
    datasets: [...bpsDatasets(input), ...workforce.datasets],
    targets: demoTargets(input),
    active: [
      {
        source: 'DEMO — BPJS Ketenagakerjaan nasional (Des 2023, Des 2024, Apr 2025) dan interpolasi',
        rows: toRows(new Map([['00', national]]), new Map([['00', nationalSegments]])),
      },
      {
        source: 'DEMO — Kemnaker Satu Data (Des 2023), angka yang dilaporkan, tren nasional',
        rows: toRows(provinces.totals, provinces.segments),
      },
      {
        source: 'DEMO — angka kabupaten/kota yang dilaporkan dan pembagian menurut aturan',
        rows: toRows(regencies.totals, regencies.segments),
      },
      {
        source: 'DEMO — sebaran sintetis per desa/kelurahan',
        rows: toRows(villages.totals, villages.segments),
      },
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
