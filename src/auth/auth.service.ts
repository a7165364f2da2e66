import { recordAudit } from '../audit/audit.repo.ts';
import type { Config } from '../config/config.ts';
import type { Executor } from '../db/database.ts';
import { AppError, validationFailed } from '../shared/errors.ts';
import { type Actor, ANONYMOUS } from './actor.ts';
import { accountLocked, loginFailed } from './auth.errors.ts';
import { decoy, hashPassword, passwordProblems, verifyPassword } from './password.ts';
import { isPermission, type Permission } from './permissions.ts';
import { isRole, permissionsOfRole } from './roles.ts';
import { newSecret, sha256 } from './secrets.ts';
import {
  endSession,
  endSessionsOfUser,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './sessions.repo.ts';
import { findTokenWithUser, markTokenUsed } from './tokens.repo.ts';
import {
  findUserById,
  findUserByUsername,
  recordFailedLogin,
  type UserRecord,
  updateUser,
} from './users.repo.ts';

const MINUTE = 60_000;

export interface AuthSettings {
  readonly sessionIdleMinutes: number;
  readonly sessionMaxHours: number;
  readonly lockoutThreshold: number;
  readonly lockoutMinutes: number;
  /** Demo accounts may log in only while the database is a demo database and demo mode is on. */
  readonly demoActive: () => Promise<boolean>;
}

export const authSettings = (config: Config, demoActive: () => Promise<boolean>): AuthSettings => ({
  sessionIdleMinutes: config.sessionIdleMinutes,
  sessionMaxHours: config.sessionMaxHours,
  lockoutThreshold: config.lockoutThreshold,
  lockoutMinutes: config.lockoutMinutes,
  demoActive,
});

/** The actor an account acts as; `scopes` narrows the permissions (API tokens). */
export function actorOfUser(
  user: UserRecord,
  kind: 'session' | 'token',
  ip: string | null,
  scopes?: readonly string[],
  label?: string,
): Actor {
  const role = isRole(user.role) ? user.role : null;
  if (role === null) return { ...ANONYMOUS, ip };
  let permissions = new Set<Permission>(permissionsOfRole(role));
  if (scopes) permissions = new Set([...permissions].filter((p) => scopes.includes(p)));
  return {
    kind,
    userId: user.id,
    label: label ?? user.username,
    role,
    permissions,
    regions: user.regions,
    employerNpp: user.employerNpp,
    agentCode: user.agentCode,
    mustChangePassword: user.mustChangePassword,
    ip,
  };
}

export interface LoginResult {
  readonly secret: string;
  readonly user: UserRecord;
  readonly expiresAt: Date;
}

/**
 * Checks a password and opens a new session. Every outcome takes one argon2 verification (a decoy for
 * unknown users), answers the same LOGIN_FAILED for a wrong user and a wrong password, and is
 * audited. A locked account is refused even with the right password; the lock ends by itself.
 */
export async function login(
  db: Executor,
  settings: AuthSettings,
  input: { username: string; password: string; ip: string | null; userAgent: string | null },
  now: Date,
): Promise<LoginResult> {
  const user = await findUserByUsername(db, input.username);
  const client = { ...ANONYMOUS, label: input.username.slice(0, 100), ip: input.ip };
  if (!user) {
    await verifyPassword(await decoy(), input.password);
    await recordAudit(db, client, {
      action: 'auth.login_failed',
      entity: 'user',
      after: { reason: 'unknown' },
    });
    throw loginFailed();
  }
  const asUser: Actor = {
    ...client,
    userId: user.id,
    label: user.username,
    role: isRole(user.role) ? user.role : 'public',
  };
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, asUser, { action: 'auth.login_locked', entity: 'user', entityId: user.id });
    throw accountLocked(user.lockedUntil);
  }
  const valid = await verifyPassword(user.passwordHash, input.password);
  const demoRefused = user.isDemo && !(await settings.demoActive());
  if (!valid || !user.active || demoRefused) {
    const lockedUntil = valid
      ? null
      : await recordFailedLogin(
          db,
          user.id,
          settings.lockoutThreshold,
          now,
          new Date(now.getTime() + settings.lockoutMinutes * MINUTE),
        );
    const why = !valid ? 'password' : !user.active ? 'inactive' : 'demo-disabled';
    await recordAudit(db, asUser, {
      action: 'auth.login_failed',
      entity: 'user',
      entityId: user.id,
      after: { reason: why },
    });
    if (lockedUntil && lockedUntil > now) {
      await recordAudit(db, asUser, {
        action: 'auth.account_locked',
        entity: 'user',
        entityId: user.id,
        after: { lockedUntil },
      });
    }
    throw loginFailed();
  }
  // A fresh secret on every login: a session id planted before login (fixation) is never reused.
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 60 * MINUTE);
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      tokenHash: sha256(secret),
      userId: user.id,
      now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await updateUser(trx, user.id, { failed_logins: 0, locked_until: null, last_login_at: now });
    await recordAudit(trx, asUser, { action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { secret, user, expiresAt };
}

/** The actor of a session cookie, or null when the session is unknown, ended, idle too long or expired. */
export async function actorOfSession(
  db: Executor,
  settings: AuthSettings,
  secret: string,
  ip: string | null,
  now: Date,
): Promise<Actor | null> {
  const tokenHash = sha256(secret);
  const user = await findSessionWithUser(db, tokenHash);
  if (!user || user.sessionEndedAt) return null;
  const idleLimit = user.sessionLastSeenAt.getTime() + settings.sessionIdleMinutes * MINUTE;
  if (user.sessionExpiresAt <= now || idleLimit <= now.getTime()) {
    await endSession(db, tokenHash, now);
    return null;
  }
  if (!user.active) return null;
  if (user.isDemo && !(await settings.demoActive())) return null;
  // One write a minute at most: enough for the idle timeout, cheap for dashboards that poll.
  if (now.getTime() - user.sessionLastSeenAt.getTime() > MINUTE) await touchSession(db, tokenHash, now);
  return actorOfUser(user, 'session', ip);
}

export async function logout(db: Executor, actor: Actor, secret: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSession(trx, sha256(secret), now);
    await recordAudit(trx, actor, { action: 'auth.logout', entity: 'user', entityId: actor.userId });
  });
}

/** The actor of a bearer token: the token's account, narrowed to the token's scopes; null if invalid. */
export async function actorOfToken(
  db: Executor,
  token: string,
  ip: string | null,
  now: Date,
): Promise<Actor | null> {
  const user = await findTokenWithUser(db, sha256(token));
  if (!user || user.tokenRevokedAt || user.tokenExpiresAt <= now) return null;
  if (!user.active || user.isDemo) return null;
  if (!user.tokenLastUsedAt || now.getTime() - user.tokenLastUsedAt.getTime() > MINUTE)
    await markTokenUsed(db, user.tokenId, now);
  const scopes = user.tokenScopes.filter(isPermission);
  return { ...actorOfUser(user, 'token', ip, scopes, `token:${user.tokenName}`), mustChangePassword: false };
}

/** Changes one's own password; other sessions of the account end, the current one stays. */
export async function changeOwnPassword(
  db: Executor,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSession: string | null },
  now: Date,
): Promise<void> {
  if (actor.userId === null) throw loginFailed();
  const user = await findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', {
      id: 'Kata sandi saat ini salah',
      en: 'The current password is wrong',
    });
  }
  const problems = passwordProblems(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    problems.push({
      id: 'Kata sandi baru harus berbeda',
      en: 'The new password must differ from the current one',
    });
  }
  if (problems.length > 0) {
    throw validationFailed(problems);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      password_hash: passwordHash,
      must_change_password: false,
      password_changed_at: now,
    });
    await endSessionsOfUser(trx, user.id, now, input.keepSession ? sha256(input.keepSession) : undefined);
    await recordAudit(trx, actor, { action: 'user.password_change', entity: 'user', entityId: user.id });
  });
}
