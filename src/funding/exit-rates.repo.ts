import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { NATIONAL_CODE } from '../regions/regions.rules.ts';

export interface ExitRateRow {
  readonly segment: 'PU' | 'BPU' | 'JAKON' | 'PMI';
  /** Person-months active in the window (people active in month t, counted in their priority segment). */
  readonly exposed: number;
  /** Of those, people not active in month t + 1 (lapsed, closed, died, moved, ended…). */
  readonly exited: number;
}

export interface ExitWindow {
  readonly from: string;
  readonly to: string;
  readonly latest: string;
}

/**
 * The window an exit rate is measured over: the 12 month pairs ending four months before the latest
 * protected month. The last three months are left out because a BPU worker may still pay them (arrears
 * up to three months, rules.md 1.3): counted now, late payers would look like exits.
 */
export async function exitWindow(db: Executor, regionCode: string): Promise<ExitWindow | null> {
  const { rows } = await sql<{ latest: string | null }>`
    select to_char(max(month), 'YYYY-MM-DD') as latest from protected_month
    where ${regionCode === NATIONAL_CODE ? sql`true` : sql`village_code like ${`${regionCode}.%`}`}`.execute(
    db,
  );
  const latest = rows[0]?.latest;
  if (!latest) return null;
  const to = shift(latest, -4);
  return { from: shift(to, -11), to, latest };
}

function shift(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * Monthly exits by segment from the registry's history (protected_month): for each month t of the
 * window, the people active in t (in their priority segment, PU > JAKON > PMI > BPU, as coverage counts
 * them) and how many of them were not active in t + 1. Rate = exited ÷ exposed. Months paid by a
 * funding program are left out: a program ending is the funder's decision, not a worker lapsing, and
 * the planner adds funded workers separately.
 */
export async function exitCounts(
  db: Executor,
  regionCode: string,
  window: ExitWindow,
): Promise<ExitRateRow[]> {
  const within = regionCode === NATIONAL_CODE ? sql`true` : sql`village_code like ${`${regionCode}.%`}`;
  const { rows } = await sql<{ segment: ExitRateRow['segment']; exposed: string; exited: string }>`
    with person_month as (
      select participant_id, month,
        (array['PU', 'JAKON', 'PMI', 'BPU'])[min(case segment when 'PU' then 1 when 'JAKON' then 2
          when 'PMI' then 3 else 4 end)] as segment
      from protected_month
      where ${within} and month between ${window.from}::date and (${window.to}::date + interval '1 month')
        and membership_id not in (select membership_id from funding_beneficiary)
      group by participant_id, month
    )
    select a.segment, count(*)::text as exposed, count(*) filter (where b.participant_id is null)::text as exited
    from person_month a
    left join person_month b on b.participant_id = a.participant_id and b.month = a.month + interval '1 month'
    where a.month <= ${window.to}::date
    group by a.segment`.execute(db);
  return rows.map((r) => ({ segment: r.segment, exposed: Number(r.exposed), exited: Number(r.exited) }));
}
