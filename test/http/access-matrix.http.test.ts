import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAccessControl } from '../../src/auth/access.ts';
import { systemActor } from '../../src/auth/actor.ts';
import type { Permission } from '../../src/auth/permissions.ts';
import { PUBLIC_PERMISSIONS, ROLE_CODES, ROLES, type Role } from '../../src/auth/roles.ts';
import { createToken } from '../../src/auth/tokens.service.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import { createProgram } from '../../src/funding/funding.service.ts';
import { registerEmployer } from '../../src/registry/employers.service.ts';
import { registerProject } from '../../src/registry/projects.service.ts';
import { enrolParticipant } from '../../src/registry/registry.service.ts';
import { setTarget } from '../../src/targets/targets.service.ts';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';
import { billedPayer, paidPayment } from '../helpers/bills.ts';
import { TEST_CLOCK } from '../setup/templates.ts';

/**
 * The authorization matrix, generated from the route table the server builds (every API route must
 * declare `config.access`): every route × every role × a region inside and one outside the role's
 * scope → the answer the permission table and the scope rule predict. A route without a fixture here
 * fails the first test, so a new endpoint cannot ship without being placed in the matrix.
 */
const IN_VILLAGE = '15.03.03.1001'; // Dusun Sarolangun, Kab. Sarolangun, Jambi
const OUT_VILLAGE = '17.01.01.2001'; // Batu Ampar, Kab. Bengkulu Selatan: outside every regional scope below
const IN_DISTRICT = '15.03.03';
const OUT_DISTRICT = '17.01.01';

type Who = Role | 'public';
type Where = 'in' | 'out';

/** Each role's regions in this test: Sarolangun is inside all of them; Bengkulu inside none but national. */
const REGIONS: Record<Role, string[]> = {
  national_admin: ['00'],
  regional_office: ['15', '16'],
  branch_office: ['15.02', '15.03'],
  province_gov: ['15'],
  regency_gov: ['15.03'],
  village_operator: [IN_VILLAGE],
  perisai_agent: [IN_DISTRICT],
  employer: [],
  auditor: ['15'],
};

interface Context {
  readonly region: string;
  readonly who: Who;
  /** True when the request will pass the permission check (so preparing a record is worth it). */
  readonly permitted: boolean;
  readonly n: number;
}

interface Fixture {
  /** Regions used instead of the villages (e.g. a ranking needs a district). */
  readonly regions?: { in: string; out: string };
  request(ctx: Context): InjectOptions | Promise<InjectOptions>;
  /** Status when authorized and inside the scope (default 200). */
  readonly ok?: number;
  readonly okCode?: string;
  /** Answer for a record outside the scope (scope `records`): like a missing one. */
  readonly outside?: { status: number; code?: string };
  /** Records that Perisai agents and employers see only when they own them, never by region. */
  readonly ownedOnly?: true;
  /** Answers a role gets whatever the region (a segment it may not enrol, say). */
  readonly byRole?: Partial<Record<Who, { status: number; code?: string }>>;
}

let t: TestApp;
const accounts = new Map<Role, TestAccount>();
let geoDir: string;
let loginUser: string;
let parameterId: number;
const SETUP = systemActor('matrix-setup');

/** A fresh account inside `region`, made only when the request will get as far as looking it up. */
async function accountIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const { user } = await createAccount(t.database.db, SETUP, {
    username: `m-${ctx.n}`,
    displayName: 'Sasaran Matriks',
    role: 'village_operator',
    regions: [ctx.region],
  });
  return user.id;
}

/** A NIK issued in Kec. Sarolangun (15.03.03) for a man born on `ddmmyy`, serial `n`. */
const nikOf = (ddmmyy: string, n: number) => `150303${ddmmyy}${String(n).padStart(4, '0')}`;
const bpuMembership = {
  segment: 'BPU' as const,
  payerKind: 'self' as const,
  programs: ['JKK' as const, 'JKM' as const],
  declaredIncome: 1_000_000,
  validFrom: '2025-01-01',
};

/** A person living in `ctx.region` with an open BPU membership, enrolled by the system (owned by no agent). */
async function personIn(ctx: Context): Promise<{ id: number; membershipId: number }> {
  if (!ctx.permitted) return { id: 999_999, membershipId: 999_999 };
  const { participant } = await enrolParticipant(
    t.database.db,
    SETUP,
    {
      nik: nikOf('020290', ctx.n),
      name: 'Warga Matriks',
      sex: 'M',
      birthDate: '1990-02-02',
      villageCode: ctx.region,
      membership: bpuMembership,
    },
    '2026-01-15',
  );
  return { id: participant.id, membershipId: participant.memberships[0]?.id ?? 0 };
}

async function employerIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const employer = await registerEmployer(t.database.db, SETUP, {
    npp: String(20_000_000 + ctx.n),
    name: 'PT Matriks',
    jkkRiskGroup: 2,
    sizeClass: 'small',
    villageCode: ctx.region,
    activeFrom: '2024-01-01',
  });
  return employer.id;
}

/** A Jakon project in `ctx.region` under a contractor registered there. */
async function projectIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  await employerIn(ctx);
  const project = await registerProject(
    t.database.db,
    SETUP,
    {
      projectNumber: `PRJ-M-${ctx.n}`,
      name: 'Jalan Matriks',
      contractorNpp: String(20_000_000 + ctx.n),
      contractValue: 750_000_000,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      villageCode: ctx.region,
    },
    '2026-01-15',
  );
  return project.id;
}

/** A finished registry import job about `ctx.region`, started by another account. */
async function importJobIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const job = await t.database.db
    .insertInto('registry_import_job')
    .values({
      kind: 'employers',
      status: 'rejected',
      mode: 'all',
      dry_run: false,
      client_ref: null,
      file_name: 'x.csv',
      file_sha256: null,
      actor: 'matriks-lain',
      actor_id: null,
      region_code: ctx.region,
      batch_id: null,
      error: null,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}

/** A regency funding program in `ctx.region` (a regency code in the funding fixtures). */
async function programIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const program = await createProgram(t.database.db, SETUP, {
    code: `M-${ctx.n}`,
    name: 'Program Matriks',
    funderKind: 'regency',
    funderName: 'Pemkab Matriks',
    regionCode: ctx.region,
    source: 'apbd',
    fiscalYear: 2025,
    budget: 100_000_000,
    periodFrom: '2025-01',
    periodTo: '2025-12',
  });
  return program.id;
}
/** A finished beneficiaries import job of a program in `ctx.region`. */
async function fundingJobIn(ctx: Context): Promise<number> {
  if (!ctx.permitted) return 999_999;
  const programId = await programIn(ctx);
  const job = await t.database.db
    .insertInto('registry_import_job')
    .values({
      kind: 'beneficiaries',
      status: 'rejected',
      mode: 'all',
      dry_run: false,
      client_ref: null,
      file_name: 'penerima.csv',
      file_sha256: null,
      actor: 'matriks-lain',
      actor_id: null,
      region_code: ctx.region,
      batch_id: null,
      error: null,
      finished_at: null,
      funding_program_id: programId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}
/** Pangkalpinang (Babel) has demo coverage, and lies outside every regional scope above. */
const REGENCIES = { in: '15.03', out: '19.71' };
const period = { from: '2025-01', to: '2025-12' };

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const json = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as InjectOptions['payload'],
});
const csv = (url: string, body: string): InjectOptions => ({
  method: 'POST',
  url,
  payload: body,
  headers: { 'content-type': 'text/csv' },
});

const API = '/api/v1';
const FIXTURES: Record<string, Fixture> = {
  // Registry imports (issue 6): a job row made by someone else in the region, seen only inside the scope.
  'POST /api/v1/imports/registry/:kind': {
    request: (c) =>
      csv(
        `${API}/imports/registry/employers`,
        `npp,nama,kelompok_risiko,skala_usaha,kode_desa,status_sejak\n${40_000_000 + c.n},PT Impor,2,kecil,${c.region},2024-01-01\n`,
      ),
    outside: { status: 422, code: 'IMPORT_REJECTED' },
  },
  'GET /api/v1/imports/registry/:kind/template.csv': {
    request: () => get(`${API}/imports/registry/participants/template.csv`),
  },
  'GET /api/v1/imports/registry/:kind/template.xlsx': {
    request: () => get(`${API}/imports/registry/employers/template.xlsx`),
  },
  'GET /api/v1/imports/registry/jobs': {
    request: () => get(`${API}/imports/registry/jobs`),
    outside: { status: 200 },
  },
  'GET /api/v1/imports/registry/jobs/:id': {
    request: async (c) => get(`${API}/imports/registry/jobs/${await importJobIn(c)}`),
  },
  'GET /api/v1/imports/registry/jobs/:id/errors.csv': {
    request: async (c) => get(`${API}/imports/registry/jobs/${await importJobIn(c)}/errors.csv`),
  },
  'GET /api/v1/health': { request: () => get(`${API}/health`) },
  'GET /api/v1/meta': { request: () => get(`${API}/meta`) },
  'GET /api/v1/regulations/parameters': { request: () => get(`${API}/regulations/parameters`) },
  'GET /api/v1/targets/:regionCode': { request: (c) => get(`${API}/targets/${c.region}`) },
  'PUT /api/v1/targets/:regionCode/:year': {
    request: (c) => json('PUT', `${API}/targets/${c.region}/2026`, { targetPct: 40, source: 'uji matriks' }),
  },
  'DELETE /api/v1/targets/:regionCode/:year': {
    async request(c) {
      if (c.permitted) {
        await setTarget(t.database.db, SETUP, {
          regionCode: c.region,
          year: 2027,
          targetPct: 50,
          basis: null,
          source: 'uji',
          note: null,
        });
      }
      return { method: 'DELETE', url: `${API}/targets/${c.region}/2027` };
    },
    ok: 204,
  },
  'GET /api/v1/geo': { request: () => get(`${API}/geo`) },
  'GET /api/v1/geo/:layer': { request: () => get(`${API}/geo/provinces`) },
  'GET /api/v1/coverage/:regionCode/export': {
    regions: { in: IN_DISTRICT, out: OUT_DISTRICT },
    request: (c) => get(`${API}/coverage/${c.region}/export?table=children&format=csv`),
  },
  'GET /api/v1/coverage/:regionCode': { request: (c) => get(`${API}/coverage/${c.region}`) },
  'GET /api/v1/coverage/:regionCode/children': {
    request: (c) => get(`${API}/coverage/${c.region}/children`),
  },
  'GET /api/v1/coverage/:regionCode/trend': { request: (c) => get(`${API}/coverage/${c.region}/trend`) },
  'GET /api/v1/coverage/:regionCode/movement': {
    request: (c) => get(`${API}/coverage/${c.region}/movement?from=2025-01&to=2025-06`),
  },
  'GET /api/v1/coverage/:regionCode/ranking': {
    regions: { in: IN_DISTRICT, out: OUT_DISTRICT },
    request: (c) => get(`${API}/coverage/${c.region}/ranking?level=4`),
  },
  'POST /api/v1/imports/active': {
    request: (c) =>
      csv(`${API}/imports/active`, `region_code,month,segment,active\n${c.region},2025-06,PU,${c.n}\n`),
    outside: { status: 422, code: 'IMPORT_REJECTED' },
  },
  'POST /api/v1/imports/workforce': {
    request: (c) =>
      csv(
        `${API}/imports/workforce?dataset=matriks-${c.n}&basis=potential&name=Uji&referenceMonth=2025-06&source=uji`,
        `region_code,workforce\n${c.region},100000\n`,
      ),
    outside: { status: 422, code: 'IMPORT_REJECTED' },
  },
  'POST /api/v1/imports/targets': {
    request: (c) =>
      csv(`${API}/imports/targets?source=uji`, `region_code,year,target_pct\n${c.region},2028,45\n`),
    outside: { status: 422, code: 'IMPORT_REJECTED' },
  },
  'GET /api/v1/imports': { request: () => get(`${API}/imports`), outside: { status: 200 } },
  'POST /api/v1/payments': {
    request: async (c) =>
      json('POST', `${API}/payments`, {
        idempotencyKey: `matriks-${c.n}`,
        payerKey: await billedPayer(t.database.db, c),
        amount: 1_000,
        paidOn: '2025-07-01',
      }),
    ok: 201,
    ownedOnly: true,
  },
  'GET /api/v1/payments': {
    request: async (c) => get(`${API}/payments?payerKey=${await billedPayer(t.database.db, c)}`),
    ownedOnly: true,
  },
  'GET /api/v1/payments/:id': {
    request: async (c) => get(`${API}/payments/${await paidPayment(t.database.db, c)}`),
    ownedOnly: true,
  },
  'POST /api/v1/payments/:id/reverse': {
    request: async (c) =>
      json('POST', `${API}/payments/${await paidPayment(t.database.db, c)}/reverse`, {
        reason: 'uji matriks',
      }),
  },
  'GET /api/v1/payers/:payerKey/balance': {
    request: async (c) => get(`${API}/payers/${await billedPayer(t.database.db, c)}/balance`),
    ownedOnly: true,
  },
  'GET /api/v1/workforce/bases': { request: () => get(`${API}/workforce/bases`) },
  // Billing (src/billing): a month before any registry data, so each run is quick whatever the demo holds.
  'POST /api/v1/billing/runs': { request: () => json('POST', `${API}/billing/runs`, { month: '2020-01' }) },
  'GET /api/v1/billing/runs': { request: () => get(`${API}/billing/runs`) },
  'GET /api/v1/billing/runs/:id': {
    async request(c) {
      const run = c.permitted
        ? await t.database.db
            .insertInto('bill_run')
            .values({ month: '2020-01-01', as_of: '2026-01-15', parameters: '[]', actor: 'matriks' })
            .returning('id')
            .executeTakeFirstOrThrow()
        : { id: 999_999 };
      return get(`${API}/billing/runs/${run.id}`);
    },
  },
  'POST /api/v1/billing/lapse': {
    request: () => json('POST', `${API}/billing/lapse`, { asOf: '2020-01-01' }),
  },
  'GET /api/v1/bills': { request: () => get(`${API}/bills?month=2025-06`), outside: { status: 200 } },
  'GET /api/v1/bills/:id': {
    async request(c) {
      let id = 999_999;
      if (c.permitted) {
        const db = t.database.db;
        const run = await db
          .insertInto('bill_run')
          .values({ month: '2025-06-01', as_of: '2026-01-15', parameters: '[]', actor: 'matriks' })
          .returning('id')
          .executeTakeFirstOrThrow();
        const bill = await db
          .insertInto('bill')
          .values({
            run_id: run.id,
            month: '2025-06-01',
            kind: 'contribution',
            segment: 'BPU',
            payer_key: `program:group:tagihan-${c.n}`,
            payer_kind: 'group',
            region_code: c.region,
            amount: 16_800,
            due_on: '2025-07-15',
            employer_id: null,
            project_id: null,
            participant_id: null,
            settled_on: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        id = Number(bill.id);
      }
      return get(`${API}/bills/${id}`);
    },
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'GET /api/v1/employers/:id/account': {
    request: async (c) => get(`${API}/employers/${await employerIn(c)}/account`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'POST /api/v1/memberships/resume': {
    async request(c) {
      const { membershipId } = await personIn(c);
      if (c.permitted)
        await t.database.db
          .updateTable('membership')
          .set({ valid_to: '2025-03-31', end_reason: 'lapsed' })
          .where('id', '=', membershipId)
          .execute();
      return json('POST', `${API}/memberships/resume`, {
        nik: nikOf('020290', c.n),
        validFrom: '2025-06-01',
      });
    },
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'GET /api/v1/workforce/datasets': { request: () => get(`${API}/workforce/datasets`) },
  'GET /api/v1/regions/search': { request: () => get(`${API}/regions/search?q=sarolangun`) },
  'GET /api/v1/regions/:regionCode': { request: (c) => get(`${API}/regions/${c.region}`) },
  'GET /api/v1/regions/:regionCode/children': { request: (c) => get(`${API}/regions/${c.region}/children`) },
  'POST /api/v1/identifiers/nik': {
    request: () => json('POST', `${API}/identifiers/nik`, { nik: '3201055205900001' }),
  },
  'POST /api/v1/identifiers/kpj': {
    request: () => json('POST', `${API}/identifiers/kpj`, { value: '12345678901' }),
  },
  'POST /api/v1/identifiers/npp': {
    request: () => json('POST', `${API}/identifiers/npp`, { value: '12345678' }),
  },
  'GET /api/v1/regulations': { request: () => get(`${API}/regulations?code=pu.jht`) },
  'POST /api/v1/regulations': {
    request: (c) =>
      json('POST', `${API}/regulations`, {
        code: `uji.matriks.${c.n}`,
        effectiveFrom: '2026-01-01',
        value: 1,
        unit: 'count',
        legalBasis: 'uji',
        confidence: 'L',
        reason: 'uji matriks akses',
      }),
    ok: 201,
  },
  'PATCH /api/v1/regulations/:id': {
    request: () =>
      json('PATCH', `${API}/regulations/${parameterId}`, { note: 'uji matriks', reason: 'uji matriks' }),
  },
  'GET /api/v1/regulations/:id/changes': { request: () => get(`${API}/regulations/${parameterId}/changes`) },
  'POST /api/v1/quotes/contribution': {
    request: () =>
      json('POST', `${API}/quotes/contribution`, { segment: 'bpu', month: '2025-06', income: 1_000_000 }),
  },
  'POST /api/v1/quotes/fine': {
    request: () => json('POST', `${API}/quotes/fine`, { amount: 1_000_000, monthsLate: 4, month: '2020-06' }),
  },
  'POST /api/v1/quotes/benefit': {
    request: () => json('POST', `${API}/quotes/benefit`, { benefit: 'jkm', deathDate: '2025-05-01' }),
  },
  'POST /api/v1/auth/login': {
    request: () => json('POST', `${API}/auth/login`, { username: loginUser, password: 'kata-sandi-uji-123' }),
  },
  'GET /api/v1/auth/session': { request: () => get(`${API}/auth/session`) },
  'POST /api/v1/auth/logout': { request: () => ({ method: 'POST', url: `${API}/auth/logout` }), ok: 204 },
  // Reaching the handler is the point: a wrong current password is refused there (400), not by access control.
  'POST /api/v1/auth/password': {
    request: () =>
      json('POST', `${API}/auth/password`, {
        currentPassword: 'salah-sekali',
        newPassword: 'kata-sandi-baru-123',
      }),
    ok: 400,
    okCode: 'VALIDATION_FAILED',
  },
  'GET /api/v1/roles': { request: () => get(`${API}/roles`) },
  'GET /api/v1/users': { request: () => get(`${API}/users`), outside: { status: 200 } },
  'GET /api/v1/users/export': {
    request: () => get(`${API}/users/export?format=csv`),
    outside: { status: 200 },
  },
  'POST /api/v1/users': {
    request: (c) =>
      json('POST', `${API}/users`, {
        username: `baru-${c.n}`,
        displayName: 'Pengguna Baru',
        role: 'village_operator',
        regions: [c.region],
      }),
    ok: 201,
    outside: { status: 400, code: 'VALIDATION_FAILED' },
  },
  'PATCH /api/v1/users/:id': {
    request: async (c) => json('PATCH', `${API}/users/${await accountIn(c)}`, { displayName: 'Nama Diubah' }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'POST /api/v1/users/:id/reset-password': {
    request: async (c) => ({ method: 'POST', url: `${API}/users/${await accountIn(c)}/reset-password` }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'POST /api/v1/users/:id/unlock': {
    request: async (c) => ({ method: 'POST', url: `${API}/users/${await accountIn(c)}/unlock` }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'POST /api/v1/users/:id/reveal': {
    request: async (c) =>
      json('POST', `${API}/users/${await accountIn(c)}/reveal`, { reason: 'pemeriksaan matriks akses' }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'GET /api/v1/tokens': { request: () => get(`${API}/tokens`), outside: { status: 200 } },
  'POST /api/v1/tokens': {
    request: async (c) =>
      json('POST', `${API}/tokens`, {
        name: `matriks-${c.n}`,
        userId: await accountIn(c),
        scopes: ['coverage.public'],
        expiresAt: '2026-06-30',
      }),
    ok: 201,
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'DELETE /api/v1/tokens/:id': {
    async request(c) {
      let id = 999_999;
      if (c.permitted) {
        const token = await createToken(
          t.database.db,
          SETUP,
          {
            name: `hapus-${c.n}`,
            userId: await accountIn(c),
            scopes: ['coverage.public'],
            expiresAt: '2026-06-30',
          },
          TEST_CLOCK.now(),
        );
        id = token.id;
      }
      return { method: 'DELETE', url: `${API}/tokens/${id}` };
    },
    ok: 204,
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'GET /api/v1/audit': { request: () => get(`${API}/audit`), outside: { status: 200 } },
  'POST /api/v1/participants': {
    request: (c) =>
      json('POST', `${API}/participants`, {
        nik: nikOf('010190', c.n),
        name: 'Pekerja Matriks',
        sex: 'M',
        birthDate: '1990-01-01',
        villageCode: c.region,
        membership: bpuMembership,
      }),
    ok: 201,
    outside: { status: 400, code: 'VALIDATION_FAILED' },
    // An employer enrols only its own wage earners; an informal worker is not its to enrol.
    byRole: { employer: { status: 403, code: 'FORBIDDEN' } },
  },
  'POST /api/v1/participants/search': {
    request: () => json('POST', `${API}/participants/search`, { q: 'Warga' }),
    outside: { status: 200 },
  },
  'GET /api/v1/employers': { request: () => get(`${API}/employers?q=PT`), outside: { status: 200 } },
  'GET /api/v1/participants/:id': {
    request: async (c) => get(`${API}/participants/${(await personIn(c)).id}`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'POST /api/v1/participants/:id/reveal': {
    request: async (c) =>
      json('POST', `${API}/participants/${(await personIn(c)).id}/reveal`, {
        reason: 'verifikasi klaim JKM',
      }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'POST /api/v1/participants/:id/memberships': {
    request: async (c) =>
      json('POST', `${API}/participants/${(await personIn(c)).id}/memberships`, {
        segment: 'PMI',
        payerKind: 'self',
        programs: ['JKK', 'JKM'],
        placementCountry: 'Malaysia',
        validFrom: '2025-06-01',
      }),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'POST /api/v1/memberships/:id/end': {
    request: async (c) =>
      json('POST', `${API}/memberships/${(await personIn(c)).membershipId}/end`, {
        validTo: '2025-09-30',
        reason: 'lapsed',
      }),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'POST /api/v1/employers': {
    request: (c) =>
      json('POST', `${API}/employers`, {
        npp: String(30_000_000 + c.n),
        name: 'CV Baru',
        jkkRiskGroup: 1,
        sizeClass: 'micro',
        villageCode: c.region,
        activeFrom: '2025-01-01',
      }),
    ok: 201,
    outside: { status: 400, code: 'VALIDATION_FAILED' },
  },
  'GET /api/v1/employers/:id': {
    request: async (c) => get(`${API}/employers/${await employerIn(c)}`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'POST /api/v1/employers/:id/status': {
    request: async (c) =>
      json('POST', `${API}/employers/${await employerIn(c)}/status`, {
        status: 'arrears',
        from: '2025-06-01',
      }),
    outside: { status: 404, code: 'NOT_FOUND' },
  },
  'POST /api/v1/projects': {
    async request(c) {
      await employerIn(c);
      return json('POST', `${API}/projects`, {
        projectNumber: `PRJ-N-${c.n}`,
        name: 'Jembatan Matriks',
        contractorNpp: String(20_000_000 + c.n),
        contractValue: 1_200_000_000,
        startsOn: '2025-03-01',
        endsOn: '2025-11-30',
        villageCode: c.region,
      });
    },
    ok: 201,
    outside: { status: 400, code: 'VALIDATION_FAILED' },
  },
  'GET /api/v1/projects': { request: () => get(`${API}/projects?q=PRJ`), outside: { status: 200 } },
  'GET /api/v1/projects/:id': {
    request: async (c) => get(`${API}/projects/${await projectIn(c)}`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'GET /api/v1/participants/:id/protection': {
    request: async (c) =>
      get(`${API}/participants/${(await personIn(c)).id}/protection?from=2025-01&to=2025-12`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'GET /api/v1/employers/:id/workers': {
    request: async (c) => get(`${API}/employers/${await employerIn(c)}/workers`),
    outside: { status: 404, code: 'NOT_FOUND' },
    ownedOnly: true,
  },
  'GET /api/v1/funding/programs': { request: () => get(`${API}/funding/programs`), outside: { status: 200 } },
  'POST /api/v1/funding/programs': {
    regions: REGENCIES,
    request: (c) =>
      json('POST', `${API}/funding/programs`, {
        code: `N-${c.n}`,
        name: 'Program Baru',
        funderKind: 'regency',
        funderName: 'Pemkab',
        regionCode: c.region,
        source: 'apbd',
        fiscalYear: 2025,
        budget: 50_000_000,
        periodFrom: '2025-01',
        periodTo: '2025-06',
      }),
    ok: 201,
    outside: { status: 404, code: 'REGION_NOT_FOUND' },
  },
  'GET /api/v1/funding/programs/:id': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/programs/${await programIn(c)}`),
  },
  'PATCH /api/v1/funding/programs/:id': {
    regions: REGENCIES,
    request: async (c) => json('PATCH', `${API}/funding/programs/${await programIn(c)}`, { notes: 'dicek' }),
  },
  'GET /api/v1/funding/programs/:id/usage': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/programs/${await programIn(c)}/usage`),
  },
  'GET /api/v1/funding/programs/:id/beneficiaries': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/programs/${await programIn(c)}/beneficiaries`),
  },
  'POST /api/v1/funding/programs/:id/beneficiaries/import': {
    regions: REGENCIES,
    // A file with its header only: refused (no rows), after the program was found in scope.
    request: async (c) =>
      csv(
        `${API}/funding/programs/${await programIn(c)}/beneficiaries/import`,
        'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa',
      ),
    ok: 422,
    okCode: 'IMPORT_REJECTED',
  },
  'POST /api/v1/funding/welfare/import': {
    request: () =>
      csv(`${API}/funding/welfare/import`, 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil'),
    ok: 422,
    okCode: 'IMPORT_REJECTED',
    outside: { status: 422, code: 'IMPORT_REJECTED' },
  },
  'GET /api/v1/funding/beneficiaries/template.csv': {
    request: () => get(`${API}/funding/beneficiaries/template.csv`),
  },
  'GET /api/v1/funding/beneficiaries/template.xlsx': {
    request: () => get(`${API}/funding/beneficiaries/template.xlsx`),
  },
  'GET /api/v1/funding/welfare/template.csv': { request: () => get(`${API}/funding/welfare/template.csv`) },
  'GET /api/v1/funding/welfare/template.xlsx': { request: () => get(`${API}/funding/welfare/template.xlsx`) },
  'GET /api/v1/funding/imports': {
    request: () => get(`${API}/funding/imports?ref=abcdefgh12`),
    outside: { status: 200 },
  },
  'GET /api/v1/funding/imports/:id': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/imports/${await fundingJobIn(c)}`),
  },
  'GET /api/v1/funding/imports/:id/errors.csv': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/imports/${await fundingJobIn(c)}/errors.csv`),
  },
  'GET /api/v1/funding/programs/:id/proposal.xlsx': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/programs/${await programIn(c)}/proposal.xlsx`),
  },
  'GET /api/v1/funding/programs/:id/proposal.pdf': {
    regions: REGENCIES,
    request: async (c) => get(`${API}/funding/programs/${await programIn(c)}/proposal.pdf`),
  },
  'POST /api/v1/funding/simulations/budget': {
    regions: REGENCIES,
    request: (c) =>
      json('POST', `${API}/funding/simulations/budget`, {
        regionCode: c.region,
        budget: 1_008_000_000,
        ...period,
      }),
    outside: { status: 404, code: 'REGION_NOT_FOUND' },
  },
  'POST /api/v1/funding/simulations/target': {
    regions: REGENCIES,
    request: (c) =>
      json('POST', `${API}/funding/simulations/target`, { regionCode: c.region, targetPct: 90, ...period }),
    outside: { status: 404, code: 'REGION_NOT_FOUND' },
  },
  'POST /api/v1/funding/optimize': {
    regions: REGENCIES,
    request: (c) =>
      json('POST', `${API}/funding/optimize`, {
        regionCode: c.region,
        budget: 100_000_000,
        strategy: 'even_districts',
        ...period,
      }),
    outside: { status: 404, code: 'REGION_NOT_FOUND' },
  },
  'GET /api/v1/funding/plan': {
    regions: REGENCIES,
    request: (c) => get(`${API}/funding/plan?region=${c.region}&targetPct=90&by=2026-12`),
    outside: { status: 404, code: 'REGION_NOT_FOUND' },
  },
};

const permissionsOf = (who: Who): readonly Permission[] =>
  who === 'public' ? PUBLIC_PERMISSIONS : ROLES[who].permissions;

/** The scope rule restated for the test: a region is inside when a root is 00, the region, or its prefix. */
const inside = (who: Who, region: string): boolean =>
  who !== 'public' &&
  REGIONS[who].some((root) => root === '00' || region === root || region.startsWith(`${root}.`));

interface Expected {
  status: number;
  code?: string;
}

function expected(
  entry: { permission: string; scope: string },
  fixture: Fixture,
  who: Who,
  region: string,
): Expected {
  const ok: Expected = { status: fixture.ok ?? 200, ...(fixture.okCode ? { code: fixture.okCode } : {}) };
  if (entry.permission === 'anyone') return ok;
  if (!permissionsOf(who).includes(entry.permission as Permission)) {
    return who === 'public' ? { status: 401, code: 'UNAUTHENTICATED' } : { status: 403, code: 'FORBIDDEN' };
  }
  const byRole = fixture.byRole?.[who];
  if (byRole) return byRole;
  const ownerOnly = fixture.ownedOnly && (who === 'perisai_agent' || who === 'employer');
  if (entry.scope === 'none' || (!ownerOnly && inside(who, region))) return ok;
  if (entry.scope === 'region' || entry.scope === 'coverage')
    return { status: 404, code: 'REGION_NOT_FOUND' };
  return fixture.outside ?? { status: 404, code: 'NOT_FOUND' };
}

beforeAll(async () => {
  geoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-matrix-geo-'));
  fs.writeFileSync(
    path.join(geoDir, 'provinces.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [] }),
  );
  t = await testApp('demo', { CAKUPAN_GEO_DIR: geoDir, CAKUPAN_LOGIN_ATTEMPTS_PER_MINUTE: '10000' });
  for (const role of ROLE_CODES) accounts.set(role, await testAccount(t.database, role, REGIONS[role]));
  loginUser = 'matriks-masuk';
  await createAccount(t.database.db, SETUP, {
    username: loginUser,
    displayName: 'Masuk Matriks',
    role: 'regency_gov',
    regions: ['15.03'],
    password: 'kata-sandi-uji-123',
  });
  const table = (await t.app.inject(get(`${API}/regulations?code=pu.jht.worker`))).json();
  parameterId = table.parameters[0].id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(geoDir, { recursive: true, force: true });
});

describe('authorization matrix: every route × every role × inside/outside the scope', () => {
  it('every API route has a fixture, and every fixture a route', () => {
    const routes = t.app.accessTable.map((e) => `${e.method} ${e.url}`);
    expect(routes.filter((r) => !(r in FIXTURES))).toEqual([]);
    expect(Object.keys(FIXTURES).filter((k) => !routes.includes(k))).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(45);
  });

  it('answers exactly what the permission table and the scope rule predict', async () => {
    const mismatches: string[] = [];
    let n = 0;
    let checked = 0;
    for (const entry of t.app.accessTable) {
      const fixture = FIXTURES[`${entry.method} ${entry.url}`];
      if (!fixture) continue;
      for (const who of ['public', ...ROLE_CODES] as Who[]) {
        for (const where of ['in', 'out'] as Where[]) {
          n++;
          const region = fixture.regions ? fixture.regions[where] : where === 'in' ? IN_VILLAGE : OUT_VILLAGE;
          const permitted =
            entry.permission === 'anyone' || permissionsOf(who).includes(entry.permission as Permission);
          const options = await fixture.request({ region, who, permitted, n });
          const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
          headers.authorization =
            who === 'public' ? '' : (accounts.get(who) as TestAccount).headers.authorization;
          if (who === 'public') delete headers.authorization;
          const response: LightMyRequestResponse = await t.app.inject({
            ...options,
            // An explicit empty cookie keeps the test helper from adding the administrator's token.
            headers: who === 'public' ? { ...headers, cookie: '' } : headers,
          });
          const want = expected(entry, fixture, who, region);
          const code = response.statusCode >= 400 ? response.json().error?.code : undefined;
          checked++;
          if (response.statusCode !== want.status || (want.code !== undefined && code !== want.code)) {
            mismatches.push(
              `${entry.method} ${entry.url} as ${who} (${where} ${region}): got ${response.statusCode} ${code ?? ''}, expected ${want.status} ${want.code ?? ''}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(t.app.accessTable.length * (ROLE_CODES.length + 1) * 2);
    // Thousands of requests in one test: 20–40 s on a loaded machine, once over the default 60 s.
  }, 240_000);
});

describe('the rules behind the matrix', () => {
  it('refuses to register an API route that declares no access rule', async () => {
    const app = Fastify();
    registerAccessControl(
      app,
      {
        db: t.database.db,
        settings: {
          sessionIdleMinutes: 1,
          sessionMaxHours: 1,
          lockoutThreshold: 5,
          lockoutMinutes: 1,
          demoActive: async () => false,
        },
        now: () => TEST_CLOCK.now(),
        secureCookies: false,
      },
      '/api/v1',
    );
    expect(() => app.get('/api/v1/open', async () => 'open')).toThrow(/declares no access rule/);
    await app.close();
  });

  it('the OpenAPI document names the permission of every route', async () => {
    const doc = (await t.app.inject(get('/docs/json'))).json();
    const missing = t.app.accessTable.filter((e) => {
      const path = e.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const description: string = doc.paths[path]?.[e.method.toLowerCase()]?.description ?? '';
      return !description.includes(e.permission === 'anyone' ? 'Terbuka / open' : `\`${e.permission}\``);
    });
    expect(missing.map((e) => `${e.method} ${e.url}`)).toEqual([]);
  });

  const as = (role: Role) => (accounts.get(role) as TestAccount).headers;

  it('outside the scope a regency shows the public level: no segments, no import id', async () => {
    const own = (await t.app.inject({ ...get(`${API}/coverage/15.03`), headers: as('regency_gov') })).json();
    expect(own.visibility).toBe('full');
    expect(own.segments).not.toBeNull();
    const other = (
      await t.app.inject({ ...get(`${API}/coverage/15.08`), headers: as('regency_gov') })
    ).json();
    expect(other).toMatchObject({ visibility: 'public', segments: null });
    expect(other.source.active.importId).toBeNull();
    expect(other.children).toEqual([]); // Bungo's districts are not public
    expect(other.coveragePct).toEqual(expect.any(Number)); // the public level keeps the headline figure
    expect(other.trend.every((r: { segments: unknown }) => r.segments === null)).toBe(true);
  });

  it('a province page shows the own regency in full and its neighbours at the public level', async () => {
    const jambi = (await t.app.inject({ ...get(`${API}/coverage/15`), headers: as('regency_gov') })).json();
    expect(jambi.visibility).toBe('public');
    const byCode = new Map(jambi.children.map((c: { code: string }) => [c.code, c]));
    expect(byCode.get('15.03')).toMatchObject({ segments: expect.any(Object) });
    expect(byCode.get('15.08')).toMatchObject({ segments: null });
    expect(jambi.children).toHaveLength(11);
  });

  it('the public sees national, province and regency coverage, never a district', async () => {
    const anonymous = { cookie: '' };
    for (const code of ['00', '15', '15.03']) {
      const res = await t.app.inject({ ...get(`${API}/coverage/${code}`), headers: anonymous });
      expect(res.statusCode, code).toBe(200);
      expect(res.json()).toMatchObject({ visibility: 'public', segments: null });
    }
    const district = await t.app.inject({ ...get(`${API}/coverage/15.03.03`), headers: anonymous });
    expect(district.statusCode).toBe(404);
    const missing = await t.app.inject({ ...get(`${API}/coverage/15.03.99`), headers: anonymous });
    // Out of scope and missing answer with the same shape: only the code differs.
    expect(district.json().error.code).toBe(missing.json().error.code);
    const ranking = await t.app.inject({ ...get(`${API}/coverage/15/ranking?level=3`), headers: anonymous });
    expect(ranking.statusCode).toBe(404);
  });

  it('an import outside the scope is refused row by row exactly like an unknown region', async () => {
    const body =
      'region_code,month,segment,active\n15.03.03,2025-07,PU,10\n17.01,2025-07,PU,10\n15.99,2025-07,PU,10\n';
    const res = await t.app.inject({
      ...csv(`${API}/imports/active?mode=valid-only`, body),
      headers: { 'content-type': 'text/csv', ...as('branch_office') },
    });
    expect(res.statusCode).toBe(200);
    const issues = res.json().issues.map((i: { row: number; code: string }) => [i.row, i.code]);
    expect(issues).toEqual([
      [3, 'UNKNOWN_REGION'],
      [4, 'UNKNOWN_REGION'],
    ]);
    expect(res.json().inserted).toBe(1);
  });

  it('the import history shows a regency the batches inside it, not national ones', async () => {
    const regency = (await t.app.inject({ ...get(`${API}/imports`), headers: as('regency_gov') })).json();
    const national = (await t.app.inject(get(`${API}/imports`))).json();
    expect(national.batches.length).toBeGreaterThan(regency.batches.length);
    for (const b of regency.batches)
      expect(b.regionCode === '15.03' || b.regionCode.startsWith('15.03.')).toBe(true);
    expect(regency.batches.length).toBeGreaterThan(0);
  });

  it('a branch office cannot create an account with more power or wider scope than its own', async () => {
    const tryCreate = (role: string, regions: string[]) =>
      t.app.inject({
        ...json('POST', `${API}/users`, {
          username: `coba-${role}-${regions.join('')}`,
          displayName: 'Coba',
          role,
          regions,
        }),
        headers: as('branch_office'),
      });
    expect((await tryCreate('national_admin', ['00'])).statusCode).toBe(400); // 00 is outside its scope
    const kanwil = await tryCreate('regional_office', ['15']);
    expect([400, 403]).toContain(kanwil.statusCode);
    const admin = await tryCreate('auditor', ['15.03']);
    expect(admin.statusCode).toBe(403); // audit.read is not the branch's to give
    expect((await tryCreate('regency_gov', ['15.03'])).statusCode).toBe(201);
  });

  it('an account export is masked by default; the full one needs personal.reveal and a reason, and is audited', async () => {
    const masked = await t.app.inject({
      ...get(`${API}/users/export?format=csv`),
      headers: as('branch_office'),
    });
    expect(masked.statusCode).toBe(200);
    expect(masked.body).toContain('S****** M******'); // 'Sasaran Matriks', first letters only
    expect(masked.body).not.toContain('Sasaran Matriks');
    const noReason = await t.app.inject({
      ...get(`${API}/users/export?format=csv&reveal=true`),
      headers: as('branch_office'),
    });
    expect(noReason.statusCode).toBe(400);
    const byRegency = await t.app.inject({
      ...get(
        `${API}/users/export?format=csv&reveal=true&reason=${encodeURIComponent('pemeriksaan data akun')}`,
      ),
      headers: as('regency_gov'),
    });
    expect(byRegency.statusCode).toBe(403);
    const full = await t.app.inject({
      ...get(
        `${API}/users/export?format=csv&reveal=true&reason=${encodeURIComponent('pemeriksaan data akun')}`,
      ),
      headers: as('branch_office'),
    });
    expect(full.statusCode).toBe(200);
    expect(full.body).toContain('Sasaran Matriks');
    const audit = (await t.app.inject(get(`${API}/audit?action=personal.export`))).json();
    expect(audit.entries[0]).toMatchObject({ action: 'personal.export', reason: 'pemeriksaan data akun' });
  });

  it('lists of accounts are masked and hold only accounts inside the scope', async () => {
    const list = (await t.app.inject({ ...get(`${API}/users`), headers: as('branch_office') })).json();
    expect(list.users.length).toBeGreaterThan(0);
    for (const u of list.users) {
      expect(u.masked).toBe(true);
      for (const r of u.regions) expect(r.code.startsWith('15.02') || r.code.startsWith('15.03')).toBe(true);
      expect(u.displayName).toMatch(/\*/);
    }
  });
});

describe('who changed a rate', () => {
  it('is named to editors and auditors, and shown to everyone else as an officer', async () => {
    const patch = json('PATCH', `${API}/regulations/${parameterId}`, {
      note: 'uji pelaku',
      reason: 'uji pelaku',
    });
    expect((await t.app.inject(patch)).statusCode).toBe(200);
    const anonymous = (
      await t.app.inject({ ...get(`${API}/regulations/${parameterId}/changes`), headers: { cookie: '' } })
    ).json();
    const admin = (await t.app.inject(get(`${API}/regulations/${parameterId}/changes`))).json();
    expect(admin.changes.length).toBeGreaterThan(0);
    expect(admin.changes[0].actor).toMatch(/^token:/);
    expect(anonymous.changes.map((c: { actor: string }) => c.actor)).toEqual(
      admin.changes.map(() => 'petugas / officer'),
    );
  });
});
