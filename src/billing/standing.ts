import { sql } from 'kysely';
import { systemActor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { dayBefore } from '../shared/dates.ts';

const STANDING_ACTOR = systemActor('system:billing-standing');

interface OpenStatus {
  employer_id: number;
  status: 'active' | 'arrears' | 'closed';
  valid_from: string;
  village_code: string;
  overdue: boolean;
}

/**
 * Puts each employer in `arrears` while it has an overdue unpaid bill on `asOf` (a bill whose due date
 * is before `asOf` and whose `paid` is below its amount), back to `active` when not. The status history
 * is validity ranges, as changeEmployerStatus keeps it: the open range ends the day before `asOf` and
 * the new one starts on it (a range that starts on `asOf` is changed in place). A `closed` employer is
 * never touched, nor one whose open range starts after `asOf` (history is not rewritten backwards).
 * Set-based: three statements for any number of employers; the open rows are locked (FOR UPDATE) so a
 * payment and a billing run cannot both change one employer's standing at the same moment.
 */
export async function refreshEmployerStanding(
  trx: Executor,
  employerIds: readonly number[],
  asOf: string,
): Promise<void> {
  if (employerIds.length === 0) return;
  const { rows } = await sql<OpenStatus>`
    select s.employer_id, s.status, s.valid_from, e.village_code,
      exists (select 1 from bill b where b.employer_id = s.employer_id and b.paid < b.amount
        and b.due_on < ${asOf}::date) as overdue
    from employer_status s join employer e on e.id = s.employer_id
    where s.employer_id = any(${[...new Set(employerIds)]}::int[]) and s.valid_to is null
    order by s.employer_id
    for update of s`.execute(trx);
  const changes = rows.filter(
    (r) =>
      r.status !== 'closed' &&
      r.valid_from <= asOf &&
      ((r.overdue && r.status === 'active') || (!r.overdue && r.status === 'arrears')),
  );
  if (changes.length === 0) return;
  const inPlace = changes.filter((r) => r.valid_from === asOf);
  const moved = changes.filter((r) => r.valid_from < asOf);
  const next = (r: OpenStatus) => (r.overdue ? 'arrears' : 'active');
  if (inPlace.length > 0)
    await sql`
      update employer_status s set status = u.status
      from unnest(${inPlace.map((r) => r.employer_id)}::int[], ${inPlace.map(next)}::text[]) as u(id, status)
      where s.employer_id = u.id and s.valid_from = ${asOf}::date`.execute(trx);
  if (moved.length > 0) {
    await sql`
      update employer_status s set valid_to = ${dayBefore(asOf)}::date
      where s.employer_id = any(${moved.map((r) => r.employer_id)}::int[]) and s.valid_to is null`.execute(
      trx,
    );
    await sql`
      insert into employer_status (employer_id, status, valid_from)
      select u.id, u.status, ${asOf}::date
      from unnest(${moved.map((r) => r.employer_id)}::int[], ${moved.map(next)}::text[]) as u(id, status)`.execute(
      trx,
    );
  }
  // One audit entry per employer, as recordAudit writes it, in one statement (a run may move thousands).
  await sql`
    insert into audit_log (actor_id, actor, actor_role, action, entity, entity_id, region_code, before, after)
    select null, ${STANDING_ACTOR.label}, ${STANDING_ACTOR.role}, 'employer.status', 'employer', u.id, u.region,
      u.before::jsonb, u.after::jsonb
    from unnest(${changes.map((r) => String(r.employer_id))}::text[], ${changes.map((r) => r.village_code)}::text[],
      ${changes.map((r) => JSON.stringify({ status: r.status, validFrom: r.valid_from }))}::text[],
      ${changes.map((r) => JSON.stringify({ status: next(r), from: asOf, reason: r.overdue ? 'overdue bill' : 'bills paid' }))}::text[])
      as u(id, region, before, after)`.execute(trx);
}
