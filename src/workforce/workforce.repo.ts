import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { dateToMonth, type Month, monthToDate } from '../shared/month.ts';
import type { WorkforceCandidate } from './workforce.rules.ts';

export interface WorkforceDataset {
  readonly id: number;
  readonly key: string;
  readonly basis: string;
  readonly name: string;
  readonly referenceMonth: Month;
  readonly source: string;
  readonly isDemo: boolean;
  readonly regions: number;
}

export interface WorkforceBasis {
  readonly code: string;
  readonly nameId: string;
  readonly nameEn: string;
  readonly descriptionId: string;
  readonly descriptionEn: string;
}

export async function listBases(db: Executor): Promise<WorkforceBasis[]> {
  const rows = await db.selectFrom('workforce_basis').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    nameId: r.name_id,
    nameEn: r.name_en,
    descriptionId: r.description_id,
    descriptionEn: r.description_en,
  }));
}

export async function insertMissingBases(db: Executor, bases: readonly WorkforceBasis[]): Promise<void> {
  await db
    .insertInto('workforce_basis')
    .values(
      bases.map((b) => ({
        code: b.code,
        name_id: b.nameId,
        name_en: b.nameEn,
        description_id: b.descriptionId,
        description_en: b.descriptionEn,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function listDatasets(db: Executor): Promise<WorkforceDataset[]> {
  const rows = await db
    .selectFrom('workforce_dataset as d')
    .select(['d.id', 'd.key', 'd.basis', 'd.name', 'd.reference_month', 'd.source', 'd.is_demo'])
    .select(
      sql<number>`(select count(*) from workforce_figure f where f.dataset_id = d.id)::int8`.as('regions'),
    )
    .orderBy('d.basis')
    .orderBy('d.reference_month')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    basis: r.basis,
    name: r.name,
    referenceMonth: dateToMonth(r.reference_month),
    source: r.source,
    isDemo: r.is_demo,
    regions: r.regions,
  }));
}

export function findDatasetByKey(db: Executor, key: string) {
  return db.selectFrom('workforce_dataset').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function insertDataset(
  db: Executor,
  dataset: {
    key: string;
    basis: string;
    name: string;
    referenceMonth: Month;
    source: string;
    isDemo: boolean;
  },
): Promise<number> {
  const row = await db
    .insertInto('workforce_dataset')
    .values({
      key: dataset.key,
      basis: dataset.basis,
      name: dataset.name,
      reference_month: monthToDate(dataset.referenceMonth),
      source: dataset.source,
      is_demo: dataset.isDemo,
    })
    // Two imports creating the same new dataset at once: the second finds the first one's row.
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const existing = await db
    .selectFrom('workforce_dataset')
    .select('id')
    .where('key', '=', dataset.key)
    .executeTakeFirstOrThrow();
  return existing.id;
}

/** Every figure (own or derived) the given regions have on one basis, or on every basis when null. */
export async function findWorkforceCandidates(
  db: Executor,
  regionCodes: readonly string[],
  basis: string | null,
): Promise<WorkforceCandidate[]> {
  if (regionCodes.length === 0) return [];
  let query = db
    .selectFrom('workforce_effective as e')
    .innerJoin('workforce_dataset as d', 'd.id', 'e.dataset_id')
    .select(['e.region_code', 'e.dataset_id', 'e.workforce', 'e.origin', 'e.note'])
    .select(['d.key', 'd.name', 'd.basis', 'd.reference_month', 'd.source', 'd.is_demo'])
    .where(sql<boolean>`e.region_code = any(${regionCodes}::text[])`);
  if (basis !== null) query = query.where('d.basis', '=', basis);
  const rows = await query.execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    datasetId: r.dataset_id,
    datasetKey: r.key,
    datasetName: r.name,
    basis: r.basis,
    referenceMonth: dateToMonth(r.reference_month),
    source: r.source,
    isDemo: r.is_demo,
    workforce: r.workforce,
    origin: r.origin,
    note: r.note,
  }));
}

/** Upserts figures of one dataset; returns how many rows were new and how many changed value. */
export async function upsertFigures(
  db: Executor,
  datasetId: number,
  rows: readonly { regionCode: string; workforce: number; note: string | null }[],
  importId: number,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  const CHUNK = 10_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const result = await sql<{ inserted: boolean }>`
      insert into workforce_figure (dataset_id, region_code, workforce, note, import_id)
      select ${datasetId}, * from unnest(${chunk.map((r) => r.regionCode)}::text[],
        ${chunk.map((r) => r.workforce)}::int8[], ${chunk.map((r) => r.note)}::text[], ${chunk.map(() => importId)}::int[])
      on conflict (dataset_id, region_code) do update
        set workforce = excluded.workforce, note = excluded.note, import_id = excluded.import_id
        where workforce_figure.workforce is distinct from excluded.workforce
           or workforce_figure.note is distinct from excluded.note
      returning (xmax = 0) as inserted
    `.execute(db);
    for (const row of result.rows) row.inserted ? inserted++ : updated++;
  }
  return { inserted, updated };
}

/**
 * Recomputes the figures a dataset gives every region: its own figure where it has one, otherwise the
 * sum of its children — only when every child has a figure, so a partial sum is never shown as a total.
 */
export async function rebuildWorkforceEffective(db: Executor, datasetId: number): Promise<void> {
  await sql`delete from workforce_effective where dataset_id = ${datasetId}`.execute(db);
  await sql`
    insert into workforce_effective (region_code, dataset_id, workforce, origin, note)
    select region_code, dataset_id, workforce, 'reported', note from workforce_figure where dataset_id = ${datasetId}
  `.execute(db);
  for (let level = 3; level >= 0; level--) {
    await sql`
      insert into workforce_effective (region_code, dataset_id, workforce, origin, note)
      select p.code, ${datasetId}, sum(e.workforce)::int8, 'children',
        case when bool_or(e.note ilike 'estimasi%') then 'Estimasi: jumlah wilayah di bawahnya, sebagian estimasi' end
      from workforce_effective e
      join region c on c.code = e.region_code
      join region p on p.code = c.parent_code
      where e.dataset_id = ${datasetId} and c.level = ${level + 1}
      group by p.code, p.child_count
      having count(*) = p.child_count
      on conflict (region_code, dataset_id) do nothing
    `.execute(db);
  }
}
