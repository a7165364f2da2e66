import { passwordProblems } from '../../auth/password.ts';
import { isRole, ROLE_CODES } from '../../auth/roles.ts';
import { createToken, listVisibleTokens, revokeTokenById } from '../../auth/tokens.service.ts';
import { findUserByUsername } from '../../auth/users.repo.ts';
import {
  changeAccount,
  createAccount,
  listManagedAccounts,
  resetAccountPassword,
  unlockAccount,
} from '../../auth/users.service.ts';
import type { Executor } from '../../db/database.ts';
import { AppError, validationFailed } from '../../shared/errors.ts';
import { type Command, type CommandContext, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

async function requireUser(db: Executor, username: string) {
  const user = await findUserByUsername(db, username);
  if (!user)
    throw new AppError('NOT_FOUND', {
      id: `Pengguna ${username} tidak ditemukan`,
      en: `User ${username} not found`,
    });
  return user;
}

function printOnce(context: CommandContext, what: { id: string; en: string }, secret: string) {
  context.print(`${context.lang === 'en' ? what.en : what.id}: ${secret}`);
  context.print(
    context.lang === 'en'
      ? '(shown once; it is stored only as a hash)'
      : '(ditampilkan sekali; hanya hash-nya yang disimpan)',
  );
}

async function create(context: CommandContext, db: Executor): Promise<number> {
  const f = context.flags;
  const username = stringFlag(f, 'username') ?? requireArg(context.args, 1, 'username');
  const role = stringFlag(f, 'role') ?? '';
  if (!isRole(role)) {
    throw new UsageError({
      id: `--role salah satu dari: ${ROLE_CODES.join(', ')}`,
      en: `--role one of: ${ROLE_CODES.join(', ')}`,
    });
  }
  let password: string | undefined;
  if (f['password-stdin'] === true) {
    password = await readStdin();
    const problems = passwordProblems(password, username);
    if (problems.length > 0) throw validationFailed(problems);
  }
  const regions = role === 'national_admin' && !f.regions ? ['00'] : list(stringFlag(f, 'regions'));
  const result = await createAccount(db, cliActor(), {
    username,
    displayName: stringFlag(f, 'name') ?? username,
    email: stringFlag(f, 'email') ?? null,
    phone: stringFlag(f, 'phone') ?? null,
    role,
    regions,
    employerNpp: stringFlag(f, 'npp') ?? null,
    agentCode: stringFlag(f, 'agent') ?? null,
    password,
  });
  if (context.json) printJson(context, result);
  else {
    context.print(
      `+ ${result.user.id} ${result.user.username} (${result.user.roleNameId}) ${result.user.regions.map((r) => r.code).join(', ')}`,
    );
    if (result.temporaryPassword) {
      printOnce(
        context,
        {
          id: 'Kata sandi sementara (wajib diganti saat masuk)',
          en: 'Temporary password (must be changed at login)',
        },
        result.temporaryPassword,
      );
    }
  }
  return 0;
}

export const userCommand: Command = {
  name: 'user',
  summary: { id: 'Kelola akun pengguna', en: 'Manage user accounts' },
  usage: [
    'user create <username> --role ROLE [--regions 15,16] [--name TEXT] [--email E] [--phone P] [--npp NPP] [--agent CODE] [--password-stdin]',
    '       user list [--role ROLE] [--json]',
    '       user reset-password <username>',
    '       user unlock <username>',
    '       user deactivate <username> | user activate <username>',
    `       ROLE: ${ROLE_CODES.join(', ')}`,
  ].join('\n'),
  valueFlags: ['username', 'role', 'regions', 'name', 'email', 'phone', 'npp', 'agent'],
  booleanFlags: ['password-stdin'],
  async run(context) {
    const action = requireArg(context.args, 0, 'create|list|reset-password|unlock|deactivate|activate');
    const db = (await context.database()).db;
    if (action === 'create') return create(context, db);
    if (action === 'list') {
      const { users, total } = await listManagedAccounts(db, cliActor(), {
        role: stringFlag(context.flags, 'role'),
        limit: 10_000,
        offset: 0,
      });
      if (context.json) printJson(context, { users, total });
      else
        for (const u of users)
          context.print(
            `${u.id}\t${u.username}\t${u.role}\t${u.regions.map((r) => r.code).join(',') || '-'}\t${u.active ? 'aktif' : 'nonaktif'}${u.lockedUntil ? '\tterkunci' : ''}${u.isDemo ? '\tDEMO' : ''}`,
          );
      return 0;
    }
    const user = await requireUser(db, requireArg(context.args, 1, 'username'));
    if (action === 'reset-password') {
      const password = await resetAccountPassword(db, cliActor(), user.id, context.clock.now());
      if (context.json) printJson(context, { temporaryPassword: password });
      else printOnce(context, { id: 'Kata sandi sementara', en: 'Temporary password' }, password);
      return 0;
    }
    if (action === 'unlock') {
      await unlockAccount(db, cliActor(), user.id);
      context.print(`${user.username}: ${context.lang === 'en' ? 'unlocked' : 'kunci dibuka'}`);
      return 0;
    }
    if (action === 'deactivate' || action === 'activate') {
      await changeAccount(db, cliActor(), user.id, { active: action === 'activate' });
      context.print(`${user.username}: ${action}`);
      return 0;
    }
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};

export const tokenCommand: Command = {
  name: 'token',
  summary: { id: 'Kelola token API integrasi', en: 'Manage integration API tokens' },
  usage:
    'token create --user USERNAME --name TEXT --scopes perm1,perm2 --expires YYYY-MM-DD\n       token list [--json]\n       token revoke <id>',
  valueFlags: ['user', 'name', 'scopes', 'expires'],
  async run(context) {
    const action = requireArg(context.args, 0, 'create|list|revoke');
    const db = (await context.database()).db;
    if (action === 'create') {
      const f = context.flags;
      const owner = await requireUser(db, stringFlag(f, 'user') ?? '');
      const created = await createToken(
        db,
        cliActor(),
        {
          name: stringFlag(f, 'name') ?? 'cli',
          userId: owner.id,
          scopes: list(stringFlag(f, 'scopes')),
          expiresAt: stringFlag(f, 'expires') ?? '',
        },
        context.clock.now(),
      );
      if (context.json) printJson(context, created);
      else
        printOnce(
          context,
          {
            id: `Token ${created.id} (${created.scopes.join(', ')})`,
            en: `Token ${created.id} (${created.scopes.join(', ')})`,
          },
          created.token,
        );
      return 0;
    }
    if (action === 'list') {
      const tokens = await listVisibleTokens(db, cliActor());
      if (context.json) printJson(context, { tokens });
      else
        for (const t of tokens)
          context.print(
            `${t.id}\t${t.prefix}…\t${t.name}\t${t.username}\t${t.expiresAt.slice(0, 10)}${t.revokedAt ? '\tdicabut' : ''}`,
          );
      return 0;
    }
    if (action === 'revoke') {
      const id = Number(requireArg(context.args, 1, 'id'));
      if (!Number.isInteger(id) || id < 1)
        throw new UsageError({ id: 'id harus bilangan bulat', en: 'id must be a whole number' });
      await revokeTokenById(db, cliActor(), id, context.clock.now());
      context.print(`- ${id}`);
      return 0;
    }
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};
