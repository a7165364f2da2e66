import type { Executor } from '../db/database.ts';
import { selectUsers } from './users.repo.ts';

export interface TokenRecord {
  id: number;
  name: string;
  prefix: string;
  userId: number;
  username: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

function selectTokens(db: Executor) {
  return db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.name',
      't.prefix',
      't.user_id as userId',
      'u.username',
      't.scopes',
      't.expires_at as expiresAt',
      't.last_used_at as lastUsedAt',
      't.revoked_at as revokedAt',
      't.created_at as createdAt',
    ]);
}

export const listTokens = (db: Executor): Promise<TokenRecord[]> =>
  selectTokens(db).orderBy('t.id', 'desc').execute();

export const findTokenById = (db: Executor, id: number): Promise<TokenRecord | undefined> =>
  selectTokens(db).where('t.id', '=', id).executeTakeFirst();

/**
 * A token's row and its account in one round trip: every API request with a token reads this, and
 * under load each round trip costs CPU in both Node and PostgreSQL (issue 8's HTTP payments profile).
 */
export const findTokenWithUser = (db: Executor, tokenHash: string) =>
  selectUsers(db)
    .innerJoin('api_token as t', 't.user_id', 'app_user.id')
    .select([
      't.id as tokenId',
      't.name as tokenName',
      't.scopes as tokenScopes',
      't.expires_at as tokenExpiresAt',
      't.last_used_at as tokenLastUsedAt',
      't.revoked_at as tokenRevokedAt',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function insertToken(
  db: Executor,
  token: {
    name: string;
    tokenHash: string;
    prefix: string;
    userId: number;
    scopes: string[];
    expiresAt: Date;
    createdBy: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('api_token')
    .values({
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      user_id: token.userId,
      scopes: token.scopes,
      expires_at: token.expiresAt,
      created_by: token.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function revokeToken(db: Executor, id: number, now: Date): Promise<void> {
  await db
    .updateTable('api_token')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function markTokenUsed(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', id).execute();
}
