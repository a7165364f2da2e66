import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';

/**
 * Jakon projects, PMI placements, the employer's workforce and the participant's protection calendar
 * over HTTP. The clock is 15 January 2026 (TEST_CLOCK). Bills are written straight into the billing
 * tables here, as the billing run would leave them, so the calendar is tested on its own.
 */
let t: TestApp;
let branch: TestAccount;
let otherRegency: TestAccount;
let contractorAccount: TestAccount;
const API = '/api/v1';
const VILLAGE = '15.03.03.1001';

beforeAll(async () => {
  t = await testApp('base');
  branch = await testAccount(t.database, 'branch_office', ['15.03']);
  otherRegency = await testAccount(t.database, 'regency_gov', ['17.01']);
  contractorAccount = await testAccount(t.database, 'employer', [], { employerNpp: '15030002' });
});
afterAll(() => t.close());

const send = (method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) =>
  t.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    ...(headers ? { headers } : {}),
  });

const project = {
  projectNumber: 'SPK-027/PUPR/2025',
  name: 'Jalan Desa Sarolangun',
  contractorNpp: '15030002',
  contractValue: 2_400_000_000,
  startsOn: '2025-03-01',
  endsOn: '2026-06-30',
  villageCode: VILLAGE,
};
/** Budi, born 15 August 1985, NIK issued in Kec. Sarolangun. */
const budi = {
  nik: '1503031508850003',
  name: 'Budi Santoso',
  sex: 'M',
  birthDate: '1985-08-15',
  villageCode: VILLAGE,
};
let projectId = 0;
let budiId = 0;

describe('Jakon projects', () => {
  it('registers the contractor, then the project, audited', async () => {
    const employer = await send('POST', '/employers', {
      npp: '15030002',
      name: 'CV Karya Jambi',
      jkkRiskGroup: 4,
      sizeClass: 'small',
      villageCode: VILLAGE,
      activeFrom: '2020-01-01',
    });
    expect(employer.statusCode, employer.body).toBe(201);
    const res = await send('POST', '/projects', project, branch.headers);
    expect(res.statusCode, res.body).toBe(201);
    projectId = res.json().id;
    expect(res.json()).toMatchObject({
      projectNumber: 'SPK-027/PUPR/2025',
      contractor: { npp: '15030002', name: 'CV Karya Jambi' },
      contractValue: 2_400_000_000,
      activeWorkers: 0,
      workers: [],
      bills: [],
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('entity', '=', 'jakon_project')
      .execute();
    expect(audit).toEqual([{ action: 'project.create', actor: expect.stringContaining(branch.username) }]);
  });

  it('refuses a second project number, an unknown contractor, a backwards contract, a zero value', async () => {
    expect((await send('POST', '/projects', project)).json().error.code).toBe('CONFLICT');
    const bad = await send('POST', '/projects', {
      ...project,
      projectNumber: 'SPK-028',
      contractorNpp: '99999999',
      endsOn: '2025-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { en: string }) => d.en)).toEqual([
      'The end date is before the start date',
      'No contractor registered with NPP 99999999',
    ]);
    expect(
      (await send('POST', '/projects', { ...project, projectNumber: 'X-1', contractValue: 0 })).statusCode,
    ).toBe(400);
    expect(
      (await send('POST', '/projects', { ...project, projectNumber: 'X-2', endsOn: '2025-02-30' }))
        .statusCode,
    ).toBe(400);
  });

  it('finds the project by number, contractor NPP or name; other regions see nothing; the contractor sees its own', async () => {
    for (const q of ['SPK-027/PUPR/2025', 'spk-027', '15030002', 'jalan desa']) {
      const res = await send('GET', `/projects?q=${encodeURIComponent(q)}`);
      expect(res.json().projects.map((p: { id: number }) => p.id)).toEqual([projectId]);
    }
    expect((await send('GET', '/projects', undefined, otherRegency.headers)).json().projects).toEqual([]);
    expect((await send('GET', `/projects/${projectId}`, undefined, otherRegency.headers)).statusCode).toBe(
      404,
    );
    expect(
      (await send('GET', `/projects/${projectId}`, undefined, contractorAccount.headers)).statusCode,
    ).toBe(200);
    expect((await send('GET', '/projects/999999')).statusCode).toBe(404);
  });

  it('adds a Jakon worker through POST /participants/:id/memberships and lists them masked', async () => {
    const enrolled = await send('POST', '/participants', {
      ...budi,
      membership: {
        segment: 'BPU',
        payerKind: 'self',
        programs: ['JKK', 'JKM'],
        declaredIncome: 2_000_000,
        validFrom: '2025-01-01',
      },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    budiId = enrolled.json().participant.id;
    const jakon = {
      segment: 'JAKON',
      projectId,
      payerKind: 'employer',
      programs: ['JKK', 'JKM'],
      validFrom: '2025-04-01',
    };
    const early = await send('POST', `/participants/${budiId}/memberships`, {
      ...jakon,
      validFrom: '2025-02-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].en).toBe(
      'A Jakon membership must start within the contract 2025-03-01 – 2026-06-30',
    );
    const missing = await send('POST', `/participants/${budiId}/memberships`, {
      ...jakon,
      projectId: 999_999,
    });
    expect(missing.json().error.details[0].en).toBe('Project 999999 not found');
    const res = await send('POST', `/participants/${budiId}/memberships`, {
      ...jakon,
      validTo: '2026-06-30',
    });
    expect(res.statusCode, res.body).toBe(200);
    const membership = res.json().memberships.find((m: { segment: string }) => m.segment === 'JAKON');
    expect(membership).toMatchObject({ projectId, validTo: '2026-06-30', endReason: 'project_ended' });

    const view = (await send('GET', `/projects/${projectId}`)).json();
    // Active on the clock's day (15 January 2026), although the contract end is already recorded.
    expect(view.activeWorkers).toBe(1);
    expect(view.workers).toEqual([
      expect.objectContaining({
        participantId: budiId,
        nik: '1503********0003',
        name: 'B*** S******',
        validFrom: '2025-04-01',
      }),
    ]);
  });
});

describe('PMI placements', () => {
  const pmi = { segment: 'PMI', payerKind: 'self', programs: ['JKK', 'JKM', 'JHT'], validFrom: '2026-02-01' };

  it('needs a country; records the contract end as the placement end; a BPU has no contract end', async () => {
    const noCountry = await send('POST', `/participants/${budiId}/memberships`, pmi);
    expect(noCountry.json().error.details.map((d: { en: string }) => d.en)).toEqual([
      'A PMI placement needs a country',
    ]);
    const bpuEnd = await send('POST', `/participants/${budiId}/memberships`, {
      segment: 'BPU',
      payerKind: 'self',
      programs: ['JKK', 'JKM'],
      declaredIncome: 2_000_000,
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
    });
    expect(bpuEnd.json().error.details.map((d: { en: string }) => d.en)).toContain(
      'A contract end date applies to PMI and Jakon only',
    );
    const res = await send('POST', `/participants/${budiId}/memberships`, {
      ...pmi,
      placementCountry: 'Malaysia',
      validTo: '2028-01-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().memberships.find((m: { segment: string }) => m.segment === 'PMI')).toMatchObject({
      placementCountry: 'Malaysia',
      validFrom: '2026-02-01',
      validTo: '2028-01-31',
      endReason: 'placement_ended',
    });
  });
});

describe('employer workforce', () => {
  it('lists the open PU members masked, for those who may see the employer', async () => {
    const employer = (await send('GET', '/employers?q=15030002')).json().employers[0];
    await send('POST', '/participants', {
      nik: '1503034107920002',
      name: 'Ani Lestari',
      sex: 'F',
      birthDate: '1992-07-01',
      villageCode: VILLAGE,
      membership: {
        segment: 'PU',
        employerId: employer.id,
        payerKind: 'employer',
        programs: ['JKK', 'JKM', 'JHT'],
        validFrom: '2025-01-01',
      },
    });
    const res = await send('GET', `/employers/${employer.id}/workers`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      total: 1,
      workers: [
        expect.objectContaining({
          nik: '1503********0002',
          name: 'A** L******',
          programs: ['JKK', 'JKM', 'JHT'],
        }),
      ],
    });
    expect(
      (await send('GET', `/employers/${employer.id}/workers`, undefined, otherRegency.headers)).statusCode,
    ).toBe(404);
  });
});

describe('protection calendar', () => {
  /** A bill as the billing run leaves it, with one line for the membership covering `month`. */
  async function bill(membershipId: number, month: string, dueOn: string, settled: boolean, payer: string) {
    const db = t.database.db;
    const run = await db
      .insertInto('bill_run')
      .values({ month: `${month}-01`, as_of: `${month}-01`, parameters: sql`'{}'::jsonb`, actor: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('bill')
      .values({
        run_id: run.id,
        month: `${month}-01`,
        kind: 'contribution',
        segment: 'BPU',
        payer_key: payer,
        payer_kind: 'self',
        participant_id: budiId,
        region_code: VILLAGE,
        amount: 16_800,
        paid: settled ? 16_800 : 0,
        due_on: dueOn,
        settled_on: settled ? dueOn : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('bill_line')
      .values({
        bill_id: row.id,
        membership_id: membershipId,
        participant_id: budiId,
        covers_from: `${month}-01`,
        covers_to: `${month}-01`,
        amount: 16_800,
      })
      .execute();
    if (settled) {
      await db
        .insertInto('protected_month')
        .values({
          membership_id: membershipId,
          month: `${month}-01`,
          participant_id: budiId,
          segment: 'BPU',
          village_code: VILLAGE,
        })
        .execute();
    }
  }

  it('marks each month protected, in grace, unpaid, not billed or not a member (today 15 Jan 2026)', async () => {
    const person = (await send('GET', `/participants/${budiId}`)).json();
    const bpuId = person.memberships.find((m: { segment: string }) => m.segment === 'BPU').id;
    await bill(bpuId, '2025-10', '2025-11-15', true, `participant:${budiId}`);
    await bill(bpuId, '2025-11', '2025-12-15', false, `participant:${budiId}:a`);
    await bill(bpuId, '2025-12', '2026-01-15', false, `participant:${budiId}:b`);
    const res = await send('GET', `/participants/${budiId}/protection?from=2024-12&to=2026-01`);
    expect(res.statusCode, res.body).toBe(200);
    const cal = res.json();
    expect(cal).toMatchObject({ from: '2024-12', to: '2026-01', today: '2026-01-15' });
    const row = cal.memberships.find((m: { id: number }) => m.id === bpuId);
    const statuses = Object.fromEntries(
      row.months.map((c: { month: string; status: string }) => [c.month, c.status]),
    );
    expect(statuses).toMatchObject({
      '2024-12': 'not_member',
      '2025-01': 'not_billed',
      '2025-10': 'protected',
      '2025-11': 'unpaid', // due 15 Dec 2025, before today
      '2025-12': 'grace', // due today
      '2026-01': 'not_billed',
    });
    const jakon = cal.memberships.find((m: { segment: string }) => m.segment === 'JAKON');
    expect(jakon.months[0].status).toBe('not_member');
    expect(jakon.months.find((c: { month: string }) => c.month === '2025-04').status).toBe('not_billed');
  });

  it('defaults to the last 12 months and refuses a backwards or too long range', async () => {
    const res = (await send('GET', `/participants/${budiId}/protection`)).json();
    expect([res.from, res.to]).toEqual(['2025-02', '2026-01']);
    expect((await send('GET', `/participants/${budiId}/protection?from=2026-01&to=2025-01`)).statusCode).toBe(
      400,
    );
    expect((await send('GET', `/participants/${budiId}/protection?from=2020-01&to=2026-01`)).statusCode).toBe(
      400,
    );
    expect((await send('GET', `/participants/${budiId}/protection?from=2025-13`)).statusCode).toBe(400);
    expect(
      (await send('GET', `/participants/${budiId}/protection`, undefined, otherRegency.headers)).statusCode,
    ).toBe(404);
  });
});
