import type { Actor } from '../auth/actor.ts';
import { maskBirthDate, maskName, maskNik, maskPhone } from '../auth/personal-data.ts';
import { ownsRecord } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import type { Segment } from './membership.rules.ts';
import {
  type EmployerRow,
  findEmployersByIds,
  findParticipant,
  type MembershipRow,
  membershipsOf,
  type ParticipantRow,
} from './registry.repo.ts';

/** The employers of some memberships, each fetched once. */
export const employersOf = (db: Executor, memberships: readonly MembershipRow[]): Promise<EmployerRow[]> =>
  findEmployersByIds(db, [
    ...new Set(memberships.flatMap((m) => (m.employer_id === null ? [] : [m.employer_id]))),
  ]);

export const participantNotFound = (id: number | string) =>
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
  projectId: number | null;
  placementCountry: string | null;
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
    projectId: m.project_id,
    placementCountry: m.placement_country,
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
export function participantView(
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

export async function loadVisible(db: Executor, actor: Actor, id: number) {
  const person = await findParticipant(db, id);
  if (!person) throw participantNotFound(id);
  const memberships = await membershipsOf(db, [id]);
  const employers = await employersOf(db, memberships);
  if (!visibleTo(actor, person, employers)) throw participantNotFound(id);
  return { person, memberships, employers };
}

export async function getParticipant(db: Executor, actor: Actor, id: number): Promise<ParticipantView> {
  const { person, memberships, employers } = await loadVisible(db, actor, id);
  return participantView(person, memberships, employers, false);
}
