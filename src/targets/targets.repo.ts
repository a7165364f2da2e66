import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Target } from './targets.rules.ts';

export async function findTargets(db: Executor, regionCodes: readonly string[]): Promise<Target[]> {
  if (regionCodes.length === 0) return [];
  const rows = await db
    .selectFrom('coverage_target')
    .select(['region_code', 'year', 'basis', 'target_bp', 'source', 'note'])
    .where(sql<boolean>`region_code = any(${regionCodes}::text[])`)
    .orderBy('region_code')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    year: r.year,
    basis: r.basis,
    targetBp: r.target_bp,
    source: r.source,
    note: r.note,
  }));
}

/** Inserts or replaces targets keyed by region, year and basis; counts new and changed rows. */
export async function upsertTargets(
  db: Executor,
  targets: readonly Target[],
  importId: number | null,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (const t of targets) {
    const result = await sql<{ inserted: boolean }>`
      insert into coverage_target (region_code, year, basis, target_bp, source, note, import_id)
      values (${t.regionCode}, ${t.year}, ${t.basis}, ${t.targetBp}, ${t.source}, ${t.note}, ${importId})
      on conflict (region_code, year, (coalesce(basis, '*'))) do update
        set target_bp = excluded.target_bp, source = excluded.source, note = excluded.note,
            import_id = excluded.import_id, updated_at = now()
        where coverage_target.target_bp is distinct from excluded.target_bp
           or coverage_target.source is distinct from excluded.source
           or coverage_target.note is distinct from excluded.note
      returning (xmax = 0) as inserted
    `.execute(db);
    for (const row of result.rows) row.inserted ? inserted++ : updated++;
  }
  return { inserted, updated };
}

export async function deleteTarget(
  db: Executor,
  regionCode: string,
  year: number,
  basis: string | null,
): Promise<boolean> {
  const result = await sql`
    delete from coverage_target
    where region_code = ${regionCode} and year = ${year} and coalesce(basis, '*') = ${basis ?? '*'}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}
