import { recordAudit } from '../audit/audit.repo.ts';
import type { Executor } from '../db/database.ts';
import { AppError, validationFailed } from '../shared/errors.ts';
import type { Actor } from './actor.ts';
import { managesAccount } from './grants.rules.ts';
import { isPermission } from './permissions.ts';
import { isRole, permissionsOfRole } from './roles.ts';
import { API_TOKEN_PREFIX, newApiToken, sha256 } from './secrets.ts';
import { findTokenById, insertToken, listTokens, revokeToken, type TokenRecord } from './tokens.repo.ts';
import { findUserById } from './users.repo.ts';

export const tokenView = (t: TokenRecord) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  userId: t.userId,
  username: t.username,
  scopes: t.scopes,
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
});

const tokenNotFound = (id: number) =>
  new AppError('NOT_FOUND', { id: `Token ${id} tidak ditemukan`, en: `Token ${id} not found` });

const MAX_DAYS = 366;

/**
 * An API token for an integration (a Pemda budget system, a BPJS export job): it acts as one account,
 * limited to the listed permissions, until it expires (at most a year) or is revoked. The secret is
 * returned once; only its hash is stored.
 */
export async function createToken(
  db: Executor,
  manager: Actor,
  input: { name: string; userId: number; scopes: string[]; expiresAt: string },
  now: Date,
) {
  const owner = await findUserById(db, input.userId);
  if (!owner || !managesAccount(manager, owner)) {
    throw new AppError('NOT_FOUND', {
      id: `Pengguna ${input.userId} tidak ditemukan`,
      en: `User ${input.userId} not found`,
    });
  }
  const problems: { id: string; en: string }[] = [];
  if (owner.isDemo || !owner.active) {
    problems.push({
      id: 'Akun demo atau nonaktif tidak dapat memegang token',
      en: 'Demo or inactive accounts cannot hold tokens',
    });
  }
  const ownerPermissions = isRole(owner.role) ? permissionsOfRole(owner.role) : new Set();
  const unknown = input.scopes.filter((s) => !isPermission(s) || !ownerPermissions.has(s));
  if (unknown.length > 0 || input.scopes.length === 0) {
    problems.push({
      id: `Cakupan token harus hak akun pemiliknya: ${unknown.join(', ') || '(kosong)'}`,
      en: `Token scopes must be permissions of the owning account: ${unknown.join(', ') || '(empty)'}`,
    });
  }
  const expiresAt = new Date(`${input.expiresAt}T23:59:59+07:00`);
  const days = (expiresAt.getTime() - now.getTime()) / 86_400_000;
  if (!(days > 0 && days <= MAX_DAYS)) {
    problems.push({ id: `Masa berlaku 1–${MAX_DAYS} hari`, en: `Expiry must be 1–${MAX_DAYS} days ahead` });
  }
  if (problems.length > 0) {
    throw validationFailed(problems);
  }
  const secret = newApiToken();
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertToken(trx, {
      name: input.name,
      tokenHash: sha256(secret),
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      userId: owner.id,
      scopes: [...new Set(input.scopes)].sort(),
      expiresAt,
      createdBy: manager.userId,
    });
    await recordAudit(trx, manager, {
      action: 'token.create',
      entity: 'api_token',
      entityId: newId,
      after: { name: input.name, userId: owner.id, scopes: input.scopes, expiresAt: expiresAt.toISOString() },
    });
    return newId;
  });
  const record = await findTokenById(db, id);
  if (!record) throw tokenNotFound(id);
  return { ...tokenView(record), token: secret };
}

export async function listVisibleTokens(db: Executor, manager: Actor) {
  const tokens = await listTokens(db);
  const visible = [];
  for (const token of tokens) {
    const owner = await findUserById(db, token.userId);
    if (owner && managesAccount(manager, owner)) visible.push(tokenView(token));
  }
  return visible;
}

export async function revokeTokenById(db: Executor, manager: Actor, id: number, now: Date): Promise<void> {
  const token = await findTokenById(db, id);
  const owner = token ? await findUserById(db, token.userId) : undefined;
  if (!token || !owner || !managesAccount(manager, owner)) throw tokenNotFound(id);
  await db.transaction().execute(async (trx) => {
    await revokeToken(trx, id, now);
    await recordAudit(trx, manager, { action: 'token.revoke', entity: 'api_token', entityId: id });
  });
}
