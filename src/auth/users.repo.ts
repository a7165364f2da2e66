import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { escapeLike } from '../shared/text.ts';
import { regionWithin } from './scope.sql.ts';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: string;
  passwordHash: string;
  mustChangePassword: boolean;
  active: boolean;
  isDemo: boolean;
  employerNpp: string | null;
  agentCode: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  regions: string[];
}

const regionsOf = (eb: ExpressionBuilder<DB, 'app_user'>) =>
  sql<
    string[]
  >`coalesce((select array_agg(r.region_code order by r.region_code) from app_user_region r where r.user_id = ${eb.ref('app_user.id')}), '{}')`;

/** Every account column and its regions; the token and session lookups join their row onto it. */
export function selectUsers(db: Executor) {
  return db
    .selectFrom('app_user')
    .select((eb) => [
      'app_user.id',
      'app_user.username',
      'app_user.display_name as displayName',
      'app_user.email',
      'app_user.phone',
      'app_user.role',
      'app_user.password_hash as passwordHash',
      'app_user.must_change_password as mustChangePassword',
      'app_user.active',
      'app_user.is_demo as isDemo',
      'app_user.employer_npp as employerNpp',
      'app_user.agent_code as agentCode',
      'app_user.failed_logins as failedLogins',
      'app_user.locked_until as lockedUntil',
      'app_user.last_login_at as lastLoginAt',
      'app_user.created_at as createdAt',
      regionsOf(eb).as('regions'),
    ]);
}

export const findUserById = (db: Executor, id: number): Promise<UserRecord | undefined> =>
  selectUsers(db).where('app_user.id', '=', id).executeTakeFirst();

export const findUserByUsername = (db: Executor, username: string): Promise<UserRecord | undefined> =>
  selectUsers(db)
    .where(sql<string>`lower(app_user.username)`, '=', username.toLowerCase())
    .executeTakeFirst();

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  /** Only users whose every region lies inside one of these roots (null: no restriction). */
  withinRoots: readonly string[] | null;
  limit: number;
  offset: number;
}

/** Users an administrator may see: every region of the account inside the administrator's scope. */
export async function listUsers(
  db: Executor,
  filter: UserFilter,
): Promise<{ users: UserRecord[]; total: number }> {
  let query = selectUsers(db);
  if (filter.q) {
    const like = `%${escapeLike(filter.q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(app_user.username)`, 'like', like),
        eb(sql`lower(app_user.display_name)`, 'like', like),
      ]),
    );
  }
  if (filter.role) query = query.where('app_user.role', '=', filter.role);
  const roots = filter.withinRoots;
  if (roots !== null) {
    // An account is listed when it has regions and none of them lies outside the roots.
    query = query.where((eb) =>
      eb.and([
        eb.exists(
          eb
            .selectFrom('app_user_region as ur')
            .whereRef('ur.user_id', '=', 'app_user.id')
            .select('ur.user_id'),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('app_user_region as ur')
              .whereRef('ur.user_id', '=', 'app_user.id')
              .where(sql<boolean>`not ${regionWithin('ur.region_code', roots)}`)
              .select('ur.user_id'),
          ),
        ),
      ]),
    );
  }
  // The total rides along as a window count, so a page costs one query however many accounts exist.
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('app_user.username')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { users: rows.map(({ total: _total, ...user }) => user), total: Number(rows[0]?.total ?? 0) };
}

export interface NewUser {
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: string;
  passwordHash: string;
  mustChangePassword: boolean;
  isDemo: boolean;
  employerNpp: string | null;
  agentCode: string | null;
  createdBy: number | null;
}

export async function insertUser(db: Executor, user: NewUser, regions: readonly string[]): Promise<number> {
  const { id } = await db
    .insertInto('app_user')
    .values({
      username: user.username,
      display_name: user.displayName,
      email: user.email,
      phone: user.phone,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword,
      is_demo: user.isDemo,
      employer_npp: user.employerNpp,
      agent_code: user.agentCode,
      created_by: user.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceRegions(db, id, regions);
  return id;
}

export async function replaceRegions(
  db: Executor,
  userId: number,
  regions: readonly string[],
): Promise<void> {
  await db.deleteFrom('app_user_region').where('user_id', '=', userId).execute();
  if (regions.length > 0) {
    await db
      .insertInto('app_user_region')
      .values(regions.map((region_code) => ({ user_id: userId, region_code })))
      .execute();
  }
}

export type UserChanges = Partial<{
  display_name: string;
  email: string | null;
  phone: string | null;
  role: string;
  active: boolean;
  password_hash: string;
  must_change_password: boolean;
  password_changed_at: Date;
  failed_logins: number;
  locked_until: Date | null;
  last_login_at: Date;
}>;

export async function updateUser(db: Executor, id: number, changes: UserChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}

/**
 * Counts a failed login in one statement (two wrong passwords at the same moment both count) and
 * locks the account once the count reaches `threshold`. A lock that has run out starts the count
 * afresh, so one more wrong password after it does not lock again at once. Returns the lock time.
 */
export async function recordFailedLogin(
  db: Executor,
  id: number,
  threshold: number,
  now: Date,
  lockUntil: Date,
): Promise<Date | null> {
  const expired = sql<boolean>`(locked_until is not null and locked_until <= ${now}::timestamptz)`;
  const count = sql<number>`(case when ${expired} then 0 else failed_logins end) + 1`;
  const row = await db
    .updateTable('app_user')
    .set(() => ({
      failed_logins: count,
      locked_until: sql<Date | null>`case when ${count} >= ${threshold} then ${lockUntil}::timestamptz when ${expired} then null else locked_until end`,
    }))
    .where('id', '=', id)
    .returning('locked_until')
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
