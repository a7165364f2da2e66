import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

/** `SEGMENT_PRIORITY` of protection.rules.ts in SQL: PU 0, JAKON 1, PMI 2, BPU 3. */
const SEGMENT_RANK_SQL = sql`case segment when 'PU' then 0 when 'JAKON' then 1 when 'PMI' then 2 else 3 end`;

const ids = (billIds: readonly number[]) => sql`${[...billIds]}::int8[]`;

/** A settled contribution bill (a fine protects nothing; it has no lines). */
const SETTLED = sql`b.paid = b.amount and b.kind = 'contribution'`;

/**
 * Inserts the protected months of the settled bills among `billIds` (`protectedMonthsOfLine` in SQL:
 * the line's months inside the membership's validity, not after the person's death; the village is
 * the person's domicile now) and queues the months that gained a row. Returns those months.
 */
export async function insertProtectedMonths(trx: Executor, billIds: readonly number[]): Promise<string[]> {
  const result = await sql<{ month: string }>`
    with wanted as (
      select m.id as membership_id, g.month::date as month, m.participant_id, m.segment, p.village_code
      from bill b
      join bill_line l on l.bill_id = b.id
      join membership m on m.id = l.membership_id
      join participant p on p.id = m.participant_id
      cross join lateral generate_series(
        greatest(l.covers_from, date_trunc('month', m.valid_from)::date)::timestamp,
        least(l.covers_to, m.valid_to, p.died_on)::timestamp,
        interval '1 month') as g(month)
      where b.id = any(${ids(billIds)}) and ${SETTLED}
    ), added as (
      insert into protected_month (membership_id, month, participant_id, segment, village_code)
      select distinct on (membership_id, month) membership_id, month, participant_id, segment, village_code
      from wanted
      on conflict do nothing
      returning month
    ), touched as (select distinct month from added)
    insert into coverage_refresh_queue (month)
    select month from touched
    where not exists (select 1 from coverage_refresh_queue q where q.month = touched.month)
    returning month
  `.execute(trx);
  return result.rows.map((r) => r.month);
}

/**
 * Deletes the protected months of the lines of the bills among `billIds` that are no longer settled,
 * except where another settled line still covers that membership and month; queues the months that
 * lost a row.
 */
export async function deleteProtectedMonths(trx: Executor, billIds: readonly number[]): Promise<string[]> {
  const result = await sql<{ month: string }>`
    with candidate as (
      select distinct pm.membership_id, pm.month
      from bill b
      join bill_line l on l.bill_id = b.id
      join protected_month pm on pm.membership_id = l.membership_id
        and pm.month between l.covers_from and l.covers_to
      where b.id = any(${ids(billIds)}) and not (${SETTLED})
    ), removed as (
      delete from protected_month pm
      using candidate c
      where pm.membership_id = c.membership_id and pm.month = c.month
        and not exists (
          select 1 from bill_line l2 join bill b on b.id = l2.bill_id
          where l2.membership_id = pm.membership_id
            and pm.month between l2.covers_from and l2.covers_to
            and ${SETTLED})
      returning pm.month
    ), touched as (select distinct month from removed)
    insert into coverage_refresh_queue (month)
    select month from touched
    where not exists (select 1 from coverage_refresh_queue q where q.month = touched.month)
    returning month
  `.execute(trx);
  return result.rows.map((r) => r.month);
}

/**
 * Replaces the registry's `active_report` rows of `months` by a count of protected_month: per village,
 * month and segment, each person once per month in the segment of `SEGMENT_PRIORITY`. One statement
 * per step whatever the number of participants (a sort of the month's rows for `distinct on`).
 */
export async function replaceRegistryReports(db: Executor, months: readonly string[]): Promise<number> {
  const list = sql`${[...months]}::date[]`;
  await sql`delete from active_report where source_kind = 'registry' and month = any(${list})`.execute(db);
  const result = await sql`
    insert into active_report (region_code, month, segment, source_kind, active, import_id)
    select village_code, month, segment, 'registry', count(*)::int8, null
    from (
      select distinct on (participant_id, month) participant_id, month, segment, village_code
      from protected_month
      -- A month counts once it has been billed: a prepaid contract (Jakon, PMI) protects months ahead,
      -- but a region's registry figure for a month nobody has billed yet would be a fragment.
      where month = any(${list}) and month <= (select max(month) from bill)
      order by participant_id, month, ${SEGMENT_RANK_SQL}, membership_id
    ) person
    group by village_code, month, segment
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Queues a month for a coverage refresh (a billing run makes its month countable). */
export async function queueRefresh(db: Executor, month: string): Promise<void> {
  await sql`
    insert into coverage_refresh_queue (month)
    select ${month}::date where not exists (select 1 from coverage_refresh_queue q where q.month = ${month}::date)
  `.execute(db);
}

/** Removes every queued month and returns the distinct months that were queued. */
export async function drainRefreshQueue(db: Executor): Promise<string[]> {
  const result = await sql<{ month: string }>`
    delete from coverage_refresh_queue returning month
  `.execute(db);
  return [...new Set(result.rows.map((r) => r.month))].sort();
}

/** Every month with protected rows or registry reports (what a full refresh rebuilds). */
export async function registryMonths(db: Executor): Promise<string[]> {
  const result = await sql<{ month: string }>`
    select month from protected_month group by month
    union
    select month from active_report where source_kind = 'registry' group by month
    order by 1
  `.execute(db);
  return result.rows.map((r) => r.month);
}
