import type { Executor } from '../db/database.ts';
import { selectUsers } from './users.repo.ts';

export async function insertSession(
  db: Executor,
  session: {
    tokenHash: string;
    userId: number;
    now: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('auth_session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** A session's row and its account in one round trip (every request of the dashboard reads this). */
export const findSessionWithUser = (db: Executor, tokenHash: string) =>
  selectUsers(db)
    .innerJoin('auth_session as s', 's.user_id', 'app_user.id')
    .select([
      's.last_seen_at as sessionLastSeenAt',
      's.expires_at as sessionExpiresAt',
      's.ended_at as sessionEndedAt',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('auth_session')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function endSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('auth_session')
    .set({ ended_at: now })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every session of a user (password change, reset, deactivation), except `keep` if given. */
export async function endSessionsOfUser(
  db: Executor,
  userId: number,
  now: Date,
  keep?: string,
): Promise<void> {
  let query = db
    .updateTable('auth_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null);
  if (keep) query = query.where('token_hash', '!=', keep);
  await query.execute();
}

/** Sessions are kept 30 days after they end (for the security record), then deleted. */
export async function purgeOldSessions(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('auth_session').where('expires_at', '<', before).execute();
}
