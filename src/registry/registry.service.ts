import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { maskName, maskNik } from '../auth/personal-data.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { officialRegionCodes } from '../regions/official-codes.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import { checkNik, nikMatchesPerson } from '../regulations/identifiers/nik.rules.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import { kpjFromSerial } from './membership.rules.ts';
import { addMembershipLocked, enrolmentRefusal, type MembershipInput } from './memberships.service.ts';
import { employersOf, loadVisible, type ParticipantView, participantView } from './participant.view.ts';
import {
  insertParticipant,
  lockParticipantByNik,
  membershipsOf,
  searchParticipants,
} from './registry.repo.ts';

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
  const employers = await employersOf(db, memberships);
  return found.map((p) =>
    participantView(
      p,
      memberships.filter((m) => m.participant_id === p.id),
      employers,
      false,
    ),
  );
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
    const employers = await employersOf(trx, memberships);
    return { participant: participantView(person, memberships, employers, false), created };
  });
}
