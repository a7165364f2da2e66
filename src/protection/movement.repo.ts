import { sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';

export interface MovementCounts {
  readonly startActive: number;
  readonly endActive: number;
  /** People who joined, by `new` / `reactivated`. */
  readonly joined: Readonly<Record<string, number>>;
  /**
   * People who left, by `death`, `moved_away` (counted elsewhere in `to`), `lapsed` (a membership of
   * `from` is still valid at the end of `to`, so the month went unpaid) or the end reason of their
   * latest-ending membership of `from` (`null` when none is recorded).
   */
  readonly left: Readonly<Record<string, number>>;
}

/**
 * Classifies everyone counted active in the region in `from` or `to` (first days) in one statement:
 * people are the distinct participants of protected_month in the region's villages. Each person lands
 * in exactly one bucket, so the buckets add up to the change.
 */
export async function movementCounts(
  db: Executor,
  regionCode: string,
  from: string,
  to: string,
): Promise<MovementCounts> {
  const inRegion = regionWithin('village_code', [regionCode]);
  const result = await sql<{ side: 'start' | 'end' | 'joined' | 'left'; kind: string | null; n: number }>`
    with person as (
      -- One pass over both months: who is counted in each (a person with several memberships once).
      select participant_id, bool_or(month = ${from}::date) as in_start, bool_or(month = ${to}::date) as in_end
      from protected_month
      where month in (${from}::date, ${to}::date) and ${inRegion}
      group by participant_id
    ), joined as (
      select case when exists (
          select 1 from protected_month x where x.participant_id = j.participant_id and x.month < ${from}::date
        ) then 'reactivated' else 'new' end as kind
      from person j where j.in_end and not j.in_start
    ), left_ as (
      select
        case
          when p.died_on is not null and p.died_on < ${to}::date + interval '1 month' then 'death'
          when exists (
            select 1 from protected_month x where x.participant_id = g.participant_id and x.month = ${to}::date
          ) then 'moved_away'
          when exists (
            select 1 from protected_month f join membership m on m.id = f.membership_id
            where f.participant_id = g.participant_id and f.month = ${from}::date
              and (m.valid_to is null or m.valid_to >= ${to}::date + interval '1 month' - interval '1 day')
          ) then 'lapsed'
          else (
            select m.end_reason from protected_month f join membership m on m.id = f.membership_id
            where f.participant_id = g.participant_id and f.month = ${from}::date
            order by m.valid_to desc nulls first, m.id desc limit 1)
        end as kind
      from person g
      join participant p on p.id = g.participant_id
      where g.in_start and not g.in_end
    )
    select 'start' as side, null as kind, count(*) filter (where in_start)::int8 as n from person
    union all select 'end', null, count(*) filter (where in_end)::int8 from person
    union all select 'joined', kind, count(*)::int8 from joined group by kind
    union all select 'left', kind, count(*)::int8 from left_ group by kind
  `.execute(db);
  const joined: Record<string, number> = {};
  const left: Record<string, number> = {};
  let startActive = 0;
  let endActive = 0;
  for (const row of result.rows) {
    if (row.side === 'start') startActive = Number(row.n);
    else if (row.side === 'end') endActive = Number(row.n);
    else (row.side === 'joined' ? joined : left)[row.kind ?? 'null'] = Number(row.n);
  }
  return { startActive, endActive, joined, left };
}

/** The region (a village, or any region above, by code prefix) has protected months in either month. */
export async function hasRegistryData(
  db: Executor,
  regionCode: string,
  months: readonly string[],
): Promise<boolean> {
  const result = await sql<{ found: boolean }>`
    select exists (
      select 1 from protected_month
      where month = any(${[...months]}::date[]) and ${regionWithin('village_code', [regionCode])}
    ) as found
  `.execute(db);
  return result.rows[0]?.found === true;
}
