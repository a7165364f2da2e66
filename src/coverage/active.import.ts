import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import type { Segment } from '../db/schema.ts';
import type { ImportDefinition, WriteCounts } from '../imports/import.runner.ts';
import { rowIssue } from '../imports/issues.ts';
import { unknownRegionIssues } from '../imports/region-check.ts';
import { readCount, readPastMonth, readRegionCode } from '../imports/values.ts';
import { type Month, monthToDate } from '../shared/month.ts';
import { exceedsWorkforceIssues, totalWithSegmentsIssues } from './active.checks.ts';
import { rebuildActiveRollup } from './rollup.repo.ts';
import { parseSegment, UNSPECIFIED } from './segments.ts';

export interface ActiveRow {
  readonly regionCode: string;
  readonly month: Month;
  readonly segment: Segment;
  readonly active: number;
}

type Column = 'region_code' | 'month' | 'segment' | 'active';

/**
 * Aggregate reports of active participants, the figures local governments receive from BPJS:
 * `region_code,month,segment,active` (or `kode_wilayah,bulan,segmen,peserta_aktif`), one row per
 * region, month and segment. A region may be reported at any level; higher levels are rolled up.
 */
export function activeImport(currentMonth: Month): ImportDefinition<Column, ActiveRow> {
  return {
    kind: 'active',
    columns: [
      { key: 'region_code', aliases: ['kode_wilayah', 'kode', 'code', 'region'], required: true },
      { key: 'month', aliases: ['bulan', 'periode', 'period'], required: true },
      { key: 'segment', aliases: ['segmen', 'kategori'], required: true },
      {
        key: 'active',
        aliases: ['peserta_aktif', 'aktif', 'jumlah_peserta_aktif', 'active_participants'],
        required: true,
      },
    ],
    parseRow(cells, row) {
      const code = readRegionCode(cells.region_code, row, 'region_code');
      const month = readPastMonth(cells.month, row, 'month', currentMonth);
      const segment = parseSegment(cells.segment);
      const active = readCount(cells.active, row, 'active');
      const issues = [code, month, active].flatMap((c) => (c.ok ? [] : [c.issue]));
      if (segment === null) issues.push(rowIssue('UNKNOWN_SEGMENT', row, 'segment', cells.segment));
      if (!code.ok || !month.ok || !active.ok || segment === null) return { issues };
      return { value: { regionCode: code.value, month: month.value, segment, active: active.value }, issues };
    },
    regionOf: (v) => v.regionCode,
    duplicateKey: (v) => `${v.regionCode}|${v.month}|${v.segment}`,
    async crossCheck(db, rows) {
      const unknown = await unknownRegionIssues(db, rows);
      const unknownRows = new Set(unknown.map((i) => i.row));
      const known = rows.filter((r) => !unknownRows.has(r.row));
      const mixed = totalWithSegmentsIssues(known);
      const mixedRows = new Set(mixed.map((i) => i.row));
      const clean = known.filter((r) => !mixedRows.has(r.row));
      return [...unknown, ...mixed, ...(await exceedsWorkforceIssues(db, clean))];
    },
    write: writeActiveRows,
  };
}

async function writeActiveRows(
  trx: Executor,
  rows: readonly ActiveRow[],
  batchId: number,
): Promise<WriteCounts> {
  await lockForTransaction(trx, LOCKS.activeRollup);
  let inserted = 0;
  let updated = 0;
  const changedMonths = new Set<string>();
  const CHUNK = 50_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    // Counted in the database: one summary row comes back instead of one row per upsert.
    const result = await sql<{ inserted: number; updated: number; months: string[] | null }>`
      with upserted as (
        insert into active_report (region_code, month, segment, source_kind, active, import_id)
        select code, month, segment, 'import', active, ${batchId}
        from unnest(${chunk.map((r) => r.regionCode)}::text[], ${chunk.map((r) => monthToDate(r.month))}::date[],
          ${chunk.map((r) => r.segment)}::text[], ${chunk.map((r) => r.active)}::int8[]) as t(code, month, segment, active)
        on conflict (region_code, month, segment, source_kind) do update
          set active = excluded.active, import_id = excluded.import_id
          where active_report.active is distinct from excluded.active
        returning (xmax = 0) as inserted, month
      )
      select count(*) filter (where inserted)::int8 as inserted, count(*) filter (where not inserted)::int8 as updated,
        array_agg(distinct month::text) as months
      from upserted
    `.execute(trx);
    const summary = result.rows[0];
    inserted += summary?.inserted ?? 0;
    updated += summary?.updated ?? 0;
    for (const month of summary?.months ?? []) changedMonths.add(month);
  }
  const replaced = await removeOtherKind(trx, rows);
  for (const month of replaced.months) changedMonths.add(month);
  await rebuildActiveRollup(trx, [...changedMonths]);
  return { inserted, updated: updated + replaced.count };
}

/**
 * A TOTAL for a region-month replaces its stored breakdown by segment, and a breakdown replaces a stored
 * TOTAL: the two are never added up. Returns how many stored rows went and in which months.
 */
async function removeOtherKind(
  trx: Executor,
  rows: readonly ActiveRow[],
): Promise<{ count: number; months: string[] }> {
  const result = await sql<{ month: string }>`
    delete from active_report a
    using unnest(${rows.map((r) => r.regionCode)}::text[], ${rows.map((r) => monthToDate(r.month))}::date[],
      ${rows.map((r) => r.segment === UNSPECIFIED)}::bool[]) as t(code, month, is_total)
    where a.source_kind = 'import' and a.region_code = t.code and a.month = t.month
      and (a.segment = 'UNSPECIFIED') <> t.is_total
    returning a.month::text as month
  `.execute(trx);
  return { count: result.rows.length, months: [...new Set(result.rows.map((r) => r.month))] };
}
