import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isIssuedKpj } from '../../src/registry/membership.rules.ts';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';

/**
 * The participant registry over HTTP: NIK-checked enrolment, one person with many memberships, the
 * conflicts the registry refuses, employers whose closing ends their workers' memberships, masking,
 * reveal with a reason, and what agents and employers see of it.
 */
let t: TestApp;
let agent: TestAccount;
let otherAgent: TestAccount;
let branch: TestAccount;
const API = '/api/v1';

beforeAll(async () => {
  t = await testApp('base');
  agent = await testAccount(t.database, 'perisai_agent', ['15.03.03'], { agentCode: 'PRS-A' });
  otherAgent = await testAccount(t.database, 'perisai_agent', ['15.03.03'], { agentCode: 'PRS-B' });
  branch = await testAccount(t.database, 'branch_office', ['15.03']);
});
afterAll(() => t.close());

const send = (method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) =>
  t.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    ...(headers ? { headers } : {}),
  });

const bpu = {
  segment: 'BPU',
  payerKind: 'self',
  programs: ['JKK', 'JKM'],
  declaredIncome: 1_500_000,
  validFrom: '2025-01-01',
};
/** Siti, born 12 May 1990 (day 12 + 40 = 52 for a woman), NIK issued in Kec. Sarolangun (15.03.03). */
const siti = {
  nik: '1503035205900001',
  name: 'Siti Aminah',
  sex: 'F',
  birthDate: '1990-05-12',
  villageCode: '15.03.03.1001',
  phone: '0812-3456-7890',
};

describe('enrolment', () => {
  it('refuses a NIK whose birth date or sex disagrees with the person, naming every problem', async () => {
    const res = await send('POST', '/participants', {
      ...siti,
      sex: 'M',
      birthDate: '1991-05-12',
      membership: bpu,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.length).toBeGreaterThanOrEqual(2);
    const bad = await send('POST', '/participants', { ...siti, nik: '1503035205900000', membership: bpu });
    expect(bad.statusCode).toBe(400); // serial 0000 is never issued
  });

  it('registers the person with an 11-digit KPJ and shows NIK, name, birth date and phone masked', async () => {
    const res = await send('POST', '/participants', { ...siti, membership: bpu });
    expect(res.statusCode, res.body).toBe(201);
    const { participant, created } = res.json();
    expect(created).toBe(true);
    expect(participant).toMatchObject({
      nik: '1503********0001',
      name: 'S*** A*****',
      birthDate: '1990-**-**',
      phone: '0812******90',
      masked: true,
    });
    expect(participant.nik).not.toContain('5205'); // the birth date part stays hidden
    expect(isIssuedKpj(participant.kpj)).toBe(true);
    expect(participant.memberships).toEqual([
      expect.objectContaining({
        segment: 'BPU',
        programs: ['JKK', 'JKM'],
        validFrom: '2025-01-01',
        validTo: null,
      }),
    ]);
  });

  it('finds the same person by NIK instead of registering twice, and refuses a second open BPU membership', async () => {
    const again = await send('POST', '/participants', {
      ...siti,
      membership: { ...bpu, validFrom: '2025-03-01' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toContain('Sudah ada kepesertaan BPU aktif');
    const count = await t.database.db
      .selectFrom('participant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('nik', '=', siti.nik)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses a BPU income below the floor of the start date (bpu.income_floor, Rp1.000.000)', async () => {
    const res = await send('POST', '/participants', {
      ...siti,
      nik: '1503035205900002',
      membership: { ...bpu, declaredIncome: 999_999 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('1.000.000');
  });
});

describe('employers and wage earners', () => {
  let employerId: number;
  let personId: number;

  it('registers an employer with its NPP and a status history', async () => {
    const res = await send('POST', '/employers', {
      npp: '15030777',
      name: 'PT Sawit Makmur',
      kbli: '01262',
      jkkRiskGroup: 3,
      sizeClass: 'medium',
      villageCode: '15.03.03.1001',
      activeFrom: '2020-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    employerId = res.json().id;
    expect(res.json().status).toEqual([{ status: 'active', validFrom: '2020-01-01', validTo: null }]);
    const duplicate = await send('POST', '/employers', {
      npp: '15030777',
      name: 'PT Lain',
      jkkRiskGroup: 1,
      sizeClass: 'micro',
      villageCode: '15.03.03.1001',
      activeFrom: '2021-01-01',
    });
    expect(duplicate.statusCode).toBe(409); // one NPP, one employer
  });

  it('takes a PU membership beside the BPU one, and refuses a second at the same employer', async () => {
    const sitiRow = await t.database.db
      .selectFrom('participant')
      .select('id')
      .where('nik', '=', siti.nik)
      .executeTakeFirstOrThrow();
    personId = sitiRow.id;
    const pu = {
      segment: 'PU',
      employerId,
      payerKind: 'employer',
      programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
      validFrom: '2025-04-01',
    };
    const first = await send('POST', `/participants/${personId}/memberships`, pu);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().memberships.map((m: { segment: string }) => m.segment)).toEqual(['BPU', 'PU']);
    const second = await send('POST', `/participants/${personId}/memberships`, {
      ...pu,
      validFrom: '2025-05-01',
    });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.message).toContain('pemberi kerja ini');
    expect((await send('GET', `/employers/${employerId}`)).json().activeWorkers).toBe(1);
  });

  it('closing the employer ends its workers’ PU memberships the day before, as employer closures', async () => {
    const res = await send('POST', `/employers/${employerId}/status`, {
      status: 'closed',
      from: '2025-10-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toEqual([
      { status: 'active', validFrom: '2020-01-01', validTo: '2025-09-30' },
      { status: 'closed', validFrom: '2025-10-01', validTo: null },
    ]);
    expect(res.json().activeWorkers).toBe(0);
    const person = (await send('GET', `/participants/${personId}`)).json();
    expect(person.memberships.find((m: { segment: string }) => m.segment === 'PU')).toMatchObject({
      validTo: '2025-09-30',
      endReason: 'employer_closed',
    });
    expect(person.memberships.find((m: { segment: string }) => m.segment === 'BPU').validTo).toBeNull();
  });

  it('refuses a PU membership at an employer that is closed on its start date', async () => {
    const other = await send('POST', '/participants', {
      nik: '1503031203880006',
      name: 'Joko',
      sex: 'M',
      birthDate: '1988-03-12',
      villageCode: '15.03.03.1001',
      membership: {
        segment: 'PU',
        employerId,
        payerKind: 'employer',
        programs: ['JKK', 'JKM'],
        validFrom: '2025-11-01',
      },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toContain('sudah tutup pada 2025-11-01');
  });

  it('refuses JKP before PP 37/2021 took effect, reading the start from the parameter table', async () => {
    const early = await send('POST', '/participants', {
      nik: '1503031203880007',
      name: 'Rudi',
      sex: 'M',
      birthDate: '1988-03-12',
      villageCode: '15.03.03.1001',
      membership: {
        segment: 'PU',
        employerId,
        payerKind: 'employer',
        programs: ['JKK', 'JKM', 'JKP'],
        validFrom: '2021-01-01',
      },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain(
      'Program JKP belum berlaku pada 2021-01-01 (berlaku sejak 2021-02-02)',
    );
  });

  it('finds employers by NPP or the start of the name', async () => {
    const byNpp = (await send('GET', '/employers?q=15030777')).json();
    expect(byNpp.employers.map((e: { name: string }) => e.name)).toEqual(['PT Sawit Makmur']);
    const byName = (await send('GET', '/employers?q=pt%20saw')).json();
    expect(byName.employers).toHaveLength(1);
    const outside = (await send('GET', '/employers?q=15030777', undefined, otherAgent.headers)).json();
    expect(outside.employers).toEqual([]); // agents see employers only through their own workers
  });

  it('after a death no new membership is accepted', async () => {
    const person = (await send('GET', `/participants/${personId}`)).json();
    const open = person.memberships.find((m: { validTo: string | null }) => m.validTo === null);
    const ended = await send('POST', `/memberships/${open.id}/end`, {
      validTo: '2025-11-20',
      reason: 'death',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().diedOn).toBe('2025-11-20');
    const again = await send('POST', `/participants/${personId}/memberships`, {
      ...bpu,
      validFrom: '2025-12-01',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toContain('meninggal');
  });
});

describe('who sees whom', () => {
  let ownId: number;
  const budi = {
    nik: '1503031508850003',
    name: 'Budi Santoso',
    sex: 'M',
    birthDate: '1985-08-15',
    villageCode: '15.03.03.1001',
  };

  it('an agent enrols an informal worker, who becomes theirs; wage earners are not theirs to enrol', async () => {
    const res = await send('POST', '/participants', { ...budi, membership: bpu }, agent.headers);
    expect(res.statusCode, res.body).toBe(201);
    ownId = res.json().participant.id;
    expect(res.json().participant.agentCode).toBe('PRS-A');
    const pu = await send(
      'POST',
      '/participants',
      {
        ...budi,
        nik: '1503031508850004',
        membership: { ...bpu, segment: 'PU', payerKind: 'employer', employerId: 1 },
      },
      agent.headers,
    );
    expect(pu.statusCode).toBe(403);
  });

  it('the enrolling agent sees the worker; another agent in the same district gets a 404 like a missing one', async () => {
    expect((await send('GET', `/participants/${ownId}`, undefined, agent.headers)).statusCode).toBe(200);
    const other = await send('GET', `/participants/${ownId}`, undefined, otherAgent.headers);
    const missing = await send('GET', '/participants/999999', undefined, otherAgent.headers);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe(missing.json().error.code);
    const search = (await send('POST', '/participants/search', { q: budi.nik }, otherAgent.headers)).json();
    expect(search.participants).toEqual([]);
    const own = (await send('POST', '/participants/search', { q: budi.nik }, agent.headers)).json();
    expect(own.participants.map((p: { id: number }) => p.id)).toEqual([ownId]);
  });

  it('an agent may end its worker’s BPU membership but not a PU one an office added', async () => {
    const employer = await send('POST', '/employers', {
      npp: '15030888',
      name: 'CV Karet Jaya',
      jkkRiskGroup: 2,
      sizeClass: 'small',
      villageCode: '15.03.03.1001',
      activeFrom: '2024-01-01',
    });
    const pu = await send(
      'POST',
      `/participants/${ownId}/memberships`,
      {
        segment: 'PU',
        employerId: employer.json().id,
        payerKind: 'employer',
        programs: ['JKK', 'JKM'],
        validFrom: '2025-02-01',
      },
      branch.headers,
    );
    expect(pu.statusCode, pu.body).toBe(200);
    const puId = pu.json().memberships.find((m: { segment: string }) => m.segment === 'PU').id;
    const refused = await send(
      'POST',
      `/memberships/${puId}/end`,
      { validTo: '2025-06-30', reason: 'resigned' },
      agent.headers,
    );
    expect(refused.statusCode).toBe(403);
  });

  it('a branch office finds the person by NIK, masked, and reveals the record with a reason that is audited', async () => {
    const found = (await send('POST', '/participants/search', { q: budi.nik }, branch.headers)).json();
    expect(found.participants[0]).toMatchObject({
      nik: '1503********0003',
      name: 'B*** S******',
      masked: true,
    });
    const noReason = await send('POST', `/participants/${ownId}/reveal`, { reason: 'cek' }, branch.headers);
    expect(noReason.statusCode).toBe(400);
    const revealed = await send(
      'POST',
      `/participants/${ownId}/reveal`,
      { reason: 'verifikasi klaim JKK' },
      branch.headers,
    );
    expect(revealed.json()).toMatchObject({
      nik: budi.nik,
      name: budi.name,
      birthDate: budi.birthDate,
      masked: false,
    });
    const audit = (await send('GET', '/audit?action=personal.reveal&entity=participant')).json();
    expect(audit.entries[0]).toMatchObject({
      entityId: String(ownId),
      reason: 'verifikasi klaim JKK',
      regionCode: '15.03.03.1001',
    });
    expect(JSON.stringify(audit.entries)).not.toContain(budi.nik);
  });
});

describe.runIf(inject('templates').kind === 'postgres')(
  'parallel enrolments on the PostgreSQL server',
  () => {
    it('the same new NIK enrolled by six clients at once: one person, one membership, never a 5xx', async () => {
      const person = {
        nik: '1503034107920005',
        name: 'Ani',
        sex: 'F',
        birthDate: '1992-07-01',
        villageCode: '15.03.03.1001',
      };
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => send('POST', '/participants', { ...person, membership: bpu })),
      );
      const statuses = responses.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      for (const s of statuses) expect([201, 400, 409]).toContain(s);
      const rows = await t.database.db
        .selectFrom('membership')
        .innerJoin('participant', 'participant.id', 'membership.participant_id')
        .select('membership.id')
        .where('participant.nik', '=', person.nik)
        .execute();
      expect(rows).toHaveLength(1);
    });
  },
);
