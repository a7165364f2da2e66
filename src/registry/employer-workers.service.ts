import type { Actor } from '../auth/actor.ts';
import { maskName, maskNik } from '../auth/personal-data.ts';
import type { Executor } from '../db/database.ts';
import { getEmployer } from './employers.service.ts';

export interface EmployerWorker {
  membershipId: number;
  participantId: number;
  kpj: string;
  nik: string;
  name: string;
  programs: string[];
  validFrom: string;
}

/**
 * An employer's workforce: its open PU memberships, masked (NIK and name, UU PDP 27/2022), by name;
 * at most `limit`. The employer must be visible to the actor (404 otherwise, like GET /employers/:id).
 */
export async function employerWorkers(
  db: Executor,
  actor: Actor,
  employerId: number,
  limit = 500,
): Promise<{ total: number; workers: EmployerWorker[] }> {
  const employer = await getEmployer(db, actor, employerId);
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('participant as p', 'p.id', 'm.participant_id')
    .select(['m.id', 'm.programs', 'm.valid_from', 'p.id as participant_id', 'p.kpj', 'p.nik', 'p.name'])
    .where('m.employer_id', '=', employerId)
    .where('m.segment', '=', 'PU')
    .where('m.valid_to', 'is', null)
    .orderBy('p.name')
    .orderBy('m.id')
    .limit(limit)
    .execute();
  return {
    total: employer.activeWorkers,
    workers: rows.map((r) => ({
      membershipId: r.id,
      participantId: r.participant_id,
      kpj: r.kpj,
      nik: maskNik(r.nik),
      name: maskName(r.name),
      programs: r.programs,
      validFrom: r.valid_from,
    })),
  };
}
