import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

/**
 * Rebuilds `active_effective` for the given months, bottom-up from villages to the country. A region
 * uses its own reported figures when it has them (registry data before imported aggregates) and
 * otherwise the sum of its children, counting how many children reported. Reading coverage then costs
 * one row per region and month, whatever the number of participants or villages below.
 */
export async function rebuildActiveRollup(db: Executor, monthDates: readonly string[]): Promise<void> {
  if (monthDates.length === 0) return;
  const months = sql`${[...monthDates]}::date[]`;
  for (let level = 4; level >= 0; level--) {
    await sql`
      delete from active_effective e using region r
      where r.code = e.region_code and r.level = ${level} and e.month = any(${months})
    `.execute(db);
    await sql`
      insert into active_effective
        (region_code, month, pu, bpu, jakon, pmi, unspecified, total, origin, source_kind, import_id, reporting_children, complete)
      select a.region_code, a.month,
        coalesce(sum(a.active) filter (where a.segment = 'PU'), 0)::int8,
        coalesce(sum(a.active) filter (where a.segment = 'BPU'), 0)::int8,
        coalesce(sum(a.active) filter (where a.segment = 'JAKON'), 0)::int8,
        coalesce(sum(a.active) filter (where a.segment = 'PMI'), 0)::int8,
        coalesce(sum(a.active) filter (where a.segment = 'UNSPECIFIED'), 0)::int8,
        sum(a.active)::int8, 'reported', a.source_kind, max(a.import_id), 0, true
      from active_report a
      join region r on r.code = a.region_code
      where r.level = ${level} and a.month = any(${months})
        and (a.source_kind = 'registry' or not exists (
          select 1 from active_report x
          where x.source_kind = 'registry' and x.region_code = a.region_code and x.month = a.month))
      group by a.region_code, a.month, a.source_kind
    `.execute(db);
    if (level === 4) continue;
    await sql`
      insert into active_effective
        (region_code, month, pu, bpu, jakon, pmi, unspecified, total, origin, source_kind, import_id, reporting_children, complete)
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
      group by c.parent_code, e.month
      on conflict (region_code, month) do nothing
    `.execute(db);
  }
}
