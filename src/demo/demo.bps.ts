import { formatMonth } from '../shared/format.ts';
import type { Month } from '../shared/month.ts';
import { type DemoInput, type EmployedRow, periodToMonth } from './demo.input.ts';
import type { DemoDataset } from './demo.workforce.ts';

const EN_MONTHS: Record<string, string> = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', Aug: '08' };
const monthName = (month: Month) => formatMonth(month, 'id');

/** DKI Jakarta's BPS employed (5.11 M) is below its BPJS active count (7.50 M): not comparable, left out. */
export const NOT_COMPARABLE_BPS: ReadonlySet<string> = new Set(['31']);

function datasetFor(map: Map<Month, DemoDataset>, month: Month): DemoDataset {
  let dataset = map.get(month);
  if (!dataset) {
    dataset = {
      key: `bps-${month}`,
      basis: 'bps',
      name: `BPS Sakernas — penduduk bekerja, ${monthName(month)}`,
      referenceMonth: month,
      source: `BPS, Sakernas ${monthName(month)} (angka dikutip media; sumber per wilayah di catatan) — DEMO`,
      rows: [],
    };
    map.set(month, dataset);
  }
  return dataset;
}

/** BPS employed population: one dataset per period, provinces, Jambi's regencies and the country. */
export function bpsDatasets(input: DemoInput): DemoDataset[] {
  const byMonth = new Map<Month, DemoDataset>();
  const add = (row: EmployedRow) => {
    const month = periodToMonth(row.period);
    if (row.employed === null || month === null || NOT_COMPARABLE_BPS.has(row.regionCode)) return;
    datasetFor(byMonth, month).rows.push({
      regionCode: row.regionCode,
      workforce: row.employed,
      note: row.source,
    });
  };
  input.employedByProvince.forEach(add);
  input.employedByRegencyJambi.forEach(add);
  for (const row of input.reported.filter((r) => r.regionCode === '00' && r.workforce !== null)) {
    const match = /\((\w{3}) (\d{4})\)/.exec(row.basis);
    const month = match ? periodToMonth(`${match[2]}-${EN_MONTHS[match[1] ?? ''] ?? ''}`) : null;
    if (month)
      datasetFor(byMonth, month).rows.push({
        regionCode: '00',
        workforce: row.workforce as number,
        note: row.source,
      });
  }
  return [...byMonth.values()].sort((a, b) => a.referenceMonth.localeCompare(b.referenceMonth));
}
