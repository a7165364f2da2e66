import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { ActiveEffectiveTable } from '../db/schema.ts';
import { dateToMonth, type Month, monthToDate } from '../shared/month.ts';
import type { ActiveFigure } from './coverage.rules.ts';

function toFigure(row: ActiveEffectiveTable): ActiveFigure {
  return {
    month: dateToMonth(row.month),
    pu: row.pu,
    bpu: row.bpu,
    jakon: row.jakon,
    pmi: row.pmi,
    unspecified: row.unspecified,
    total: row.total,
    origin: row.origin,
    sourceKind: row.source_kind,
    importId: row.import_id,
    reportingChildren: row.reporting_children,
    complete: row.complete,
  };
}

/** Figures of many regions in one month (one index lookup per region). */
export async function findActiveAt(
  db: Executor,
  regionCodes: readonly string[],
  month: Month,
): Promise<Map<string, ActiveFigure>> {
  if (regionCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('active_effective')
    .selectAll()
    .where('month', '=', monthToDate(month))
    .where(sql<boolean>`region_code = any(${regionCodes}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.region_code, toFigure(r)]));
}

/** Every month of one region, oldest first (the trend), each with the import batch it came from. */
export async function findActiveHistory(
  db: Executor,
  regionCode: string,
): Promise<(ActiveFigure & { batch: BatchLabel | null })[]> {
  const rows = await db
    .selectFrom('active_effective as e')
    .leftJoin('import_batch as b', 'b.id', 'e.import_id')
    .selectAll('e')
    .select([
      'b.source as batch_source',
      'b.file_name as batch_file',
      'b.is_demo as batch_demo',
      'b.created_at as batch_created',
    ])
    .where('e.region_code', '=', regionCode)
    .orderBy('e.month')
    .execute();
  return rows.map((r) => ({
    ...toFigure(r),
    batch:
      r.import_id === null
        ? null
        : {
            id: r.import_id,
            source: r.batch_source,
            fileName: r.batch_file,
            isDemo: r.batch_demo ?? false,
            createdAt: r.batch_created ? new Date(r.batch_created).toISOString() : '',
          },
  }));
}

/** Figures of all regions of one level inside a region, for rankings. */
export async function findActiveAtLevel(
  db: Executor,
  withinCode: string,
  level: number,
  month: Month,
): Promise<Map<string, ActiveFigure>> {
  let query = db
    .selectFrom('active_effective as e')
    .innerJoin('region as r', 'r.code', 'e.region_code')
    .selectAll('e')
    .where('e.month', '=', monthToDate(month))
    .where('r.level', '=', level);
  if (withinCode !== '00') query = query.where('r.code', 'like', `${withinCode}.%`);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.region_code, toFigure(r)]));
}

/** Latest month with any active figure (for the region when given). */
export async function findLatestMonth(db: Executor, regionCode?: string): Promise<Month | null> {
  let query = db.selectFrom('active_effective').select(sql<string | null>`max(month)`.as('month'));
  if (regionCode) query = query.where('region_code', '=', regionCode);
  const row = await query.executeTakeFirst();
  return row?.month ? dateToMonth(row.month) : null;
}

export async function findMonthRange(db: Executor): Promise<{ first: Month; last: Month } | null> {
  const row = await db
    .selectFrom('active_effective')
    .select([sql<string | null>`min(month)`.as('first'), sql<string | null>`max(month)`.as('last')])
    .executeTakeFirst();
  if (!row?.first || !row.last) return null;
  return { first: dateToMonth(row.first), last: dateToMonth(row.last) };
}

export interface BatchLabel {
  readonly id: number;
  readonly source: string | null;
  readonly fileName: string | null;
  readonly isDemo: boolean;
  readonly createdAt: string;
}
