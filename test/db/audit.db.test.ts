import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordAudit, searchAudit } from '../../src/audit/audit.repo.ts';
import { type Actor, systemActor } from '../../src/auth/actor.ts';
import { type AuthSettings, actorOfUser, login } from '../../src/auth/auth.service.ts';
import { maskName } from '../../src/auth/personal-data.ts';
import type { Role } from '../../src/auth/roles.ts';
import { findUserById } from '../../src/auth/users.repo.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import type { Database } from '../../src/db/database.ts';
import { freshDatabase } from '../helpers/database.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('base');
});
afterAll(() => database.close());

const SETUP = systemActor('uji-audit');

/** An account made through the account service, and the actor it acts as (a session from `ip`). */
async function accountActor(role: Role, regions: string[], username: string, ip: string | null = null) {
  const { user } = await createAccount(database.db, SETUP, {
    username,
    displayName: `Uji ${username}`,
    role,
    regions,
    password: 'kata-sandi-uji-123',
  });
  const record = await findUserById(database.db, user.id);
  if (!record) throw new Error(`account ${username} missing`);
  return { id: user.id, actor: actorOfUser(record, 'session', ip) };
}

const allEntries = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

/** A rejected statement, with the PostgreSQL error it failed with. */
async function refusal(statement: () => Promise<unknown>): Promise<{ message: string; code?: string }> {
  try {
    await statement();
  } catch (error) {
    return error as { message: string; code?: string };
  }
  throw new Error('the statement was not refused');
}

describe('the audit log is append-only', () => {
  beforeAll(async () => {
    for (const region of ['15.03', '16.01', null])
      await recordAudit(database.db, SETUP, { action: 'test.seed', entity: 'test', regionCode: region });
  });

  it('accepts INSERT, through recordAudit and raw SQL', async () => {
    const before = (await allEntries()).length;
    await recordAudit(database.db, SETUP, {
      action: 'test.insert',
      entity: 'test',
      entityId: 42,
      after: { a: 1 },
      reason: 'uji',
    });
    await sql`insert into audit_log (actor, actor_role, action, entity) values ('raw', 'system', 'test.raw', 'test')`.execute(
      database.db,
    );
    const rows = await allEntries();
    expect(rows.length).toBe(before + 2);
    expect(rows.at(-2)).toMatchObject({
      actor: 'uji-audit',
      actor_role: 'system',
      action: 'test.insert',
      entity_id: '42',
      reason: 'uji',
    });
    expect(rows.at(-1)).toMatchObject({ actor: 'raw', action: 'test.raw' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, through the query builder and raw SQL', async () => {
    const before = await allEntries();
    expect(before.length).toBeGreaterThan(0);
    const db = database.db;
    const attempts: [string, () => Promise<unknown>][] = [
      ['builder update', () => db.updateTable('audit_log').set({ actor: 'penyusup' }).execute()],
      [
        'builder update one row',
        () =>
          db
            .updateTable('audit_log')
            .set({ reason: 'diubah' })
            .where('id', '=', before[0]?.id ?? 0)
            .execute(),
      ],
      ['builder delete', () => db.deleteFrom('audit_log').execute()],
      [
        'builder delete one row',
        () =>
          db
            .deleteFrom('audit_log')
            .where('id', '=', before[0]?.id ?? 0)
            .execute(),
      ],
      ['raw update', () => sql`update audit_log set actor = 'penyusup', after = null`.execute(db)],
      ['raw delete', () => sql`delete from audit_log where true`.execute(db)],
      ['raw truncate', () => sql`truncate audit_log`.execute(db)],
      ['raw truncate cascade', () => sql`truncate table audit_log restart identity cascade`.execute(db)],
      [
        'inside a transaction',
        () =>
          db.transaction().execute(async (trx) => {
            await recordAudit(trx, SETUP, { action: 'test.in_transaction', entity: 'test' });
            await sql`delete from audit_log`.execute(trx);
          }),
      ],
    ];
    for (const [label, attempt] of attempts) {
      const error = await refusal(attempt);
      expect(error.message, label).toMatch(/audit_log is append-only \((UPDATE|DELETE|TRUNCATE) refused\)/);
      expect(error.code, label).toBe('42501');
    }
    // Nothing changed, and the entry written in the refused transaction was rolled back with it.
    expect(await allEntries()).toEqual(before);
  });

  it('still accepts INSERT after the refusals', async () => {
    const before = (await allEntries()).length;
    await recordAudit(database.db, SETUP, { action: 'test.after_refusal', entity: 'test' });
    expect((await allEntries()).length).toBe(before + 1);
  });
});

describe('what account changes leave in the audit log', () => {
  it("createAccount records 'user.create' with actor, role and the masked name; no password hash anywhere", async () => {
    const manager = await accountActor('national_admin', ['00'], 'uji-pencatat', '10.1.2.3');
    const { user } = await createAccount(database.db, manager.actor, {
      username: 'siti.nurhaliza',
      displayName: 'Siti Nurhaliza',
      email: 'siti.nurhaliza@contoh.go.id',
      phone: '0812-3456-7890',
      role: 'regency_gov',
      regions: ['15.03'],
      password: 'rahasia-siti-2026',
    });
    const entries = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', String(user.id))
      .execute();
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      actor: 'uji-pencatat',
      actor_id: manager.id,
      actor_role: 'national_admin',
      entity: 'user',
      region_code: '15.03',
      ip: '10.1.2.3',
      before: null,
    });
    expect(entry?.after).toMatchObject({
      username: 'siti.nurhaliza',
      displayName: maskName('Siti Nurhaliza'),
      role: 'regency_gov',
      regions: ['15.03'],
      active: true,
    });
    expect((entry?.after as { displayName?: string } | undefined)?.displayName).toBe('S*** N********');

    const { password_hash: hash } = await database.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const row = JSON.stringify(entry);
    for (const secret of [
      hash,
      '$argon2',
      'rahasia-siti-2026',
      'Siti Nurhaliza',
      'siti.nurhaliza@contoh',
      '3456',
    ]) {
      expect(row, secret).not.toContain(secret);
    }
    expect(row).not.toMatch(/password/i);
  });

  it('the CLI-style system actor is recorded under its label', async () => {
    const { user } = await createAccount(database.db, systemActor('cli:operator'), {
      username: 'dari-cli',
      displayName: 'Dari Cli',
      role: 'province_gov',
      regions: ['15'],
      password: 'kata-sandi-cli-2026',
    });
    const entry = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'cli:operator', actor_role: 'system', actor_id: null });
  });

  it('a failed transaction leaves no audit entry: parallel createAccount with one username', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 3 }, (_, i) =>
        createAccount(database.db, SETUP, {
          username: 'kembar.sekali',
          displayName: `Kembar ${i}`,
          role: 'regency_gov',
          regions: ['15.03'],
          password: 'kata-sandi-kembar-1',
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 'rejected')).toHaveLength(2);
    const users = await database.db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where(sql<string>`lower(username)`, '=', 'kembar.sekali')
      .execute();
    expect(users).toHaveLength(1);
    const entries = await database.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('action', '=', 'user.create')
      .where(sql<string>`after->>'username'`, '=', 'kembar.sekali')
      .execute();
    // One entry, for the account that exists: the losers' inserts and their entries rolled back together.
    expect(entries).toHaveLength(1);
    expect(entries[0]?.entity_id).toBe(String(users[0]?.id));
    expect((entries[0]?.after as { displayName?: string } | undefined)?.displayName).toBe(
      maskName(users[0]?.display_name ?? ''),
    );
  });

  it('a failed transaction leaves no audit entry: an error after recordAudit rolls the entry back', async () => {
    const failure = database.db.transaction().execute(async (trx) => {
      await recordAudit(trx, SETUP, { action: 'test.rolled_back', entity: 'test' });
      await sql`select 1 / 0`.execute(trx);
    });
    await expect(failure).rejects.toThrow(/division by zero/);
    const entries = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'test.rolled_back')
      .execute();
    expect(entries).toEqual([]);
  });
});

describe('searchAudit scoping', () => {
  let regional: Actor;
  let regency: Actor;
  let national: Actor;
  const regions = ['15', '15.03', '15.03.01.2001', '16.01', null] as const;

  beforeAll(async () => {
    regional = (await accountActor('auditor', ['15'], 'auditor-jambi')).actor;
    regency = (await accountActor('auditor', ['15.03'], 'auditor-sarolangun')).actor;
    national = (await accountActor('auditor', ['00'], 'auditor-nasional')).actor;
    for (const regionCode of regions)
      await recordAudit(database.db, SETUP, {
        action: 'test.scope',
        entity: 'test',
        entityId: regionCode ?? 'national',
        regionCode,
      });
  });

  const seen = async (viewer: Actor) => {
    const result = await searchAudit(database.db, viewer, { action: 'test.scope', limit: 500, offset: 0 });
    expect(result.total).toBe(result.entries.length);
    return result.entries.map((e) => e.regionCode).sort();
  };

  it("an auditor with regions ['15'] sees 15 and below, not 16.01 nor entries without a region", async () => {
    expect(await seen(regional)).toEqual(['15', '15.03', '15.03.01.2001']);
  });

  it("an auditor with regions ['15.03'] sees only its regency's subtree", async () => {
    expect(await seen(regency)).toEqual(['15.03', '15.03.01.2001']);
  });

  it('a national auditor sees everything, entries without a region included', async () => {
    expect(await seen(national)).toEqual(['15', '15.03', '15.03.01.2001', '16.01', null].sort());
    const all = await searchAudit(database.db, national, { limit: 500, offset: 0 });
    const total = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(all.total).toBe(Number(total.n));
  });

  it('the regional scope also holds for text search and paging', async () => {
    const hidden = await searchAudit(database.db, regional, {
      q: 'national',
      action: 'test.scope',
      limit: 500,
      offset: 0,
    });
    expect(hidden.total).toBe(0);
    const found = await searchAudit(database.db, regional, { q: 'SCOPE', limit: 500, offset: 0 });
    expect(found.entries.map((e) => e.regionCode).sort()).toEqual(['15', '15.03', '15.03.01.2001']);
    const nationalFinds = await searchAudit(database.db, national, {
      q: 'national',
      action: 'test.scope',
      limit: 500,
      offset: 0,
    });
    expect(nationalFinds.entries.map((e) => e.entityId)).toEqual(['national']);
    const page = await searchAudit(database.db, regional, { action: 'test.scope', limit: 1, offset: 2 });
    expect(page.total).toBe(3);
    expect(page.entries).toHaveLength(1);
  });

  it('an actor without regions sees nothing', async () => {
    const nobody: Actor = { ...regional, regions: [] };
    expect(await searchAudit(database.db, nobody, { limit: 500, offset: 0 })).toEqual({
      entries: [],
      total: 0,
    });
  });
});

/**
 * Wrong passwords arriving at the same moment in separate connections: the counter is incremented in
 * one UPDATE each, so none is lost and the lock engages. Only on the PostgreSQL server (PGlite has a
 * single connection, so nothing runs in parallel there).
 */
describe.skipIf(inject('templates').kind !== 'postgres')('parallel failed logins (PostgreSQL server)', () => {
  const now = new Date('2026-01-15T03:00:00Z');
  const settings: AuthSettings = {
    sessionIdleMinutes: 120,
    sessionMaxHours: 12,
    lockoutThreshold: 5,
    lockoutMinutes: 15,
    demoActive: async () => false,
  };

  const attempt = (username: string, i: number) =>
    login(
      database.db,
      settings,
      { username, password: `salah-${i}-kata-sandi`, ip: `10.9.0.${i}`, userAgent: 'uji' },
      now,
    ).then(
      () => 'OK',
      (error: { code?: string }) => error.code ?? 'ERROR',
    );

  const state = (id: number) =>
    database.db
      .selectFrom('app_user')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('N = threshold parallel wrong passwords: failed_logins equals N exactly and the account is locked', async () => {
    const { id } = await accountActor('regency_gov', ['15.03'], 'sasaran-paralel-5');
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt('sasaran-paralel-5', i)));
    expect(answers).toEqual(Array(5).fill('LOGIN_FAILED'));
    const row = await state(id);
    expect(row.failed_logins).toBe(5);
    expect(row.locked_until?.toISOString()).toBe('2026-01-15T03:15:00.000Z');
    // Locked: even the right password is refused now.
    await expect(
      login(
        database.db,
        settings,
        { username: 'sasaran-paralel-5', password: 'kata-sandi-uji-123', ip: null, userAgent: null },
        now,
      ),
    ).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('N > threshold parallel wrong passwords: every counted failure is in failed_logins (no lost update)', async () => {
    const n = 12;
    const { id } = await accountActor('regency_gov', ['15.03'], 'sasaran-paralel-12');
    const answers = await Promise.all(Array.from({ length: n }, (_, i) => attempt('sasaran-paralel-12', i)));
    const failed = answers.filter((a) => a === 'LOGIN_FAILED').length;
    expect(answers.every((a) => a === 'LOGIN_FAILED' || a === 'ACCOUNT_LOCKED')).toBe(true);
    const row = await state(id);
    // Each LOGIN_FAILED incremented exactly once; attempts that read the account after the lock
    // engaged answer ACCOUNT_LOCKED without counting. In practice all N read it before.
    expect(row.failed_logins).toBe(failed);
    expect(failed).toBeGreaterThanOrEqual(5);
    expect(row.locked_until).not.toBeNull();
    const logged = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', '=', 'auth.login_failed')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(failed);
  });
});
