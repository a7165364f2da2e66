import { type Month, parseMonth } from '../shared/month.ts';

/** Rows of the copied reference files, already parsed (see demo.load.ts). */
export interface ReportedRow {
  readonly regionCode: string;
  readonly period: string;
  readonly active: number | null;
  readonly workforce: number | null;
  readonly basis: string;
  readonly coveragePct: number | null;
  readonly targetPct: number | null;
  readonly targetYear: number | null;
  readonly source: string;
}

export interface EmployedRow {
  readonly regionCode: string;
  readonly employed: number | null;
  readonly period: string;
  readonly source: string;
}

export interface ParticipantsRow {
  readonly regionCode: string;
  readonly active: number | null;
  readonly source: string;
}

export interface TreeNode {
  readonly code: string;
  readonly parentCode: string | null;
  readonly level: number;
}

export interface DemoInput {
  readonly reported: readonly ReportedRow[];
  readonly employedByProvince: readonly EmployedRow[];
  readonly employedByRegencyJambi: readonly EmployedRow[];
  readonly participants2023: readonly ParticipantsRow[];
  /** Provinces and regencies of the whole country, plus districts and villages of the detailed regencies. */
  readonly tree: readonly TreeNode[];
  /** Number of villages inside each province and regency. */
  readonly villageCounts: ReadonlyMap<string, number>;
}

const MONTHS_ID: Record<string, string> = {
  januari: '01',
  februari: '02',
  maret: '03',
  april: '04',
  mei: '05',
  juni: '06',
  juli: '07',
  agustus: '08',
  september: '09',
  oktober: '10',
  november: '11',
  desember: '12',
};

/** `Agustus 2024` → `2024-08`; `2024-06` stays; a bare year → null. */
export function periodToMonth(period: string): Month | null {
  const direct = parseMonth(period);
  if (direct) return direct;
  const match = /^([A-Za-z]+)\s+(\d{4})$/.exec(period.trim());
  const month = match ? MONTHS_ID[match[1]?.toLowerCase() ?? ''] : undefined;
  return match && month ? parseMonth(`${match[2]}-${month}`) : null;
}

/** Finds one reported figure; the demo fails loudly if a seed figure it relies on is missing. */
export function reported(rows: readonly ReportedRow[], code: string, period: string): ReportedRow {
  const row = rows.find((r) => r.regionCode === code && r.period === period);
  if (!row) throw new Error(`demo: reported figure ${code} ${period} missing from reported_coverage.csv`);
  return row;
}

export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo: ${what} missing`);
  return value;
}
