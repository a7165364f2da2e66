import { type Expression, type SqlBool, sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import type { EmployerTable, MembershipTable, ParticipantTable } from '../db/schema.ts';
import { escapeLike } from '../shared/text.ts';

export type ParticipantRow = Omit<ParticipantTable, 'id' | 'created_at'> & { id: number; created_at: Date };
export type MembershipRow = Omit<MembershipTable, 'id' | 'created_at'> & { id: number; created_at: Date };
export type EmployerRow = Omit<EmployerTable, 'id' | 'created_at'> & { id: number; created_at: Date };

export const findParticipant = (db: Executor, id: number): Promise<ParticipantRow | undefined> =>
  db.selectFrom('participant').selectAll().where('id', '=', id).executeTakeFirst();

/** Locks the person's row for the rest of the transaction: memberships of one person are added one at a time. */
export const lockParticipantByNik = (db: Executor, nik: string): Promise<ParticipantRow | undefined> =>
  db.selectFrom('participant').selectAll().where('nik', '=', nik).forUpdate().executeTakeFirst();

export async function insertParticipant(
  db: Executor,
  p: Omit<ParticipantTable, 'id' | 'created_at' | 'kpj'>,
  kpjOf: (serial: number) => string,
): Promise<ParticipantRow> {
  const { rows } = await sql<{ serial: number }>`select nextval('kpj_serial')::int8 as serial`.execute(db);
  return db
    .insertInto('participant')
    .values({ ...p, kpj: kpjOf(rows[0]?.serial ?? 0) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const membershipsOf = (db: Executor, participantIds: readonly number[]): Promise<MembershipRow[]> =>
  participantIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('membership')
        .selectAll()
        .where('participant_id', 'in', participantIds)
        .orderBy('valid_from')
        .orderBy('id')
        .execute();

export const insertMembership = (
  db: Executor,
  m: Omit<MembershipTable, 'id' | 'created_at' | 'valid_to' | 'end_reason'> &
    Partial<Pick<MembershipTable, 'valid_to' | 'end_reason'>>,
): Promise<MembershipRow> => db.insertInto('membership').values(m).returningAll().executeTakeFirstOrThrow();

export const findMembership = (db: Executor, id: number): Promise<MembershipRow | undefined> =>
  db.selectFrom('membership').selectAll().where('id', '=', id).executeTakeFirst();

export async function endMembership(
  db: Executor,
  id: number,
  validTo: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('membership')
    .set({ valid_to: validTo, end_reason: reason })
    .where('id', '=', id)
    .execute();
}

export const findEmployer = (db: Executor, id: number): Promise<EmployerRow | undefined> =>
  db.selectFrom('employer').selectAll().where('id', '=', id).executeTakeFirst();

/** The employer's status on a date (the status row whose range holds it), or null before its first one. */
export async function employerStatusOn(
  db: Executor,
  employerId: number,
  date: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('employer_status')
    .select('status')
    .where('employer_id', '=', employerId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .executeTakeFirst();
  return row?.status ?? null;
}

export const findEmployersByIds = (db: Executor, ids: readonly number[]): Promise<EmployerRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('employer').selectAll().where('id', 'in', ids).execute();

export const insertEmployer = (
  db: Executor,
  e: Omit<EmployerTable, 'id' | 'created_at'>,
): Promise<EmployerRow> => db.insertInto('employer').values(e).returningAll().executeTakeFirstOrThrow();

export async function insertEmployerStatus(
  db: Executor,
  employerId: number,
  status: 'active' | 'arrears' | 'closed',
  from: string,
): Promise<void> {
  await db
    .insertInto('employer_status')
    .values({ employer_id: employerId, status, valid_from: from })
    .execute();
}

export interface ParticipantSearch {
  /** An exact NIK (16 digits), an exact KPJ (11 digits) or the start of a name. */
  q: string;
  /** Domicile inside one of these regions (null: anywhere). */
  roots: readonly string[] | null;
  /** Or enrolled by this agent / employed by this employer (ownership). */
  agentCode: string | null;
  employerNpp: string | null;
  limit: number;
}

/** People visible to a searcher: inside their regions, or theirs by ownership (agent, employer). */
export async function searchParticipants(db: Executor, search: ParticipantSearch): Promise<ParticipantRow[]> {
  const q = search.q.trim();
  let query = db.selectFrom('participant').selectAll();
  if (/^\d{16}$/.test(q)) query = query.where('nik', '=', q);
  else if (/^\d{11}$/.test(q)) query = query.where('kpj', '=', q);
  else {
    const prefix = `${escapeLike(q.toLowerCase())}%`;
    query = query.where(sql`lower(name)`, 'like', prefix);
  }
  query = query.where((eb) => {
    const visible: Expression<SqlBool>[] = [
      search.roots === null ? eb.val(true) : regionWithin('village_code', search.roots),
    ];
    if (search.agentCode !== null) visible.push(eb('agent_code', '=', search.agentCode));
    if (search.employerNpp !== null) {
      visible.push(
        eb.exists(
          eb
            .selectFrom('membership as m')
            .innerJoin('employer as e', 'e.id', 'm.employer_id')
            .whereRef('m.participant_id', '=', 'participant.id')
            .where('e.npp', '=', search.employerNpp)
            .select('m.id'),
        ),
      );
    }
    return visible.length === 0 ? eb.val(false) : eb.or(visible);
  });
  return query.orderBy('name').orderBy('id').limit(search.limit).execute();
}
