import { recordAudit } from '../audit/audit.repo.ts';
import type { Executor } from '../db/database.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import { AppError, validationFailed } from '../shared/errors.ts';
import type { Actor } from './actor.ts';
import { forbidden } from './auth.errors.ts';
import { type Grant, grantRefusal, grantShapeProblems, managesAccount } from './grants.rules.ts';
import { hashPassword, temporaryPassword } from './password.ts';
import { maskName } from './personal-data.ts';
import type { Role } from './roles.ts';
import { hasNationalScope, inScope } from './scope.ts';
import { endSessionsOfUser } from './sessions.repo.ts';
import { type UserView, userView, userViews } from './user.view.ts';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  replaceRegions,
  type UserChanges,
  type UserRecord,
  updateUser,
} from './users.repo.ts';

/** What the audit log keeps of an account: no hash, and personal fields masked. */
const auditSnapshot = (u: UserRecord) => ({
  username: u.username,
  displayName: maskName(u.displayName),
  role: u.role,
  regions: u.regions,
  active: u.active,
  employerNpp: u.employerNpp,
  agentCode: u.agentCode,
});

const userNotFound = (id: number | string) =>
  new AppError('NOT_FOUND', { id: `Pengguna ${id} tidak ditemukan`, en: `User ${id} not found` });

/** An account outside the manager's scope answers exactly like one that does not exist. */
async function requireManagedUser(db: Executor, manager: Actor, id: number): Promise<UserRecord> {
  const user = await findUserById(db, id);
  if (!user || !managesAccount(manager, user)) throw userNotFound(id);
  return user;
}

async function checkGrant(db: Executor, manager: Actor, grant: Grant): Promise<void> {
  const problems = grantShapeProblems(grant);
  const existing = await findExistingCodes(db, grant.regions);
  // A region outside the manager's scope is answered exactly like one that does not exist.
  const unknown = grant.regions.filter((c) => !existing.has(c) || !inScope(manager, c));
  if (unknown.length > 0)
    problems.push({
      id: `Wilayah tidak dikenal: ${unknown.join(', ')}`,
      en: `Unknown regions: ${unknown.join(', ')}`,
    });
  if (problems.length > 0) throw validationFailed(problems);
  const refusal = grantRefusal(manager, grant);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

export const USERNAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$';

export interface NewAccount {
  username: string;
  displayName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  role: Role;
  regions: string[];
  employerNpp?: string | null | undefined;
  agentCode?: string | null | undefined;
  /** Set by the CLI for the first administrator; otherwise a temporary password is generated. */
  password?: string | undefined;
  isDemo?: boolean;
}

export async function createAccount(
  db: Executor,
  manager: Actor,
  input: NewAccount,
): Promise<{ user: UserView; temporaryPassword: string | null }> {
  const regions = [...new Set(input.regions)].sort();
  const grant: Grant = {
    role: input.role,
    regions,
    employerNpp: input.employerNpp ?? null,
    agentCode: input.agentCode ?? null,
  };
  await checkGrant(db, manager, grant);
  const taken = () =>
    new AppError('USER_CONFLICT', {
      id: `Nama pengguna ${input.username} sudah dipakai`,
      en: `Username ${input.username} is taken`,
    });
  if (await findUserByUsername(db, input.username)) throw taken();
  const temporary = input.password === undefined ? temporaryPassword() : null;
  const passwordHash = await hashPassword(input.password ?? (temporary as string));
  const id = await db.transaction().execute(async (trx) => {
    // Two requests for one new username can both pass the check above; the unique index decides.
    const newId = await insertUser(
      trx,
      {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        role: input.role,
        passwordHash,
        mustChangePassword: temporary !== null,
        isDemo: input.isDemo ?? false,
        employerNpp: grant.employerNpp,
        agentCode: grant.agentCode,
        createdBy: manager.userId,
      },
      regions,
    ).catch((error: unknown) => {
      throw (error as { code?: string }).code === '23505' ? taken() : error;
    });
    const created = await findUserById(trx, newId);
    await recordAudit(trx, manager, {
      action: 'user.create',
      entity: 'user',
      entityId: newId,
      regionCode: regions.length === 1 ? regions[0] : null,
      after: created ? auditSnapshot(created) : null,
    });
    return newId;
  });
  const user = await findUserById(db, id);
  if (!user) throw userNotFound(id);
  return { user: await userView(db, user), temporaryPassword: temporary };
}

export interface AccountPatch {
  displayName?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  role?: Role | undefined;
  regions?: string[] | undefined;
  active?: boolean | undefined;
}

export async function changeAccount(
  db: Executor,
  manager: Actor,
  id: number,
  patch: AccountPatch,
): Promise<UserView> {
  const before = await requireManagedUser(db, manager, id);
  if (
    id === manager.userId &&
    (patch.active === false || patch.role !== undefined || patch.regions !== undefined)
  ) {
    throw new AppError('FORBIDDEN', {
      id: 'Anda tidak dapat mengubah peran, wilayah atau status akun Anda sendiri',
      en: 'You cannot change your own role, regions or status',
    });
  }
  if (patch.role !== undefined || patch.regions !== undefined) {
    const role = patch.role ?? (before.role as Role);
    const regions = patch.regions ? [...new Set(patch.regions)].sort() : before.regions;
    await checkGrant(db, manager, {
      role,
      regions,
      employerNpp: before.employerNpp,
      agentCode: before.agentCode,
    });
  }
  const changes: UserChanges = {};
  if (patch.displayName !== undefined) changes.display_name = patch.displayName;
  if (patch.email !== undefined) changes.email = patch.email;
  if (patch.phone !== undefined) changes.phone = patch.phone;
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.active !== undefined) changes.active = patch.active;
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, id, changes);
    if (patch.regions !== undefined) await replaceRegions(trx, id, [...new Set(patch.regions)].sort());
    if (patch.active === false || patch.role !== undefined || patch.regions !== undefined) {
      await endSessionsOfUser(trx, id, new Date());
    }
    const after = await findUserById(trx, id);
    await recordAudit(trx, manager, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before: auditSnapshot(before),
      after: after ? auditSnapshot(after) : null,
    });
  });
  const user = await findUserById(db, id);
  if (!user) throw userNotFound(id);
  return userView(db, user);
}

/** A new temporary password, shown once; the account must change it and its sessions end. */
export async function resetAccountPassword(
  db: Executor,
  manager: Actor,
  id: number,
  now: Date,
): Promise<string> {
  const user = await requireManagedUser(db, manager, id);
  if (user.isDemo) throw forbidden('users.manage');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, id, {
      password_hash: passwordHash,
      must_change_password: true,
      password_changed_at: now,
      failed_logins: 0,
      locked_until: null,
    });
    await endSessionsOfUser(trx, id, now);
    await recordAudit(trx, manager, { action: 'user.password_reset', entity: 'user', entityId: id });
  });
  return password;
}

export async function unlockAccount(db: Executor, manager: Actor, id: number): Promise<UserView> {
  const user = await requireManagedUser(db, manager, id);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, id, { failed_logins: 0, locked_until: null });
    await recordAudit(trx, manager, {
      action: 'user.unlock',
      entity: 'user',
      entityId: id,
      before: { lockedUntil: user.lockedUntil },
    });
  });
  return userView(db, { ...user, failedLogins: 0, lockedUntil: null });
}

/** The full record, for a stated reason; who, when and why go to the audit log before it is shown. */
export async function revealAccount(
  db: Executor,
  manager: Actor,
  id: number,
  reason: string,
): Promise<UserView> {
  const user = await requireManagedUser(db, manager, id);
  await recordAudit(db, manager, {
    action: 'personal.reveal',
    entity: 'user',
    entityId: id,
    regionCode: user.regions.length === 1 ? user.regions[0] : null,
    reason,
    after: { fields: ['displayName', 'email', 'phone'] },
  });
  return userView(db, user, true);
}

export async function listManagedAccounts(
  db: Executor,
  manager: Actor,
  filter: { q?: string | undefined; role?: string | undefined; limit: number; offset: number },
): Promise<{ users: UserView[]; total: number }> {
  const { users, total } = await listUsers(db, {
    ...filter,
    withinRoots: hasNationalScope(manager) ? null : manager.regions,
  });
  return { users: await userViews(db, users), total };
}

/**
 * Every account in the manager's scope for a spreadsheet. Masked by default; the full personal data
 * needs `personal.reveal` and a reason, and either way the export is recorded in the audit log.
 */
export async function exportAccounts(
  db: Executor,
  manager: Actor,
  options: { reveal: boolean; reason?: string | undefined },
): Promise<UserView[]> {
  if (options.reveal) {
    if (!manager.permissions.has('personal.reveal')) throw forbidden('personal.reveal');
    if (!options.reason || options.reason.trim().length < 10) {
      throw validationFailed([
        { id: 'Alasan minimal 10 karakter', en: 'A reason of at least 10 characters is required' },
      ]);
    }
  }
  const { users } = await listUsers(db, {
    limit: 1_000_000,
    offset: 0,
    withinRoots: hasNationalScope(manager) ? null : manager.regions,
  });
  await recordAudit(db, manager, {
    action: options.reveal ? 'personal.export' : 'user.export',
    entity: 'user',
    reason: options.reason ?? null,
    after: { accounts: users.length, masked: !options.reveal },
  });
  return userViews(db, users, options.reveal);
}
