import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

const COLUMNS = sql`(region_code, month, pu, bpu, jakon, pmi, unspecified, total, origin, source_kind, import_id, reporting_children, complete)`;

/** A region's own `active_report` rows of one source, summed per segment, at one level. */
const ownRows = (level: number, months: unknown, kind: 'registry' | 'import') => sql`
  insert into active_effective ${COLUMNS}
  select a.region_code, a.month,
    coalesce(sum(a.active) filter (where a.segment = 'PU'), 0)::int8,
    coalesce(sum(a.active) filter (where a.segment = 'BPU'), 0)::int8,
    coalesce(sum(a.active) filter (where a.segment = 'JAKON'), 0)::int8,
    coalesce(sum(a.active) filter (where a.segment = 'PMI'), 0)::int8,
    coalesce(sum(a.active) filter (where a.segment = 'UNSPECIFIED'), 0)::int8,
    sum(a.active)::int8, 'reported', ${kind}, max(a.import_id), 0, true
  from active_report a
  join region r on r.code = a.region_code
  where r.level = ${level} and a.month = any(${months}) and a.source_kind = ${kind}
  group by a.region_code, a.month
  on conflict (region_code, month) do nothing
`;

type ChildFilter = 'registry-children' | 'if-any-registry' | 'all';

/**
 * The sum of the children one level down: of the registry children only, of all children when at least
 * one of them reads the registry, or of all children.
 */
const childSums = (level: number, months: unknown, filter: ChildFilter) => sql`
  insert into active_effective ${COLUMNS}
  select c.parent_code, e.month, sum(e.pu)::int8, sum(e.bpu)::int8, sum(e.jakon)::int8, sum(e.pmi)::int8,
    sum(e.unspecified)::int8, sum(e.total)::int8, 'children',
    case when min(e.source_kind) = max(e.source_kind) then min(e.source_kind) else 'mixed' end,
    null, count(*)::int,
    -- Registry data counts people where they live: a sum of registry children is whole. Otherwise
    -- every child must be there and itself complete, so a gap deep down is never hidden above.
    bool_and(e.source_kind = 'registry') or (count(*) = max(p.child_count) and bool_and(e.complete))
  from active_effective e
  join region c on c.code = e.region_code
  join region p on p.code = c.parent_code
  where c.level = ${level + 1} and e.month = any(${months})
    ${filter === 'registry-children' ? sql`and e.source_kind = 'registry'` : sql``}
  group by c.parent_code, e.month
  ${filter === 'if-any-registry' ? sql`having bool_or(e.source_kind <> 'import')` : sql``}
  on conflict (region_code, month) do nothing
`;

/**
 * Regencies and cities (level 2) and everything inside them read the registry alone once it holds
 * data in them: the registry is rolled out regency by regency (issue 6: Kabupaten Sarolangun), and
 * inside such a region a village without protected people has none, not its old imported figure.
 * Provinces and the country add their children up instead, each child with its own source.
 */
export const REGISTRY_UNIT_LEVEL = 2;

/**
 * Rebuilds `active_effective` for the given months, bottom-up from villages to the country. Reading
 * coverage then costs one row per region and month, whatever the number of participants below.
 *
 * The participant registry is the live source (docs/protection.md, "the switch"). Each step inserts
 * only where an earlier one did not (`on conflict do nothing`), so the order is the precedence:
 * - village, district, regency/city: 1. own registry rows, 2. the sum of the children that have
 *   registry data — so a regency with an imported regency-level figure switches to the registry as
 *   soon as one of its villages has protected participants — 3. own imported rows, 4. the sum of all
 *   children (none of them from the registry, or step 2 would have won);
 * - province, country: 1. own registry rows, 2. when any child reads the registry, the sum of all
 *   children, registry and imported side by side (`mixed`; complete only when every child is) — an
 *   own imported figure would hide the registry, and the registry alone would make Indonesia one
 *   regency — 3. own imported rows, 4. the sum of all children.
 */
export async function rebuildActiveRollup(db: Executor, monthDates: readonly string[]): Promise<void> {
  if (monthDates.length === 0) return;
  const months = sql`${[...monthDates]}::date[]`;
  for (let level = 4; level >= 0; level--) {
    await sql`
      delete from active_effective e using region r
      where r.code = e.region_code and r.level = ${level} and e.month = any(${months})
    `.execute(db);
    await ownRows(level, months, 'registry').execute(db);
    if (level < 4) {
      const filter = level >= REGISTRY_UNIT_LEVEL ? 'registry-children' : 'if-any-registry';
      await childSums(level, months, filter).execute(db);
    }
    await ownRows(level, months, 'import').execute(db);
    if (level < 4) await childSums(level, months, 'all').execute(db);
  }
}
