import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { RegionTable } from '../db/schema.ts';
import { escapeLike } from '../shared/text.ts';
import { codePath } from './regions.rules.ts';

export type RegionRow = Omit<RegionTable, 'child_count'> & { child_count: number };

const COLUMNS = ['code', 'parent_code', 'level', 'kind', 'name', 'search_name', 'child_count'] as const;

export function findRegion(db: Executor, code: string): Promise<RegionRow | undefined> {
  return db.selectFrom('region').select(COLUMNS).where('code', '=', code).executeTakeFirst();
}

export function findRegions(db: Executor, codes: readonly string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('region').select(COLUMNS).where('code', 'in', codes).orderBy('code').execute();
}

export function findChildren(db: Executor, parentCode: string): Promise<RegionRow[]> {
  return db
    .selectFrom('region')
    .select(COLUMNS)
    .where('parent_code', '=', parentCode)
    .orderBy('code')
    .execute();
}

/** Regions of one level inside `withinCode` (a prefix match on the code path). */
export function findRegionsAtLevel(db: Executor, withinCode: string, level: number): Promise<RegionRow[]> {
  let query = db.selectFrom('region').select(COLUMNS).where('level', '=', level);
  if (withinCode !== '00') query = query.where('code', 'like', `${withinCode}.%`);
  return query.orderBy('code').execute();
}

export async function countRegions(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('region')
    .select(sql<number>`count(*)::int8`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countByLevel(db: Executor): Promise<Record<number, number>> {
  const rows = await db
    .selectFrom('region')
    .select(['level', sql<number>`count(*)::int8`.as('n')])
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

/** "Kabupaten Sarolangun" is an exact match for "sarolangun", as is the district "Sarolangun". */
const KIND_PREFIX = '^(kabupaten administrasi|kota administrasi|kabupaten|kota) ';

/**
 * Name search on the folded name: exact matches (ignoring a Kabupaten/Kota prefix) first, then prefix matches, then any word match;
 * within each, higher levels (provinces before villages) and shorter names first.
 */
export function searchRegions(
  db: Executor,
  folded: string,
  limit: number,
  level?: number,
): Promise<RegionRow[]> {
  const escaped = escapeLike(folded);
  let query = db
    .selectFrom('region')
    .select(COLUMNS)
    .where((eb) =>
      eb.or([eb('search_name', 'like', `${escaped}%`), eb('search_name', 'like', `% ${escaped}%`)]),
    );
  if (level !== undefined) query = query.where('level', '=', level);
  return query
    .orderBy(
      sql`case when regexp_replace(search_name, ${KIND_PREFIX}, '') = ${folded} then 0
        when regexp_replace(search_name, ${KIND_PREFIX}, '') like ${`${escaped}%`} then 1 else 2 end`,
    )
    .orderBy('level')
    .orderBy(sql`length(search_name)`)
    .orderBy('code')
    .limit(limit)
    .execute();
}

/** Inserts many regions in one statement per chunk (`unnest` works the same on PGlite and the server). */
export async function insertRegions(
  db: Executor,
  rows: readonly Omit<RegionRow, 'child_count'>[],
): Promise<void> {
  const CHUNK = 20_000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await sql`
      insert into region (code, parent_code, level, kind, name, search_name)
      select * from unnest(
        ${chunk.map((r) => r.code)}::text[], ${chunk.map((r) => r.parent_code)}::text[],
        ${chunk.map((r) => r.level)}::int2[], ${chunk.map((r) => r.kind)}::text[],
        ${chunk.map((r) => r.name)}::text[], ${chunk.map((r) => r.search_name)}::text[])
    `.execute(db);
  }
}

export async function refreshChildCounts(db: Executor): Promise<void> {
  await sql`
    update region r set child_count = c.n
    from (select parent_code, count(*)::int as n from region where parent_code is not null group by parent_code) c
    where c.parent_code = r.code and r.child_count <> c.n
  `.execute(db);
}

/** The subset of `codes` that exist in the region table (queried in chunks). */
export async function findExistingCodes(db: Executor, codes: Iterable<string>): Promise<Set<string>> {
  const all = [...new Set(codes)];
  const existing = new Set<string>();
  const CHUNK = 20_000;
  for (let start = 0; start < all.length; start += CHUNK) {
    const rows = await sql<{ code: string }>`
      select code from region where code = any(${all.slice(start, start + CHUNK)}::text[])
    `.execute(db);
    for (const row of rows.rows) existing.add(row.code);
  }
  return existing;
}

export interface RegionFamily {
  readonly region: RegionRow;
  /** From the country down to the parent. */
  readonly ancestors: RegionRow[];
  /** Children of the parent, the region included (just the region for the country). */
  readonly siblings: RegionRow[];
  readonly children: RegionRow[];
}

/** A region with its ancestors, siblings and children in one query (the code path gives the ancestors). */
export async function findRegionFamily(db: Executor, code: string): Promise<RegionFamily | null> {
  const path = codePath(code);
  const parent = path.length > 1 ? (path[path.length - 2] as string) : null;
  const rows = await db
    .selectFrom('region')
    .select(COLUMNS)
    .where((eb) =>
      eb.or([
        sql<boolean>`code = any(${path}::text[])`,
        eb('parent_code', '=', code),
        ...(parent ? [eb('parent_code', '=', parent)] : []),
      ]),
    )
    .orderBy('code')
    .execute();
  const region = rows.find((r) => r.code === code);
  if (!region) return null;
  return {
    region,
    ancestors: path.slice(0, -1).flatMap((c) => rows.filter((r) => r.code === c)),
    siblings: parent ? rows.filter((r) => r.parent_code === parent) : [region],
    children: rows.filter((r) => r.parent_code === code),
  };
}
