import type { Executor } from '../db/database.ts';

export interface SessionRecord {
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

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

export const findSession = (db: Executor, tokenHash: string): Promise<SessionRecord | undefined> =>
  db
    .selectFrom('auth_session')
    .select([
      'user_id as userId',
      'created_at as createdAt',
      'last_seen_at as lastSeenAt',
      'expires_at as expiresAt',
      'ended_at as endedAt',
    ])
    .where('token_hash', '=', tokenHash)
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
