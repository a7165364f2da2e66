import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/auth/demo-accounts.ts';
import { sha256 } from '../../src/auth/secrets.ts';
import { createToken } from '../../src/auth/tokens.service.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/http/clock.ts';
import type { TypedApp } from '../../src/http/deps.ts';
import { type TestAccount, testAccount } from '../helpers/app.ts';
import { freshDatabase } from '../helpers/database.ts';
import { TEST_CLOCK } from '../setup/templates.ts';

/**
 * Sessions, CSRF, expiry, lockout, throttling, password changes, API tokens and demo accounts, driven
 * through the real HTTP application. The apps here share one mutable clock so expiry can be tested by
 * moving time forward; every test logs in afresh, so moving the clock never breaks a later test.
 */

const API = '/api/v1';
/** The password testAccount gives every account it makes. */
const PASSWORD = 'kata-sandi-uji-123';
const COOKIE = 'cakupan_session';
const MINUTE = 60_000;

let current = TEST_CLOCK.now();
const clock: Clock = { now: () => current };
const advance = (minutes: number) => {
  current = new Date(current.getTime() + minutes * MINUTE);
};

/** Small limits so that expiry and lockout need few steps; the address limit is out of the way. */
const ENV = {
  CAKUPAN_SESSION_IDLE_MINUTES: '30',
  CAKUPAN_SESSION_MAX_HOURS: '2',
  CAKUPAN_LOCKOUT_THRESHOLD: '3',
  CAKUPAN_LOCKOUT_MINUTES: '15',
  CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE: '10000',
};

async function appOn(database: Database, env: Record<string, string>): Promise<TypedApp> {
  const config = loadConfig({
    CAKUPAN_DEMO: '0',
    LOG_LEVEL: 'silent',
    CAKUPAN_WEB_DIR: '/nonexistent',
    ...env,
  });
  const app = await buildApp({ database, config, clock });
  await app.ready();
  return app;
}

let database: Database;
let app: TypedApp;
let admin: TestAccount;
const apps: TypedApp[] = [];
const extraDatabases: Database[] = [];

beforeAll(async () => {
  database = await freshDatabase('base');
  app = await appOn(database, ENV);
  apps.push(app);
  admin = await testAccount(database, 'national_admin', ['00']);
});
afterAll(async () => {
  for (const a of apps) await a.close();
  for (const d of [database, ...extraDatabases]) await d?.close();
});

interface Session {
  readonly secret: string;
  readonly cookie: string;
  readonly csrf: string;
  readonly response: LightMyRequestResponse;
}

/** The last `cakupan_session` cookie a response sets (a clear comes before a set). */
const sessionCookie = (response: LightMyRequestResponse) =>
  response.cookies.filter((c) => c.name === COOKIE).at(-1);

const tryLogin = (username: string, password: string, extra: Partial<InjectOptions> = {}, on = app) =>
  on.inject({ method: 'POST', url: `${API}/auth/login`, payload: { username, password }, ...extra });

async function logIn(username: string, password = PASSWORD, on = app): Promise<Session> {
  const response = await tryLogin(username, password, {}, on);
  expect(response.statusCode, response.body).toBe(200);
  const secret = sessionCookie(response)?.value ?? '';
  expect(secret.length).toBeGreaterThanOrEqual(40);
  return { secret, cookie: `${COOKIE}=${secret}`, csrf: response.json().csrfToken, response };
}

/** A request carrying the session cookie, with the CSRF header only when `csrf` is given. */
const withSession = (session: Session, options: InjectOptions, csrf?: string, on = app) =>
  on.inject({
    ...options,
    headers: {
      ...(options.headers ?? {}),
      cookie: session.cookie,
      ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
    },
  });

const sessionUser = async (session: Session, on = app) =>
  (await withSession(session, { method: 'GET', url: `${API}/auth/session` }, undefined, on)).json().user;

const asAdmin = (options: InjectOptions) =>
  app.inject({ ...options, headers: { ...(options.headers ?? {}), ...admin.headers } });

const errorCode = (response: LightMyRequestResponse) => response.json().error?.code;

describe('login and the session cookie', () => {
  it('sets an HttpOnly SameSite=Lax cookie, returns the user and a CSRF token, never the hash', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const { response, secret, csrf, cookie } = await logIn(account.username);
    const set = sessionCookie(response);
    expect(set).toMatchObject({ name: COOKIE, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(set?.secure).toBeFalsy();
    // The cookie lives until the absolute session end (CAKUPAN_SESSION_MAX_HOURS = 2).
    expect(new Date(set?.expires ?? 0).getTime()).toBe(current.getTime() + 2 * 60 * MINUTE);
    const body = response.json();
    expect(body.user).toMatchObject({
      id: account.id,
      username: account.username,
      role: 'regency_gov',
      mustChangePassword: false,
      isDemo: false,
      regions: [{ code: '15.03', level: 2 }],
    });
    expect(body.user.permissions).toContain('targets.edit');
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const { password_hash: hash } = await database.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(hash).toMatch(/^\$argon2id\$/);
    const session = await withSession(
      { secret, cookie, csrf, response },
      { method: 'GET', url: `${API}/auth/session` },
    );
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { id: account.id }, csrfToken: csrf });
    for (const text of [response.body, session.body]) {
      expect(text).not.toContain(hash);
      expect(text).not.toContain('$argon2');
      expect(text).not.toMatch(/password_?hash/i);
      expect(text).not.toContain(PASSWORD);
    }
    // The database keeps only the SHA-256 of the cookie, never the cookie itself.
    const stored = await database.db
      .selectFrom('auth_session')
      .select('token_hash')
      .where('user_id', '=', account.id)
      .execute();
    expect(stored.map((s) => s.token_hash)).toEqual([sha256(secret)]);
  });

  it('answers anonymous without a cookie', async () => {
    const response = await app.inject({ method: 'GET', url: `${API}/auth/session` });
    expect(response.json()).toMatchObject({ user: null, csrfToken: null, demo: { enabled: false } });
  });
});

describe('session fixation', () => {
  const planted = 'attacker-chosen-session-value-0123456789abcdefghij';

  it('a cookie planted before login is not accepted and is replaced by a new one at login', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const before = await app.inject({
      method: 'GET',
      url: `${API}/auth/session`,
      headers: { cookie: `${COOKIE}=${planted}` },
    });
    expect(before.json()).toMatchObject({ user: null, csrfToken: null });
    // The unknown cookie is cleared.
    expect(sessionCookie(before)?.value).toBe('');

    const login = await tryLogin(account.username, PASSWORD, { headers: { cookie: `${COOKIE}=${planted}` } });
    expect(login.statusCode, login.body).toBe(200);
    const fresh = sessionCookie(login)?.value ?? '';
    expect(fresh).not.toBe(planted);
    expect(fresh.length).toBeGreaterThanOrEqual(40);

    // The planted value still opens nothing; the new one does.
    const afterPlanted = await app.inject({
      method: 'GET',
      url: `${API}/auth/session`,
      headers: { cookie: `${COOKIE}=${planted}` },
    });
    expect(afterPlanted.json().user).toBeNull();
    const afterFresh = await app.inject({
      method: 'GET',
      url: `${API}/auth/session`,
      headers: { cookie: `${COOKIE}=${fresh}` },
    });
    expect(afterFresh.json().user.id).toBe(account.id);
  });

  it('two logins give different session secrets and different CSRF tokens', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const first = await logIn(account.username);
    const second = await logIn(account.username);
    expect(second.secret).not.toBe(first.secret);
    expect(second.csrf).not.toBe(first.csrf);
    expect(second.csrf).not.toBe(second.secret);
    // Both sessions are live and each reports its own CSRF token.
    const a = await withSession(first, { method: 'GET', url: `${API}/auth/session` });
    const b = await withSession(second, { method: 'GET', url: `${API}/auth/session` });
    expect(a.json().csrfToken).toBe(first.csrf);
    expect(b.json().csrfToken).toBe(second.csrf);
  });
});

describe('CSRF protection of cookie sessions', () => {
  let gov: TestAccount;
  let session: Session;
  let other: Session;
  const target = { targetPct: 71.5, basis: null, source: 'RKPD uji CSRF' };

  beforeAll(async () => {
    gov = await testAccount(database, 'regency_gov', ['15.03']);
    session = await logIn(gov.username);
    other = await logIn((await testAccount(database, 'regency_gov', ['15.03'])).username);
  });

  const targets2026 = async () =>
    (await app.inject({ method: 'GET', url: `${API}/targets/15.03` }))
      .json()
      .targets.filter((t: { year: number }) => t.year === 2026);

  it('refuses PUT without the header, with a wrong one or another session’s token; nothing changes', async () => {
    const put = { method: 'PUT' as const, url: `${API}/targets/15.03/2026`, payload: target };
    for (const csrf of [undefined, '', 'wrong-token', other.csrf, session.secret, `${session.csrf}x`]) {
      const response = await withSession(session, put, csrf);
      expect(response.statusCode, String(csrf)).toBe(403);
      expect(errorCode(response)).toBe('CSRF_REJECTED');
    }
    expect(await targets2026()).toEqual([]);
  });

  it('accepts PUT with the right token, and GET needs none', async () => {
    const response = await withSession(
      session,
      { method: 'PUT', url: `${API}/targets/15.03/2026`, payload: target },
      session.csrf,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ regionCode: '15.03', year: 2026, targetPct: 71.5 });
    const get = await withSession(session, { method: 'GET', url: `${API}/targets/15.03` });
    expect(get.statusCode).toBe(200);
    expect(await targets2026()).toHaveLength(1);
  });

  it('refuses DELETE and POST without the token and accepts them with it', async () => {
    const del = { method: 'DELETE' as const, url: `${API}/targets/15.03/2026` };
    const refused = await withSession(session, del);
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('CSRF_REJECTED');
    expect(await targets2026()).toHaveLength(1);
    expect((await withSession(session, del, session.csrf)).statusCode).toBe(204);
    expect(await targets2026()).toEqual([]);

    const post = {
      method: 'POST' as const,
      url: `${API}/imports/targets?source=CSRF`,
      payload: 'region_code,year,target_pct\n15.03,2031,60\n',
      headers: { 'content-type': 'text/csv' },
    };
    const refusedPost = await withSession(session, post);
    expect(refusedPost.statusCode).toBe(403);
    expect(errorCode(refusedPost)).toBe('CSRF_REJECTED');
    const years = async () =>
      (await app.inject({ method: 'GET', url: `${API}/targets/15.03` }))
        .json()
        .targets.map((t: { year: number }) => t.year);
    expect(await years()).not.toContain(2031);
    const accepted = await withSession(session, post, session.csrf);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await years()).toContain(2031);
  });

  it('refuses PATCH without the token (an administrator’s session), nothing changed', async () => {
    const adminSession = await logIn(admin.username);
    const patch = {
      method: 'PATCH' as const,
      url: `${API}/users/${gov.id}`,
      payload: { displayName: 'Nama Diubah Penyerang' },
    };
    const refused = await withSession(adminSession, patch);
    expect(refused.statusCode).toBe(403);
    expect(errorCode(refused)).toBe('CSRF_REJECTED');
    const row = await database.db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', gov.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Uji regency_gov');
    const accepted = await withSession(adminSession, patch, adminSession.csrf);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user.displayName).toBe('N*** D***** P********');
  });

  it('bearer-token requests need no CSRF header', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `${API}/targets/15.03/2027`,
      payload: target,
      headers: gov.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const del = await app.inject({
      method: 'DELETE',
      url: `${API}/targets/15.03/2027`,
      headers: gov.headers,
    });
    expect(del.statusCode).toBe(204);
  });
});

describe('logout', () => {
  it('ends the session on the server: the old cookie is anonymous afterwards', async () => {
    const session = await logIn(admin.username);
    expect((await withSession(session, { method: 'GET', url: `${API}/users` })).statusCode).toBe(200);
    // Logging out is a POST too: without the token it is refused (no forced logout from another site).
    const refused = await withSession(session, { method: 'POST', url: `${API}/auth/logout` });
    expect(refused.statusCode).toBe(403);
    expect(await sessionUser(session)).not.toBeNull();

    const out = await withSession(session, { method: 'POST', url: `${API}/auth/logout` }, session.csrf);
    expect(out.statusCode).toBe(204);
    expect(sessionCookie(out)?.value).toBe('');
    // Replaying the old cookie (as a thief who copied it would) opens nothing.
    expect(await sessionUser(session)).toBeNull();
    const protectedRoute = await withSession(session, { method: 'GET', url: `${API}/users` });
    expect(protectedRoute.statusCode).toBe(401);
    expect(errorCode(protectedRoute)).toBe('UNAUTHENTICATED');
    const ended = await database.db
      .selectFrom('auth_session')
      .select('ended_at')
      .where('token_hash', '=', sha256(session.secret))
      .executeTakeFirstOrThrow();
    expect(ended.ended_at).not.toBeNull();
  });
});

describe('session expiry', () => {
  it('ends a session idle longer than CAKUPAN_SESSION_IDLE_MINUTES', async () => {
    const session = await logIn(admin.username);
    advance(29);
    expect((await withSession(session, { method: 'GET', url: `${API}/users` })).statusCode).toBe(200);
    // The request above counted as activity: another 29 minutes are fine.
    advance(29);
    expect((await withSession(session, { method: 'GET', url: `${API}/users` })).statusCode).toBe(200);
    advance(31);
    const response = await withSession(session, { method: 'GET', url: `${API}/users` });
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(await sessionUser(session)).toBeNull();
  });

  it('ends an active session CAKUPAN_SESSION_MAX_HOURS after login', async () => {
    const session = await logIn(admin.username);
    for (let minute = 10; minute < 120; minute += 10) {
      advance(10);
      const response = await withSession(session, { method: 'GET', url: `${API}/users` });
      expect(response.statusCode, `after ${minute} minutes`).toBe(200);
    }
    advance(10);
    const response = await withSession(session, { method: 'GET', url: `${API}/users` });
    expect(response.statusCode).toBe(401);
    expect(await sessionUser(session)).toBeNull();
    // Even after the expiry has been noticed, the next request stays anonymous.
    advance(1);
    expect(await sessionUser(session)).toBeNull();
  });
});

describe('account lockout', () => {
  it('locks after CAKUPAN_LOCKOUT_THRESHOLD wrong passwords, even the right one gets 423, until it runs out', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    for (let i = 0; i < 3; i++) {
      const response = await tryLogin(account.username, 'salah-sekali-123');
      expect(response.statusCode).toBe(401);
      expect(errorCode(response)).toBe('LOGIN_FAILED');
    }
    const locked = await tryLogin(account.username, PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      details: { lockedUntil: new Date(current.getTime() + 15 * MINUTE).toISOString() },
    });
    expect(sessionCookie(locked)).toBeUndefined();
    advance(14);
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(423);
    advance(1);
    const open = await tryLogin(account.username, PASSWORD);
    expect(open.statusCode, open.body).toBe(200);
  });

  it('after a lock runs out the count starts afresh: one more wrong password does not lock again', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    for (let i = 0; i < 3; i++) await tryLogin(account.username, 'salah-sekali-123');
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(423);
    advance(15);
    // Threshold 3: one wrong password after the lock is attempt 1 of a new count (401), not a new lock.
    expect(errorCode(await tryLogin(account.username, 'salah-lagi-123'))).toBe('LOGIN_FAILED');
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(200);
  });

  it('an administrator unlocks at once', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    for (let i = 0; i < 3; i++) await tryLogin(account.username, 'salah-sekali-123');
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(423);
    const listed = await asAdmin({ method: 'GET', url: `${API}/users?q=${account.username}` });
    expect(listed.json().users[0].lockedUntil).not.toBeNull();

    const unlock = await asAdmin({ method: 'POST', url: `${API}/users/${account.id}/unlock` });
    expect(unlock.statusCode, unlock.body).toBe(200);
    expect(unlock.json().user).toMatchObject({ id: account.id, lockedUntil: null });
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(200);
  });

  it('an unknown user and a wrong password get the identical 401 LOGIN_FAILED answer', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const unknown = await tryLogin('tidak-ada-pengguna-ini', PASSWORD);
    const wrong = await tryLogin(account.username, 'bukan-kata-sandinya');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.json().error).toEqual({
      code: 'LOGIN_FAILED',
      message: expect.any(String),
      messageEn: expect.any(String),
    });
    expect(unknown.headers['content-type']).toBe(wrong.headers['content-type']);
    expect(sessionCookie(unknown)).toBeUndefined();
    expect(sessionCookie(wrong)).toBeUndefined();
  });
});

describe('login attempts per address', () => {
  it('answers 429 to the 4th attempt within a minute with CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE=3', async () => {
    const limited = await appOn(database, { ...ENV, CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    apps.push(limited);
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const from = (remoteAddress: string, password: string, username = 'tidak-ada-xyz') =>
      tryLogin(username, password, { remoteAddress }, limited);
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7', 'salah-salah-1')).statusCode).toBe(401);
    const fourth = await from('203.0.113.7', PASSWORD, account.username);
    expect(fourth.statusCode).toBe(429);
    expect(errorCode(fourth)).toBe('TOO_MANY_REQUESTS');
    expect(sessionCookie(fourth)).toBeUndefined();
    // Another address is not affected, and the first one may try again a minute later.
    expect((await from('203.0.113.8', PASSWORD, account.username)).statusCode).toBe(200);
    advance(1);
    expect((await from('203.0.113.7', PASSWORD, account.username)).statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('checks the current password and the new one; success ends the other sessions, keeps this one', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const here = await logIn(account.username);
    const elsewhere = await logIn(account.username);
    const change = (body: object) =>
      withSession(here, { method: 'POST', url: `${API}/auth/password`, payload: body }, here.csrf);

    const wrongCurrent = await change({
      currentPassword: 'bukan-ini-123',
      newPassword: 'kata-baru-yang-panjang',
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(errorCode(wrongCurrent)).toBe('VALIDATION_FAILED');
    const tooShort = await change({ currentPassword: PASSWORD, newPassword: 'pendek' });
    expect(tooShort.statusCode).toBe(400);
    expect(errorCode(tooShort)).toBe('VALIDATION_FAILED');
    const same = await change({ currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.statusCode).toBe(400);
    const withName = await change({ currentPassword: PASSWORD, newPassword: `x${account.username}x` });
    expect(withName.statusCode).toBe(400);
    // Nothing was changed by the refusals: both sessions still live.
    expect(await sessionUser(elsewhere)).not.toBeNull();

    const ok = await change({ currentPassword: PASSWORD, newPassword: 'kata-baru-yang-panjang' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await sessionUser(here))?.id).toBe(account.id);
    expect(await sessionUser(elsewhere)).toBeNull();
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(401);
    expect((await tryLogin(account.username, 'kata-baru-yang-panjang')).statusCode).toBe(200);
  });

  it('after an administrator reset the account answers 403 PASSWORD_CHANGE_REQUIRED until it changes it', async () => {
    const account = await testAccount(database, 'regency_gov', ['15.03']);
    const before = await logIn(account.username);
    const reset = await asAdmin({ method: 'POST', url: `${API}/users/${account.id}/reset-password` });
    expect(reset.statusCode, reset.body).toBe(200);
    const temporary: string = reset.json().temporaryPassword;
    expect(temporary).toMatch(/^[A-Za-z0-9]{16}$/);
    // The reset ends the sessions the account had, and the old password is gone.
    expect(await sessionUser(before)).toBeNull();
    expect((await tryLogin(account.username, PASSWORD)).statusCode).toBe(401);

    const session = await logIn(account.username, temporary);
    expect(session.response.json().user.mustChangePassword).toBe(true);
    for (const url of [`${API}/imports`, `${API}/coverage/15.03`, `${API}/targets/15.03`]) {
      const response = await withSession(session, { method: 'GET', url });
      expect(response.statusCode, url).toBe(403);
      expect(errorCode(response)).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const put = await withSession(
      session,
      { method: 'PUT', url: `${API}/targets/15.03/2029`, payload: { targetPct: 50, source: 'Uji reset' } },
      session.csrf,
    );
    expect(put.statusCode).toBe(403);
    expect(errorCode(put)).toBe('PASSWORD_CHANGE_REQUIRED');
    // The own session still answers, so the page can ask for the new password.
    expect((await sessionUser(session))?.mustChangePassword).toBe(true);

    const changed = await withSession(
      session,
      {
        method: 'POST',
        url: `${API}/auth/password`,
        payload: { currentPassword: temporary, newPassword: 'kata-sandi-pilihan-saya' },
      },
      session.csrf,
    );
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await withSession(session, { method: 'GET', url: `${API}/imports` })).statusCode).toBe(200);
    expect((await sessionUser(session))?.mustChangePassword).toBe(false);
  });
});

describe('API tokens', () => {
  const imports = (authorization: string) =>
    app.inject({ method: 'GET', url: `${API}/imports`, headers: { authorization } });

  it('an expired token answers 401', async () => {
    const expired = await createToken(
      database.db,
      systemActor('test-setup'),
      { name: 'kedaluwarsa', userId: admin.id, scopes: ['imports.history'], expiresAt: '2025-06-30' },
      new Date('2025-01-01T00:00:00Z'),
    );
    const response = await imports(`Bearer ${expired.token}`);
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    // A bad credential is refused even where no login is needed, not quietly treated as anonymous.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `${API}/coverage/00`,
          headers: { authorization: `Bearer ${expired.token}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('a revoked token answers 401', async () => {
    const created = await asAdmin({
      method: 'POST',
      url: `${API}/tokens`,
      payload: {
        name: 'integrasi pemda',
        userId: admin.id,
        scopes: ['imports.history'],
        expiresAt: '2026-06-30',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, token } = created.json();
    expect(token).toMatch(/^ckp_/);
    expect((await imports(`Bearer ${token}`)).statusCode).toBe(200);
    const revoked = await asAdmin({ method: 'DELETE', url: `${API}/tokens/${id}` });
    expect(revoked.statusCode).toBe(204);
    const response = await imports(`Bearer ${token}`);
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('malformed bearer credentials answer 401', async () => {
    for (const authorization of [
      'Bearer',
      'Bearer ',
      'Bearer    ',
      `Bearer ckp_${'A'.repeat(43)}`,
      `Bearer ${admin.token} extra`,
      `Bearer ${admin.token.slice(0, -1)}`,
      `Token ${admin.token}`,
      'Basic YWRtaW46YWRtaW4=',
      `Bearer ${"' OR '1'='1"}`,
      'Bearer ckp_\u00e9\u00e9',
    ]) {
      const response = await imports(authorization);
      expect(response.statusCode, authorization).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
    expect((await imports(`Bearer ${admin.token}`)).statusCode).toBe(200);
  });

  it("a token limited to ['coverage.public'] of a national admin gets 403 on POST /imports/active", async () => {
    const created = await asAdmin({
      method: 'POST',
      url: `${API}/tokens`,
      payload: {
        name: 'hanya publik',
        userId: admin.id,
        scopes: ['coverage.public'],
        expiresAt: '2026-06-30',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const authorization = `Bearer ${created.json().token}`;
    const response = await app.inject({
      method: 'POST',
      url: `${API}/imports/active?dryRun=true`,
      payload: 'region_code,month,segment,active\n15.03,2025-10,PU,10\n',
      headers: { authorization, 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'FORBIDDEN',
      details: { permission: 'imports.active' },
    });
    expect((await imports(authorization)).statusCode).toBe(403);
    const coverage = await app.inject({
      method: 'GET',
      url: `${API}/coverage/00`,
      headers: { authorization },
    });
    expect(coverage.statusCode).toBe(200);
  });

  it('a token stops working once its expiry date has passed', async () => {
    const expiry = new Date(current.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const created = await asAdmin({
      method: 'POST',
      url: `${API}/tokens`,
      payload: { name: 'singkat', userId: admin.id, scopes: ['imports.history'], expiresAt: expiry },
    });
    expect(created.statusCode, created.body).toBe(201);
    const authorization = `Bearer ${created.json().token}`;
    expect((await imports(authorization)).statusCode).toBe(200);
    // Valid until the end of that day in WIB (UTC+7).
    current = new Date(`${expiry}T16:59:00Z`);
    expect((await imports(authorization)).statusCode).toBe(200);
    current = new Date(`${expiry}T17:00:00Z`);
    expect((await imports(authorization)).statusCode).toBe(401);
  });
});

describe('demo accounts', () => {
  let demo: Database;
  let demoOn: TypedApp;
  let demoOff: TypedApp;

  beforeAll(async () => {
    demo = await freshDatabase('demo');
    extraDatabases.push(demo);
    demoOn = await appOn(demo, { ...ENV, CAKUPAN_DEMO: '1' });
    demoOff = await appOn(demo, { ...ENV, CAKUPAN_DEMO: '0' });
    apps.push(demoOn, demoOff);
  });

  it('exist in the demo template: the global setup prepares it with CAKUPAN_DEMO=1', async () => {
    // fillTemplate(database, true) runs prepareDatabase with demo on: the demo data set is loaded into
    // the empty database, which makes it a demo database, and ensureDemoAccounts then creates one
    // account per entry of DEMO_ACCOUNTS. The base template (demo off) has none.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from app_user where is_demo`.execute(
      demo.db,
    );
    expect(rows[0]?.n).toBe(DEMO_ACCOUNTS.length);
    const base = await sql<{ n: number }>`select count(*)::int as n from app_user where is_demo`.execute(
      database.db,
    );
    expect(base.rows[0]?.n).toBe(0);
  });

  it('log in with the public password while demo mode is on', async () => {
    const session = await logIn('demo-kabupaten', DEMO_PASSWORD, demoOn);
    expect(session.response.json().user).toMatchObject({
      username: 'demo-kabupaten',
      role: 'regency_gov',
      isDemo: true,
      mustChangePassword: false,
    });
    const state = await withSession(
      session,
      { method: 'GET', url: `${API}/auth/session` },
      undefined,
      demoOn,
    );
    expect(state.json().demo.enabled).toBe(true);
    expect(state.json().demo.accounts.map((a: { username: string }) => a.username)).toContain(
      'demo-kabupaten',
    );
    // The same session means nothing to a server with demo mode off.
    expect(await sessionUser(session, demoOff)).toBeNull();
  });

  it('answer 401 LOGIN_FAILED with CAKUPAN_DEMO=0, like a wrong password', async () => {
    const response = await tryLogin('demo-kabupaten', DEMO_PASSWORD, {}, demoOff);
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe('LOGIN_FAILED');
    const unknown = await tryLogin('tidak-ada-demo', DEMO_PASSWORD, {}, demoOff);
    expect(response.body).toBe(unknown.body);
    const state = await demoOff.inject({ method: 'GET', url: `${API}/auth/session` });
    expect(state.json().demo).toEqual({ enabled: false, accounts: [] });
  });

  it('cannot log in on a base database even with CAKUPAN_DEMO=1 (no demo accounts there)', async () => {
    const onBase = await appOn(database, { ...ENV, CAKUPAN_DEMO: '1' });
    apps.push(onBase);
    const response = await tryLogin('demo-kabupaten', DEMO_PASSWORD, {}, onBase);
    expect(response.statusCode).toBe(401);
    expect((await onBase.inject({ method: 'GET', url: `${API}/auth/session` })).json().demo.enabled).toBe(
      false,
    );
  });
});

/** Accounts with a chosen password made through the account service (not the temporary-password path). */
describe('accounts created with a known password', () => {
  it('log in with it and need no password change', async () => {
    await createAccount(database.db, systemActor('test-setup'), {
      username: 'budi.santoso',
      displayName: 'Budi Santoso',
      role: 'province_gov',
      regions: ['15'],
      password: 'rahasia-budi-2026',
    });
    const session = await logIn('Budi.Santoso', 'rahasia-budi-2026');
    expect(session.response.json().user).toMatchObject({
      username: 'budi.santoso',
      mustChangePassword: false,
    });
  });

  it('an account created over HTTP gets a temporary password and must change it', async () => {
    const created = await asAdmin({
      method: 'POST',
      url: `${API}/users`,
      payload: { username: 'siti.baru', displayName: 'Siti Baru', role: 'regency_gov', regions: ['15.03'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { temporaryPassword, user } = created.json();
    expect(user).toMatchObject({ mustChangePassword: true, displayName: 'S*** B***', masked: true });
    const session = await logIn('siti.baru', temporaryPassword);
    const response = await withSession(session, { method: 'GET', url: `${API}/imports` });
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
