import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

/**
 * Hostile text in every stored text field: SQL fragments and script snippets go in through the API and
 * come back byte for byte as JSON strings (parameterised SQL, JSON answers, no HTML), the tables are
 * all still there, and every answer carries the security headers.
 */

let t: TestApp;
beforeAll(async () => {
  t = await testApp('base');
});
afterAll(() => t.close());

const API = '/api/v1';

const SQL_STRINGS = [
  "'); DROP TABLE app_user;--",
  "' OR '1'='1",
  "\\'; select pg_sleep(1);--",
  '1; DELETE FROM audit_log WHERE true; --',
  "%' OR 1=1 --",
  '$$; TRUNCATE region CASCADE; $$',
  "Robert'); UPDATE app_user SET role='national_admin' WHERE ('a'='a",
];
const SCRIPT_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')//",
  '</script><script>alert(document.cookie)</script>',
  '{{constructor.constructor("alert(1)")()}}',
];
const HOSTILE = [...SQL_STRINGS, ...SCRIPT_STRINGS];

/** Every answer of the API: JSON (never HTML) with the security headers. */
function expectSafeAnswer(response: LightMyRequestResponse, label = ''): void {
  expect(response.headers['content-type'], label).toMatch(/^application\/json/);
  expect(response.headers['x-content-type-options'], label).toBe('nosniff');
  expect(response.headers['content-security-policy'], label).toContain("default-src 'self'");
  expect(response.headers['content-security-policy'], label).toContain("script-src 'self'");
  expect(response.headers['access-control-allow-origin'], label).toBeUndefined();
}

/** The text comes back as the very same JSON string (no escaping, trimming or HTML-encoding). */
function expectVerbatim(response: LightMyRequestResponse, read: unknown, text: string): void {
  expect(read).toBe(text);
  expect(response.body).toContain(JSON.stringify(text));
}

async function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  const response = await t.app.inject(options);
  expectSafeAnswer(response, String(options.url));
  return response;
}

const createUser = async (username: string, extra: Record<string, unknown>) => {
  const response = await send({
    method: 'POST',
    url: `${API}/users`,
    payload: { username, displayName: 'Pengguna Uji', role: 'regency_gov', regions: ['15.03'], ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().user as { id: number; displayName: string; email: string | null };
};

const reveal = (id: number, reason = 'Pemeriksaan uji injeksi') =>
  send({ method: 'POST', url: `${API}/users/${id}/reveal`, payload: { reason } });

describe('hostile text is stored and returned verbatim', () => {
  it('user display names (create, search, change, reveal)', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const user = await createUser(`inj-name-${i}`, { displayName: text });
      // Lists mask the name; only the reveal shows it, and exactly as typed.
      expect(user.displayName).not.toBe(text);
      const shown = await reveal(user.id);
      expect(shown.statusCode).toBe(200);
      expectVerbatim(shown, shown.json().user.displayName, text);

      // The search text is a literal, not SQL and not a LIKE pattern.
      const search = await send({ method: 'GET', url: `${API}/users?q=${encodeURIComponent(text)}` });
      expect(search.statusCode).toBe(200);
      expect(search.json().users.map((u: { username: string }) => u.username)).toEqual([`inj-name-${i}`]);

      const changed = `${text} (diubah)`;
      const patch = await send({
        method: 'PATCH',
        url: `${API}/users/${user.id}`,
        payload: { displayName: changed },
      });
      expect(patch.statusCode, patch.body).toBe(200);
      const again = await reveal(user.id);
      expectVerbatim(again, again.json().user.displayName, changed);
    }
  });

  it('the local part of e-mail addresses, as far as the e-mail format allows', async () => {
    const emails = [
      "'or'1'='1@contoh.go.id",
      "x'--@contoh.go.id",
      "o'reilly+'drop'@contoh.go.id",
      '{$ne}@contoh.go.id',
      "'%'=''@contoh.go.id",
    ];
    for (const [i, email] of emails.entries()) {
      const user = await createUser(`inj-mail-${i}`, { email });
      expect(user.email).toBe(`${email[0]}***@contoh.go.id`);
      const shown = await reveal(user.id);
      expectVerbatim(shown, shown.json().user.email, email);
    }
    // What the format refuses is refused with 400, never stored.
    for (const email of ["a';drop@contoh.go.id", '<script>@contoh.go.id', 'x@<svg onload=alert(1)>']) {
      const response = await send({
        method: 'POST',
        url: `${API}/users`,
        payload: {
          username: 'inj-mail-bad',
          displayName: 'X',
          role: 'regency_gov',
          regions: ['15.03'],
          email,
        },
      });
      expect(response.statusCode, email).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('reveal reasons, read back from the audit log (also found by searching for them)', async () => {
    const target = await createUser('inj-reveal', {});
    for (const reason of HOSTILE) {
      expect((await reveal(target.id, reason)).statusCode).toBe(200);
      const search = await send({
        method: 'GET',
        url: `${API}/audit?action=personal.reveal&q=${encodeURIComponent(reason)}`,
      });
      expect(search.statusCode).toBe(200);
      const entries = search.json().entries as { reason: string | null; entityId: string }[];
      expect(entries.length).toBeGreaterThanOrEqual(1);
      expect(entries.every((e) => e.reason?.toLowerCase().includes(reason.toLowerCase()))).toBe(true);
      const mine = entries.find((e) => e.reason === reason && e.entityId === String(target.id));
      expectVerbatim(search, mine?.reason, reason);
    }
  });

  it('target source and note (PUT /targets)', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const year = 2040 + i;
      const put = await send({
        method: 'PUT',
        url: `${API}/targets/15.03/${year}`,
        payload: { targetPct: 60, source: text, note: `${text} catatan` },
      });
      expect(put.statusCode, put.body).toBe(200);
      const list = await send({ method: 'GET', url: `${API}/targets/15.03` });
      const stored = list.json().targets.find((x: { year: number }) => x.year === year);
      expectVerbatim(list, stored?.source, text);
      expectVerbatim(list, stored?.note, `${text} catatan`);
    }
  });

  it('regulation note, article and reason (POST /regulations)', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const code = `uji.injeksi.k${i}`;
      const post = await send({
        method: 'POST',
        url: `${API}/regulations`,
        payload: {
          code,
          effectiveFrom: '2020-01-01',
          value: 1,
          unit: 'count',
          legalBasis: 'PP 1/2020',
          article: text,
          confidence: 'H',
          note: text,
          reason: text,
        },
      });
      expect(post.statusCode, post.body).toBe(201);
      const read = await send({ method: 'GET', url: `${API}/regulations?code=${code}` });
      const parameter = read.json().parameters.find((p: { code: string }) => p.code === code);
      expectVerbatim(read, parameter?.note, text);
      expectVerbatim(read, parameter?.article, text);
      const changes = await send({ method: 'GET', url: `${API}/regulations/${parameter.id}/changes` });
      expectVerbatim(changes, changes.json().changes[0]?.reason, text);
      const audit = await send({
        method: 'GET',
        url: `${API}/audit?action=regulation.create&entity=regulation_parameter&q=${encodeURIComponent(code)}`,
      });
      expect(audit.json().entries.map((e: { reason: string }) => e.reason)).toContain(text);
    }
  });

  it('import fileName and source query parameters', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const url = `${API}/imports/targets?fileName=${encodeURIComponent(text)}&source=${encodeURIComponent(text)}`;
      const post = await send({
        method: 'POST',
        url,
        payload: `region_code,year,target_pct\n15.03,${2070 + i},55\n`,
        headers: { 'content-type': 'text/csv' },
      });
      expect(post.statusCode, post.body).toBe(200);
      expect(post.json()).toMatchObject({ status: 'committed', inserted: 1 });
      expectVerbatim(post, post.json().fileName, text);
      const history = await send({ method: 'GET', url: `${API}/imports` });
      const batch = history.json().batches.find((b: { id: number }) => b.id === post.json().batchId);
      expectVerbatim(history, batch?.fileName, text);
      expectVerbatim(history, batch?.source, text);
      // The source also became the target's source.
      const targets = await send({ method: 'GET', url: `${API}/targets/15.03` });
      const stored = targets.json().targets.find((x: { year: number }) => x.year === 2070 + i);
      expectVerbatim(targets, stored?.source, text);
    }
  });

  it('API token names', async () => {
    for (const text of HOSTILE) {
      const post = await send({
        method: 'POST',
        url: `${API}/tokens`,
        payload: { name: text, userId: t.admin?.id, scopes: ['coverage.public'], expiresAt: '2026-06-30' },
      });
      expect(post.statusCode, post.body).toBe(201);
      const list = await send({ method: 'GET', url: `${API}/tokens` });
      const token = list.json().tokens.find((x: { id: number }) => x.id === post.json().id);
      expectVerbatim(list, token?.name, text);
    }
  });

  it('login with hostile usernames and passwords is an ordinary failed login', async () => {
    for (const text of HOSTILE) {
      const response = await send({
        method: 'POST',
        url: `${API}/auth/login`,
        payload: { username: text, password: text },
      });
      expect(response.statusCode, text).toBe(401);
      expect(response.json().error.code).toBe('LOGIN_FAILED');
    }
  });

  it('every table is still there, with its rows', async () => {
    const tables = [
      'app_user',
      'app_user_region',
      'auth_session',
      'api_token',
      'audit_log',
      'region',
      'coverage_target',
      'import_batch',
      'regulation_parameter',
      'regulation_parameter_change',
    ];
    for (const table of tables) {
      const { rows } = await sql<{
        present: boolean;
      }>`select to_regclass(${table}) is not null as present`.execute(t.database.db);
      expect(rows[0]?.present, table).toBe(true);
    }
    const count = async (table: string) =>
      Number(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db))
          .rows[0]?.n,
      );
    expect(await count('region')).toBeGreaterThan(80_000);
    expect(await count('audit_log')).toBeGreaterThan(50);
    // No one became a national administrator through a display name.
    const admins = await t.database.db
      .selectFrom('app_user')
      .select('username')
      .where('role', '=', 'national_admin')
      .execute();
    expect(admins.map((a) => a.username)).toEqual([t.admin?.username]);
    const users = await send({ method: 'GET', url: `${API}/users?limit=500` });
    expect(users.json().total).toBe(await count('app_user'));
  });
});

describe('transport-level protections', () => {
  it('CORS is off: no Access-Control-Allow-Origin for another origin, even on a preflight', async () => {
    const origin = 'https://penyerang.example';
    const get = await t.app.inject({ method: 'GET', url: `${API}/coverage/00`, headers: { origin } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    expect(get.headers['access-control-allow-credentials']).toBeUndefined();
    const session = await t.app.inject({ method: 'GET', url: `${API}/auth/session`, headers: { origin } });
    expect(session.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `${API}/users`,
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-csrf-token',
      },
    });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('an oversized JSON body on /auth/login (>16 KiB) answers 413 without a stack trace', async () => {
    for (const size of [16 * 1024 + 1, 64 * 1024, 1024 * 1024]) {
      const payload = JSON.stringify({ username: 'admin', password: 'x'.repeat(size) });
      const response = await t.app.inject({
        method: 'POST',
        url: `${API}/auth/login`,
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode, String(size)).toBe(413);
      expectSafeAnswer(response);
      expect(response.json().error).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.any(String),
        messageEn: expect.any(String),
      });
      expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
      expect(response.body).not.toMatch(/node_modules|\/src\/|\.ts\b/);
    }
  });

  it('error answers are JSON with the security headers too', async () => {
    for (const [method, url] of [
      ['GET', `${API}/tidak-ada`],
      ['GET', `${API}/coverage/%3Cscript%3E`],
      ['POST', `${API}/auth/login`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        payload: method === 'POST' ? '{"username":' : undefined,
        headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expectSafeAnswer(response, url);
      expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
