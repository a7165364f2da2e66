import type { Month } from '../shared/month.ts';
import {
  babelPotential2024,
  baseFor,
  bpOf,
  DETAILED,
  PANGKALPINANG_JUN_2024,
  villageSize,
} from './demo.anchors.ts';
import { NOT_COMPARABLE_BPS } from './demo.bps.ts';
import { type DemoInput, type EmployedRow, need, reported } from './demo.input.ts';
import { apportion } from './demo.series.ts';

export interface DemoDataset {
  readonly key: string;
  readonly basis: string;
  readonly name: string;
  readonly referenceMonth: Month;
  readonly source: string;
  readonly rows: { regionCode: string; workforce: number; note: string | null }[];
}

/** Latest BPS employed figure of a province (the period varies by province). */
function latestEmployed(input: DemoInput, code: string): EmployedRow | null {
  const row = input.employedByProvince.find((r) => r.regionCode === code && r.employed !== null);
  return row ?? null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface PotentialResult {
  readonly datasets: DemoDataset[];
  /** Every potential-worker figure of 2024 by region (published, derived and estimated). */
  readonly potential2024: Map<string, number>;
  /** BPS employed Aug 2021 by Jambi regency: the weights that share out Jambi's figures. */
  readonly jambiWeights: Map<string, number>;
}

/**
 * Potential workers (the BPJS basis) for 2024 and 2025: published or derived from published figures
 * where they exist, estimated by the stated rules elsewhere (the note of every estimate says how).
 */
export function potentialDatasets(
  input: DemoInput,
  provinceActive: ReadonlyMap<string, ReadonlyMap<Month, number>>,
): PotentialResult {
  const at = (code: string, period: string) => reported(input.reported, code, period);
  const rows2024: DemoDataset['rows'] = [];
  const put = (regionCode: string, workforce: number, note: string | null) =>
    rows2024.push({ regionCode, workforce, note });

  const published: Record<string, number> = {
    [DETAILED.jambi]: need(at(DETAILED.jambi, '2024-08').workforce, 'Jambi potential'),
    [DETAILED.sumsel]: need(at(DETAILED.sumsel, '2024-08').workforce, 'Sumsel potential'),
    [DETAILED.sulsel]: need(at(DETAILED.sulsel, '2024-07').workforce, 'Sulsel potential'),
    [DETAILED.babel]: babelPotential2024(input),
  };
  for (const [code, value] of Object.entries(published)) {
    put(
      code,
      value,
      code === DETAILED.babel
        ? 'Diturunkan dari angka terbit: 226.750 peserta ÷ 40,27 % (Des 2024)'
        : 'Angka yang dilaporkan',
    );
  }
  const ratios = Object.entries(published).map(
    ([code, value]) => value / need(latestEmployed(input, code)?.employed, `BPS ${code}`),
  );
  const ratio = Math.round(median(ratios) * 1000) / 1000;
  const ratioNote = (what: string) =>
    `Estimasi demo: ${what} × ${ratio.toLocaleString('id-ID')} (median rasio pekerja potensial/BPS di Jambi, Sumsel, Sulsel, Babel)`;

  for (const row of input.employedByProvince) {
    if (row.employed === null || row.regionCode in published || NOT_COMPARABLE_BPS.has(row.regionCode))
      continue;
    const estimate = Math.round(row.employed * ratio);
    const series = provinceActive.get(row.regionCode);
    if (series && Math.max(...series.values()) >= estimate) continue;
    put(row.regionCode, estimate, ratioNote(`BPS ${row.period}`));
  }
  const nationalEmployed = need(reported(input.reported, '00', '2024-12').workforce, 'national employed');
  put('00', Math.round(nationalEmployed * ratio), ratioNote('BPS Agustus 2024'));

  const jambiWeights = new Map(
    input.employedByRegencyJambi
      .filter((r) => r.period === 'Agustus 2021')
      .map((r) => [r.regionCode, need(r.employed, r.regionCode)]),
  );
  const potential2024 = new Map<string, number>(rows2024.map((r) => [r.regionCode, r.workforce]));
  const share = (
    parent: string,
    known: Record<string, number>,
    weights: ReadonlyMap<string, number>,
    note: string,
  ) => {
    const others = input.tree.filter((n) => n.parentCode === parent && !(n.code in known)).map((n) => n.code);
    const rest = need(potential2024.get(parent), parent) - Object.values(known).reduce((a, b) => a + b, 0);
    const parts = apportion(
      rest,
      others.map((c) => need(weights.get(c), `weight ${c}`)),
    );
    for (const [code, value] of Object.entries(known)) {
      potential2024.set(code, value);
    }
    others.forEach((code, i) => {
      potential2024.set(code, parts[i] as number);
    });
    return others.map((code, i) => ({ regionCode: code, workforce: parts[i] as number, note }));
  };

  const jambiKnown = {
    [DETAILED.batanghari]: need(at(DETAILED.batanghari, '2024-08').workforce, 'Batanghari'),
    [DETAILED.sarolangun]: need(at(DETAILED.sarolangun, '2024-10').workforce, 'Sarolangun'),
  };
  put(DETAILED.batanghari, jambiKnown[DETAILED.batanghari] as number, 'Angka yang dilaporkan (Agu 2024)');
  put(DETAILED.sarolangun, jambiKnown[DETAILED.sarolangun] as number, 'Angka yang dilaporkan (Okt 2024)');
  rows2024.push(
    ...share(
      DETAILED.jambi,
      jambiKnown,
      jambiWeights,
      'Estimasi demo: sisa angka Provinsi Jambi dibagi menurut penduduk bekerja BPS Agustus 2021',
    ),
  );

  const pangkalpinang = baseFor(
    PANGKALPINANG_JUN_2024,
    bpOf(need(at(DETAILED.pangkalpinang, '2024-06').coveragePct, 'Pangkalpinang')),
  );
  put(
    DETAILED.pangkalpinang,
    pangkalpinang,
    'Estimasi demo: peserta aktif demo Jun 2024 ÷ 31,93 % yang dilaporkan',
  );
  rows2024.push(
    ...share(
      DETAILED.babel,
      { [DETAILED.pangkalpinang]: pangkalpinang },
      input.villageCounts,
      'Estimasi demo: sisa angka provinsi dibagi menurut jumlah desa/kelurahan',
    ),
  );

  const muba = need(at(DETAILED.muba, '2025-07').workforce, 'Muba');
  put(DETAILED.muba, muba, 'Angka yang dilaporkan (Jul 2025)');

  for (const regency of [DETAILED.sarolangun, DETAILED.pangkalpinang]) {
    const villages = input.tree
      .filter((n) => n.level === 4 && n.code.startsWith(`${regency}.`))
      .map((n) => n.code);
    const parts = apportion(need(potential2024.get(regency), regency), villages.map(villageSize));
    villages.forEach((code, i) => {
      potential2024.set(code, parts[i] as number);
      put(code, parts[i] as number, 'Estimasi demo: sebaran sintetis per desa/kelurahan');
    });
  }

  const source =
    'BPJS Ketenagakerjaan, angka pekerja potensial yang dilaporkan kantor wilayah/cabang di media; estimasi ditandai — DEMO';
  const rows2025: DemoDataset['rows'] = [
    {
      regionCode: DETAILED.jambi,
      workforce: baseFor(
        need(at(DETAILED.jambi, '2025-03').active, 'Jambi 2025'),
        bpOf(need(at(DETAILED.jambi, '2025-03').coveragePct, 'pct')),
      ),
      note: 'Diturunkan dari angka terbit: 580.000 peserta ÷ 44 % (Mar 2025, "1,3 juta lebih" pekerja)',
    },
    {
      regionCode: DETAILED.babel,
      workforce: baseFor(
        need(at(DETAILED.babel, '2025-12').active, 'Babel 2025'),
        bpOf(need(at(DETAILED.babel, '2025-12').coveragePct, 'pct')),
      ),
      note: 'Diturunkan dari angka terbit: 189.742 peserta ÷ 33,10 % (Des 2025)',
    },
    { regionCode: DETAILED.muba, workforce: muba, note: 'Angka yang dilaporkan (Jul 2025)' },
  ];
  return {
    datasets: [
      {
        key: 'potential-2024',
        basis: 'potential',
        name: 'BPJS — pekerja potensial 2024',
        referenceMonth: '2024-01' as Month,
        source,
        rows: rows2024,
      },
      {
        key: 'potential-2025',
        basis: 'potential',
        name: 'BPJS — pekerja potensial 2025',
        referenceMonth: '2025-01' as Month,
        source,
        rows: rows2025,
      },
    ],
    potential2024,
    jambiWeights,
  };
}
