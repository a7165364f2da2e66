import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { maskBirthDate, maskName, maskNik, maskPhone } from '../auth/personal-data.ts';
import { hasNationalScope, inScope, ownsRecord } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { officialRegionCodes } from '../regions/official-codes.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import type { Program } from '../regulations/explain.ts';
import { checkNik, nikMatchesPerson } from '../regulations/identifiers/nik.rules.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import {
  kpjFromSerial,
  type MembershipDraft,
  type MembershipLaw,
  membershipProblems,
  type PayerKind,
  PROGRAM_START_PARAMETERS,
  type Segment,
} from './membership.rules.ts';
import {
  type EmployerRow,
  employerStatusOn,
  endMembership,
  findEmployer,
  findEmployersByIds,
  findMembership,
  findParticipant,
  insertMembership,
  insertParticipant,
  lockParticipantByNik,
  type MembershipRow,
  membershipsOf,
  type ParticipantRow,
  searchParticipants,
} from './registry.repo.ts';

const participantNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', { id: `Peserta ${id} tidak ditemukan`, en: `Participant ${id} not found` });

/** Whether the actor may see this person: domicile inside the scope, or enrolled by them / employed by them. */
function visibleTo(actor: Actor, person: ParticipantRow, employers: readonly EmployerRow[]): boolean {
  const employerNpp =
    actor.employerNpp !== null && employers.some((e) => e.npp === actor.employerNpp)
      ? actor.employerNpp
      : null;
  return ownsRecord(actor, { regionCode: person.village_code, agentCode: person.agent_code, employerNpp });
}

export interface MembershipView {
  id: number;
  segment: Segment;
  employer: { id: number; npp: string; name: string } | null;
  payerKind: string;
  payerRef: string | null;
  programs: string[];
  declaredIncome: number | null;
  occupation: string | null;
  validFrom: string;
  validTo: string | null;
  endReason: string | null;
}

export interface ParticipantView {
  id: number;
  nik: string;
  kpj: string;
  name: string;
  sex: 'F' | 'M';
  birthDate: string;
  villageCode: string;
  phone: string | null;
  diedOn: string | null;
  agentCode: string | null;
  masked: boolean;
  memberships: MembershipView[];
}

function membershipView(m: MembershipRow, employers: ReadonlyMap<number, EmployerRow>): MembershipView {
  const employer = m.employer_id === null ? undefined : employers.get(m.employer_id);
  return {
    id: m.id,
    segment: m.segment,
    employer: employer ? { id: employer.id, npp: employer.npp, name: employer.name } : null,
    payerKind: m.payer_kind,
    payerRef: m.payer_ref,
    programs: m.programs,
    declaredIncome: m.declared_income,
    occupation: m.occupation,
    validFrom: m.valid_from,
    validTo: m.valid_to,
    endReason: m.end_reason,
  };
}

/** NIK, name, phone and birth date masked unless `reveal` (UU PDP 27/2022; docs/access.md). */
function participantView(
  p: ParticipantRow,
  memberships: MembershipRow[],
  employers: EmployerRow[],
  reveal: boolean,
): ParticipantView {
  const byId = new Map(employers.map((e) => [e.id, e]));
  return {
    id: p.id,
    nik: reveal ? p.nik : maskNik(p.nik),
    kpj: p.kpj,
    name: reveal ? p.name : maskName(p.name),
    sex: p.sex,
    birthDate: reveal ? p.birth_date : maskBirthDate(p.birth_date),
    villageCode: p.village_code,
    phone: p.phone === null ? null : reveal ? p.phone : maskPhone(p.phone),
    diedOn: p.died_on,
    agentCode: p.agent_code,
    masked: !reveal,
    memberships: memberships.map((m) => membershipView(m, byId)),
  };
}

async function loadVisible(db: Executor, actor: Actor, id: number) {
  const person = await findParticipant(db, id);
  if (!person) throw participantNotFound(id);
  const memberships = await membershipsOf(db, [id]);
  const employers = await findEmployersByIds(db, [
    ...new Set(memberships.flatMap((m) => (m.employer_id === null ? [] : [m.employer_id]))),
  ]);
  if (!visibleTo(actor, person, employers)) throw participantNotFound(id);
  return { person, memberships, employers };
}

export async function getParticipant(db: Executor, actor: Actor, id: number): Promise<ParticipantView> {
  const { person, memberships, employers } = await loadVisible(db, actor, id);
  return participantView(person, memberships, employers, false);
}

/** The full record for a stated reason: who, when and why reach the audit log before it is shown. */
export async function revealParticipant(
  db: Executor,
  actor: Actor,
  id: number,
  reason: string,
): Promise<ParticipantView> {
  const { person, memberships, employers } = await loadVisible(db, actor, id);
  await recordAudit(db, actor, {
    action: 'personal.reveal',
    entity: 'participant',
    entityId: id,
    regionCode: person.village_code,
    reason,
    after: { fields: ['nik', 'name', 'birthDate', 'phone'] },
  });
  return participantView(person, memberships, employers, true);
}

export async function searchVisibleParticipants(
  db: Executor,
  actor: Actor,
  q: string,
  limit: number,
): Promise<ParticipantView[]> {
  const found = await searchParticipants(db, {
    q,
    roots: hasNationalScope(actor)
      ? null
      : actor.role === 'perisai_agent' || actor.role === 'employer'
        ? []
        : actor.regions,
    agentCode: actor.agentCode,
    employerNpp: actor.employerNpp,
    limit,
  });
  const memberships = await membershipsOf(
    db,
    found.map((p) => p.id),
  );
  const employers = await findEmployersByIds(db, [
    ...new Set(memberships.flatMap((m) => (m.employer_id === null ? [] : [m.employer_id]))),
  ]);
  return found.map((p) =>
    participantView(
      p,
      memberships.filter((m) => m.participant_id === p.id),
      employers,
      false,
    ),
  );
}

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
}

/** What each enrolling role may create: agents informal workers, employers their own wage earners. */
async function enrolmentRefusal(
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

async function addMembershipLocked(
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
    to: null,
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

export interface EnrolInput {
  nik: string;
  name: string;
  sex: 'F' | 'M';
  birthDate: string;
  villageCode: string;
  phone?: string | null | undefined;
  membership: MembershipInput;
}

/**
 * Enrols a person, or finds them by NIK when they are already registered (one person, many
 * memberships), and adds the membership. The NIK is checked by the regulation engine and against the
 * stated sex and birth date; a known NIK with another birth date or sex is refused rather than
 * merged. Memberships of one person are added under a row lock, so two enrolments at once cannot
 * both pass the conflict check (the partial unique indexes back this up).
 */
export async function enrolParticipant(
  db: Executor,
  actor: Actor,
  input: EnrolInput,
  today: string,
): Promise<{ participant: ParticipantView; created: boolean }> {
  const check = checkNik(input.nik, await officialRegionCodes(), { asOf: today });
  const problems: Bilingual[] = check.errors.map((e) => e.message);
  if (check.valid) {
    const mismatches = nikMatchesPerson(check, { sex: input.sex, birthDate: input.birthDate });
    problems.push(...mismatches.map((e) => e.message));
  }
  const villageKnown = (await findExistingCodes(db, [input.villageCode])).has(input.villageCode);
  // A village outside the enroller's regions is answered like one that does not exist.
  const villageAllowed =
    actor.role === 'employer' || hasNationalScope(actor) || inScope(actor, input.villageCode);
  if (!villageKnown || !villageAllowed || input.villageCode.split('.').length !== 4) {
    problems.push({
      id: `Desa/kelurahan ${input.villageCode} tidak dikenal`,
      en: `Unknown village ${input.villageCode}`,
    });
  }
  if (problems.length > 0) throw validationFailed(problems);
  const refusal = await enrolmentRefusal(db, actor, input.membership);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const nik = check.nik;
  return db.transaction().execute(async (trx) => {
    let person = await lockParticipantByNik(trx, nik);
    const created = person === undefined;
    if (person) {
      if (person.birth_date !== input.birthDate || person.sex !== input.sex) {
        throw validationFailed([
          {
            id: 'NIK ini sudah terdaftar dengan tanggal lahir atau jenis kelamin lain; periksa data sebelum mendaftar',
            en: 'This NIK is registered with another birth date or sex; check the data before enrolling',
          },
        ]);
      }
    } else {
      person = await insertParticipant(
        trx,
        {
          nik,
          name: input.name.trim(),
          sex: input.sex,
          birth_date: input.birthDate,
          village_code: input.villageCode,
          phone: input.phone ?? null,
          died_on: null,
          agent_code: actor.agentCode,
          created_by: actor.label,
        },
        kpjFromSerial,
      );
      await recordAudit(trx, actor, {
        action: 'participant.create',
        entity: 'participant',
        entityId: person.id,
        regionCode: person.village_code,
        after: {
          kpj: person.kpj,
          nik: maskNik(nik),
          name: maskName(person.name),
          villageCode: person.village_code,
        },
      });
    }
    await addMembershipLocked(trx, actor, person, input.membership);
    const memberships = await membershipsOf(trx, [person.id]);
    const employers = await findEmployersByIds(trx, [
      ...new Set(memberships.flatMap((m) => (m.employer_id === null ? [] : [m.employer_id]))),
    ]);
    return { participant: participantView(person, memberships, employers, false), created };
  });
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
