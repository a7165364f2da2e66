import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import { addMembershipTo } from '../registry/memberships.service.ts';
import { getParticipant, type ParticipantView } from '../registry/participant.view.ts';
import { endMembership } from '../registry/registry.repo.ts';
import { dayBefore } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { lapseStart } from './billing.rules.ts';

interface BillMonthRow {
  membership_id: number;
  participant_id: number;
  valid_from: string;
  village_code: string;
  month: string;
  unpaid: boolean;
}

export interface LapseResult {
  asOf: string;
  lapsed: { membershipId: number; participantId: number; validTo: string; firstUnpaidMonth: string }[];
}

/**
 * Ends the open BPU memberships whose monthly bills are unpaid and overdue (due before `asOf`) for three
 * consecutive months (rules.md 1.3, M: "unpaid for more than 3 months in a row: the membership ends").
 * The membership ends on the last day of the month before the first unpaid month (its last paid month),
 * never before its own first day; reason `lapsed`, audited as `membership.lapse`. Inside the actor's
 * regions (the person's village). Resumption: {@link resumeBpu}.
 */
export async function lapseUnpaidBpu(
  db: Executor,
  input: { asOf: string; actor: Actor },
): Promise<LapseResult> {
  return db.transaction().execute(async (trx) => {
    // Only a membership with at least three overdue unpaid bills can have three in a row: the rule
    // reads the bills of those few, not of every open BPU membership (64 s a month at 10 M, issue 8).
    const { rows } = await sql<BillMonthRow>`
      with candidate as (
        select l.membership_id from bill b join bill_line l on l.bill_id = b.id
        where b.kind = 'contribution' and b.paid < b.amount and b.due_on < ${input.asOf}::date
        group by l.membership_id having count(*) >= 3
      )
      select m.id as membership_id, m.participant_id, m.valid_from, p.village_code,
        to_char(b.month, 'YYYY-MM') as month, (b.paid < b.amount and b.due_on < ${input.asOf}::date) as unpaid
      from candidate c
      join membership m on m.id = c.membership_id
      join participant p on p.id = m.participant_id
      join bill_line l on l.membership_id = m.id
      join bill b on b.id = l.bill_id and b.kind = 'contribution'
      where m.segment = 'BPU' and m.valid_to is null and ${regionWithin('p.village_code', input.actor.regions)}
      order by m.id, b.month
      for update of m`.execute(trx);
    const byMembership = new Map<number, BillMonthRow[]>();
    for (const r of rows) {
      const list = byMembership.get(r.membership_id) ?? [];
      list.push(r);
      byMembership.set(r.membership_id, list);
    }
    const lapsed: LapseResult['lapsed'] = [];
    for (const [id, bills] of byMembership) {
      const first = lapseStart(bills.map((b) => ({ month: b.month as Month, unpaid: b.unpaid })));
      if (first === null) continue;
      const head = bills[0] as BillMonthRow;
      const lastPaidDay = dayBefore(`${first}-01`);
      const validTo = lastPaidDay < head.valid_from ? head.valid_from : lastPaidDay;
      await endMembership(trx, id, validTo, 'lapsed');
      await recordAudit(trx, input.actor, {
        action: 'membership.lapse',
        entity: 'membership',
        entityId: id,
        regionCode: head.village_code,
        before: { validTo: null },
        after: { validTo, reason: 'lapsed', firstUnpaidMonth: first, asOf: input.asOf },
      });
      lapsed.push({ membershipId: id, participantId: head.participant_id, validTo, firstUnpaidMonth: first });
    }
    return { asOf: input.asOf, lapsed };
  });
}

const noLapsed = () =>
  new AppError('VALIDATION_FAILED', {
    id: 'Tidak ada kepesertaan BPU yang berhenti karena menunggak untuk NIK ini',
    en: 'This NIK has no BPU membership that lapsed',
  });

/**
 * Resumes protection by NIK (rules.md 1.3): a NEW BPU membership from `validFrom` with the terms of the
 * person's latest lapsed one (payer, programs, declared income, occupation), through the registry's own
 * enrolment path (addMembershipTo: scope, role line, overlap and income-floor checks, audit). Refused
 * when the person has an open BPU membership or none that lapsed. A person outside the actor's reach
 * answers like an unknown NIK.
 */
export async function resumeBpu(
  db: Executor,
  actor: Actor,
  input: { nik: string; validFrom: string },
): Promise<ParticipantView> {
  const person = await db
    .selectFrom('participant')
    .select('id')
    .where('nik', '=', input.nik)
    .executeTakeFirst();
  if (!person) throw new AppError('NOT_FOUND', { id: 'NIK tidak ditemukan', en: 'NIK not found' });
  const view = await getParticipant(db, actor, person.id);
  const bpu = view.memberships.filter((m) => m.segment === 'BPU');
  if (bpu.some((m) => m.validTo === null))
    throw new AppError('CONFLICT', {
      id: 'Masih ada kepesertaan BPU aktif; tidak ada yang perlu dilanjutkan',
      en: 'A BPU membership is still open; there is nothing to resume',
    });
  const last = bpu
    .filter((m) => m.endReason === 'lapsed')
    .sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? ''))[0];
  if (!last) throw noLapsed();
  return addMembershipTo(db, actor, person.id, {
    segment: 'BPU',
    payerKind: last.payerKind as 'self',
    payerRef: last.payerRef,
    programs: last.programs as ('JKK' | 'JKM' | 'JHT')[],
    declaredIncome: last.declaredIncome,
    occupation: last.occupation,
    validFrom: input.validFrom,
  });
}
