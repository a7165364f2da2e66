import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('base', {}, 'anonymous');
});
afterAll(() => t.close());

const cli = inProcessCli(() => t);
const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('npm run -s cakupan -- user …: the first administrator and after', () => {
  it('creates the first national administrator with a temporary password that must be changed', async () => {
    const created = await cli(
      'user',
      'create',
      'admin.pusat',
      '--role',
      'national_admin',
      '--name',
      'Admin Pusat',
      '--json',
    );
    expect(created.code).toBe(0);
    const body = JSON.parse(created.out);
    expect(body.user).toMatchObject({
      username: 'admin.pusat',
      role: 'national_admin',
      mustChangePassword: true,
    });
    expect(body.user.regions.map((r: { code: string }) => r.code)).toEqual(['00']);
    expect(body.temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);

    const session = await login('admin.pusat', body.temporaryPassword);
    expect(session.statusCode).toBe(200);
    const cookie = `cakupan_session=${session.cookies.find((c) => c.name === 'cakupan_session')?.value}`;
    const csrf = session.json().csrfToken;
    // Until the temporary password is changed, only the account routes answer.
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
    expect(users.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { currentPassword: body.temporaryPassword, newPassword: 'sandi-baru-yang-panjang' },
    });
    expect(changed.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
    expect(after.statusCode).toBe(200);
    expect(after.json().users.map((u: { username: string }) => u.username)).toContain('admin.pusat');
  });

  it('refuses an unknown role, a scope the role does not take, and a taken username', async () => {
    expect((await cli('user', 'create', 'x.y', '--role', 'raja')).code).toBe(2);
    const wrongShape = await cli(
      'user',
      'create',
      'pemkab',
      '--role',
      'regency_gov',
      '--regions',
      '15',
      '--json',
    );
    expect(wrongShape.code).toBe(1);
    expect(JSON.parse(wrongShape.out).error.message).toContain('kabupaten/kota');
    expect((await cli('user', 'create', 'admin.pusat', '--role', 'national_admin')).code).toBe(1);
  });

  it('resets, unlocks, deactivates and lists accounts, and creates an API token that works', async () => {
    expect(
      (await cli('user', 'create', 'pemkab.sarolangun', '--role', 'regency_gov', '--regions', '15.03')).code,
    ).toBe(0);
    const reset = await cli('user', 'reset-password', 'pemkab.sarolangun', '--json');
    const password = JSON.parse(reset.out).temporaryPassword;
    expect((await login('pemkab.sarolangun', password)).statusCode).toBe(200);
    expect((await cli('user', 'unlock', 'pemkab.sarolangun')).code).toBe(0);
    const listed = await cli('user', 'list');
    expect(listed.out).toMatch(/pemkab\.sarolangun\tregency_gov\t15\.03\taktif/);

    const token = await cli(
      'token',
      'create',
      '--user',
      'pemkab.sarolangun',
      '--name',
      'SIPD',
      '--scopes',
      'coverage.public,coverage.detail',
      '--expires',
      // The CLI reads the real clock: half a year from today.
      new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10),
      '--json',
    );
    expect(token.code).toBe(0);
    const secret = JSON.parse(token.out).token;
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/v1/coverage/15.03',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(own.json().visibility).toBe('full');
    const write = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/targets/15.03/2026',
      headers: { authorization: `Bearer ${secret}` },
      payload: { targetPct: 60, source: 'uji' },
    });
    expect(write.statusCode).toBe(403); // targets.edit is the account's, but not in the token's scopes

    expect((await cli('user', 'deactivate', 'pemkab.sarolangun')).code).toBe(0);
    expect((await login('pemkab.sarolangun', password)).json().error.code).toBe('LOGIN_FAILED');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/coverage/15.03',
          headers: { authorization: `Bearer ${secret}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('records every step in the audit log under cli:<user>', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('actor', 'like', 'cli:%')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'user.create',
        'user.password_reset',
        'user.unlock',
        'token.create',
        'user.update',
      ]),
    );
  });
});
