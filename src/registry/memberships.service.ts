import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import type { Program } from '../regulations/explain.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import {
  type MembershipDraft,
  type MembershipLaw,
  membershipProblems,
  type PayerKind,
  PROGRAM_START_PARAMETERS,
  type Segment,
} from './membership.rules.ts';
import { CONTRACT_END, contractProblems, projectProblems } from './membership-contract.ts';
import {
  getParticipant,
  loadVisible,
  type ParticipantView,
  participantNotFound,
} from './participant.view.ts';
import {
  employerStatusOn,
  endMembership,
  findEmployer,
  findMembership,
  insertMembership,
  lockParticipantByNik,
  type MembershipRow,
  membershipsOf,
  type ParticipantRow,
} from './registry.repo.ts';

export interface MembershipInput {
  segment: Segment;
  employerId?: number | null | undefined;
  projectId?: number | null | undefined;
  payerKind: PayerKind;
  payerRef?: string | null | undefined;
  programs: Program[];
  declaredIncome?: number | null | undefined;
  occupation?: string | null | undefined;
  placementCountry?: string | null | undefined;
  validFrom: string;
  /** The contract's last day, PMI placements and Jakon work only (it then ends with that reason). */
  validTo?: string | null | undefined;
}

/** What each enrolling role may create: agents informal workers, employers their own wage earners. */
export async function enrolmentRefusal(
  db: Executor,
  actor: Actor,
  input: MembershipInput,
): Promise<Bilingual | null> {
  if (actor.role === 'perisai_agent' && input.segment !== 'BPU') {
    return {
      id: 'Agen Perisai hanya mendaftarkan peserta BPU',
      en: 'A Perisai agent enrols informal (BPU) workers only',
    };
  }
  if (actor.role === 'employer') {
    const employer = input.employerId ? await findEmployer(db, input.employerId) : undefined;
    if (input.segment !== 'PU' || employer?.npp !== actor.employerNpp) {
      return {
        id: 'Pemberi kerja hanya mendaftarkan pekerjanya sendiri (PU)',
        en: 'An employer enrols only its own wage earners (PU)',
      };
    }
  }
  return null;
}

export async function addMembershipLocked(
  trx: Executor,
  actor: Actor,
  person: ParticipantRow,
  input: MembershipInput,
): Promise<MembershipRow> {
  const draft: MembershipDraft = {
    segment: input.segment,
    employerId: input.employerId ?? null,
    projectId: input.projectId ?? null,
    payerKind: input.payerKind,
    programs: input.programs,
    declaredIncome: input.declaredIncome ?? null,
    from: input.validFrom,
    to: input.validTo ?? null,
  };
  const book = await loadParameterBook(trx);
  // The floor is read only for BPU: a missing parameter then fails naming it, never a written-in number.
  const law: MembershipLaw = {
    incomeFloor: draft.segment === 'BPU' ? book.require('bpu.income_floor', input.validFrom).value : 0,
    programStarts: Object.fromEntries(
      Object.entries(PROGRAM_START_PARAMETERS).map(([program, code]) => [program, book.firstDate(code)]),
    ),
  };
  const existing = (await membershipsOf(trx, [person.id])).map((m) => ({
    id: m.id,
    segment: m.segment,
    employerId: m.employer_id,
    from: m.valid_from,
    to: m.valid_to,
  }));
  const problems = membershipProblems(draft, { diedOn: person.died_on }, existing, law);
  if (draft.employerId !== null) {
    if (!(await findEmployer(trx, draft.employerId))) {
      problems.push({
        id: `Pemberi kerja ${draft.employerId} tidak ditemukan`,
        en: `Employer ${draft.employerId} not found`,
      });
    } else if ((await employerStatusOn(trx, draft.employerId, draft.from)) === 'closed') {
      problems.push({
        id: `Pemberi kerja ${draft.employerId} sudah tutup pada ${draft.from}`,
        en: `Employer ${draft.employerId} is closed on ${draft.from}`,
      });
    }
  }
  if (draft.segment === 'JAKON' && draft.projectId !== null)
    problems.push(...(await projectProblems(trx, draft)));
  problems.push(...contractProblems(draft, input));
  // A funding program's code is not a payer anyone may name: its members come through its own import,
  // which checks the program's region, budget and that nobody is paid for twice.
  if (
    input.payerRef &&
    (await trx
      .selectFrom('funding_program')
      .select('id')
      .where('code', '=', input.payerRef)
      .executeTakeFirst())
  )
    problems.push({
      id: `${input.payerRef} adalah kode program pendanaan: daftarkan penerima melalui impor penerima program itu`,
      en: `${input.payerRef} is a funding program code: enrol beneficiaries through that program's beneficiary import`,
    });
  if (problems.length > 0) throw validationFailed(problems);
  const membership = await insertMembership(trx, {
    participant_id: person.id,
    segment: draft.segment,
    employer_id: draft.employerId,
    project_id: draft.projectId,
    payer_kind: draft.payerKind,
    payer_ref: input.payerRef ?? null,
    programs: [...draft.programs],
    declared_income: draft.declaredIncome,
    occupation: input.occupation ?? null,
    placement_country: input.placementCountry ?? null,
    valid_from: draft.from,
    valid_to: draft.to,
    end_reason: draft.to === null ? null : CONTRACT_END[draft.segment],
    agent_code: actor.agentCode,
  });
  await recordAudit(trx, actor, {
    action: 'membership.create',
    entity: 'membership',
    entityId: membership.id,
    regionCode: person.village_code,
    after: {
      participantId: person.id,
      segment: draft.segment,
      programs: draft.programs,
      validFrom: draft.from,
      payerKind: draft.payerKind,
    },
  });
  return membership;
}

export const END_REASONS = [
  'lapsed',
  'employer_closed',
  'resigned',
  'death',
  'retirement',
  'jht_claim',
  'moved',
  'project_ended',
  'placement_ended',
  'funding_ended',
  'correction',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Ends a membership on its last protected day; a death also records the date on the person. */
export async function endMembershipOf(
  db: Executor,
  actor: Actor,
  id: number,
  input: { validTo: string; reason: EndReason },
): Promise<ParticipantView> {
  const membership = await findMembership(db, id);
  if (!membership)
    throw new AppError('NOT_FOUND', {
      id: `Kepesertaan ${id} tidak ditemukan`,
      en: `Membership ${id} not found`,
    });
  const { person } = await loadVisible(db, actor, membership.participant_id);
  // The same line as for adding: agents handle informal workers, employers their own wage earners.
  const refusal = await enrolmentRefusal(db, actor, {
    segment: membership.segment,
    employerId: membership.employer_id,
    payerKind: membership.payer_kind,
    programs: [],
    validFrom: membership.valid_from,
  });
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  if (membership.valid_to !== null) {
    throw validationFailed([
      {
        id: `Kepesertaan ${id} sudah berakhir pada ${membership.valid_to}`,
        en: `Membership ${id} already ended on ${membership.valid_to}`,
      },
    ]);
  }
  if (input.validTo < membership.valid_from) {
    throw validationFailed([
      { id: 'Tanggal akhir sebelum tanggal mulai', en: 'The end date is before the start date' },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    await endMembership(trx, id, input.validTo, input.reason);
    if (input.reason === 'death') {
      await trx
        .updateTable('participant')
        .set({ died_on: input.validTo })
        .where('id', '=', person.id)
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'membership.end',
      entity: 'membership',
      entityId: id,
      regionCode: person.village_code,
      before: { validTo: null },
      after: { validTo: input.validTo, reason: input.reason },
    });
  });
  return getParticipant(db, actor, person.id);
}

/** Adds a membership to a registered person (a new job, a BPU membership resumed by NIK). */
export async function addMembershipTo(
  db: Executor,
  actor: Actor,
  participantId: number,
  input: MembershipInput,
): Promise<ParticipantView> {
  const { person } = await loadVisible(db, actor, participantId);
  const refusal = await enrolmentRefusal(db, actor, input);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  await db.transaction().execute(async (trx) => {
    const locked = await lockParticipantByNik(trx, person.nik);
    if (!locked) throw participantNotFound(participantId);
    await addMembershipLocked(trx, actor, locked, input);
  });
  return getParticipant(db, actor, participantId);
}
