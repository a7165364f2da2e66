import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Segment } from '../db/schema.ts';
import type { ParsedRow } from '../imports/import.runner.ts';
import { type RowIssue, rowIssue } from '../imports/issues.ts';
import { groupBy } from '../shared/collections.ts';
import { monthToDate } from '../shared/month.ts';
import { findWorkforceCandidates } from '../workforce/workforce.repo.ts';
import { pickWorkforce } from '../workforce/workforce.rules.ts';
import type { ActiveRow } from './active.import.ts';
import { UNSPECIFIED } from './segments.ts';

const regionMonth = (row: ParsedRow<ActiveRow>) => `${row.value.regionCode}|${row.value.month}`;
const isTotal = (segment: Segment) => segment === UNSPECIFIED;

/** A region-month is reported either as one TOTAL or broken down by segment, never both in one file. */
export function totalWithSegmentsIssues(rows: readonly ParsedRow<ActiveRow>[]): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const group of groupBy(rows, regionMonth).values()) {
    const kinds = new Set(group.map((g) => isTotal(g.value.segment)));
    if (kinds.size < 2) continue;
    for (const g of group) {
      const where = { region: g.value.regionCode, month: g.value.month };
      issues.push(rowIssue('TOTAL_WITH_SEGMENTS', g.row, 'segment', g.value.segment, where));
    }
  }
  return issues;
}

/** Stored imported rows of the region-months in the file, by `code|month`. */
async function storedRows(db: Executor, keys: readonly ActiveRow[]) {
  const result = await sql<{ region_code: string; month: string; segment: Segment; active: number }>`
    select a.region_code, a.month, a.segment, a.active
    from active_report a
    join unnest(${keys.map((k) => k.regionCode)}::text[], ${keys.map((k) => monthToDate(k.month))}::date[]) as k(code, month)
      on a.region_code = k.code and a.month = k.month
    where a.source_kind = 'import'
  `.execute(db);
  return groupBy(result.rows, (r) => `${r.region_code}|${r.month.slice(0, 7)}`);
}

/**
 * Active participants cannot exceed the workforce of their region and month on any basis. The total
 * of a region-month is what it will be after the import: the file's rows, plus stored segments the
 * file leaves alone (a TOTAL replaces a breakdown and the other way round, see writeActiveRows).
 */
export async function exceedsWorkforceIssues(
  db: Executor,
  rows: readonly ParsedRow<ActiveRow>[],
): Promise<RowIssue[]> {
  const candidates = groupBy(
    await findWorkforceCandidates(db, [...new Set(rows.map((r) => r.value.regionCode))], null),
    (c) => c.regionCode,
  );
  const groups = groupBy(
    rows.filter((r) => candidates.has(r.value.regionCode)),
    regionMonth,
  );
  if (groups.size === 0) return [];
  const stored = await storedRows(
    db,
    [...groups.values()].map((g) => (g[0] as ParsedRow<ActiveRow>).value),
  );
  const issues: RowIssue[] = [];
  for (const [key, group] of groups) {
    const first = (group[0] as ParsedRow<ActiveRow>).value;
    const fileSegments = new Set(group.map((g) => g.value.segment));
    const kept = (stored.get(key) ?? []).filter(
      (s) => !fileSegments.has(s.segment) && isTotal(s.segment) === isTotal(first.segment),
    );
    const total =
      group.reduce((sum, g) => sum + g.value.active, 0) + kept.reduce((sum, s) => sum + s.active, 0);
    for (const list of groupBy(candidates.get(first.regionCode) ?? [], (c) => c.basis).values()) {
      const chosen = pickWorkforce(list, first.month);
      if (!chosen || total <= chosen.workforce) continue;
      const params = {
        active: total,
        region: first.regionCode,
        month: first.month,
        workforce: chosen.workforce,
        dataset: chosen.datasetName,
      };
      for (const g of group)
        issues.push(rowIssue('ACTIVE_EXCEEDS_WORKFORCE', g.row, 'active', String(g.value.active), params));
      break;
    }
  }
  return issues;
}
