import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshEmployerStanding } from '../../src/billing/standing.ts';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';

/**
 * Monthly billing over HTTP on a fresh database (PGlite, or the server with TEST_DATABASE_URL): bills
 * per payer, re-runs that add nothing, a later rate change that leaves a bill alone, the 2 % fine and
 * arrears, BPU lapse after three unpaid months and resumption by NIK, and who sees which bill.
 * "Today" is 2026-01-15 (TEST_CLOCK), so every 2025 bill is past its due date.
 */
let t: TestApp;
let agent: TestAccount;
let outsider: TestAccount;
let employerAccount: TestAccount;
const API = '/api/v1';
const VILLAGE = '15.03.03.1001';
const NPP = '15030777';

const send = (method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) =>
  t.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    ...(headers ? { headers } : {}),
  });

/** A man born 2 Feb 1990 with a NIK issued in Kec. Sarolangun, serial n. */
const person = (n: number, membership: object) => ({
  nik: `150303020290${String(n).padStart(4, '0')}`,
  name: `Pekerja Tagihan ${n}`,
  sex: 'M',
  birthDate: '1990-02-02',
  villageCode: VILLAGE,
  membership,
});
const bpuSelf = {
  segment: 'BPU',
  payerKind: 'self',
  programs: ['JKK', 'JKM'],
  declaredIncome: 1_000_000,
  validFrom: '2025-01-01',
};

let employerId: number;
let puMembership: number;
let bpuPersonId: number;
let agentPersonId: number;

async function enrol(body: object, headers?: Record<string, string>) {
  const res = await send('POST', '/participants', body, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().participant;
}

const run = async (month: string) => {
  const res = await send('POST', '/billing/runs', { month });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const bills = async (query: string, headers?: Record<string, string>) => {
  const res = await send('GET', `/bills?${query}`, undefined, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().bills as { id: number; amount: number; month: string; kind: string; payerKey: string }[];
};
/** Stands in for the payments module: marks bills paid in full (the allocation rule is not under test). */
const markPaid = (where: string) =>
  t.database.db
    .updateTable('bill')
    .set((eb) => ({ paid: eb.ref('amount') }))
    .where('payer_key', '=', where)
    .execute();

beforeAll(async () => {
  t = await testApp('base');
  agent = await testAccount(t.database, 'perisai_agent', ['15.03.03'], { agentCode: 'PRS-T' });
  outsider = await testAccount(t.database, 'branch_office', ['17.01']);
  employerAccount = await testAccount(t.database, 'employer', [], { employerNpp: NPP });
  const employer = await send('POST', '/employers', {
    npp: NPP,
    name: 'PT Tagihan Sarolangun',
    jkkRiskGroup: 1,
    sizeClass: 'small',
    villageCode: VILLAGE,
    activeFrom: '2024-01-01',
  });
  expect(employer.statusCode, employer.body).toBe(201);
  employerId = employer.json().id;
  const worker = await enrol(
    person(1, {
      segment: 'PU',
      employerId,
      payerKind: 'employer',
      programs: ['JHT', 'JKK', 'JKM', 'JP', 'JKP'],
      validFrom: '2025-01-01',
    }),
  );
  puMembership = worker.memberships[0].id;
  await t.database.db
    .insertInto('wage_report')
    .values({ membership_id: puMembership, month: '2024-12-01', wage: 5_000_000 })
    .execute();
  // A second worker without any wage report: reported, not billed.
  await enrol(
    person(2, {
      segment: 'PU',
      employerId,
      payerKind: 'employer',
      programs: ['JKK', 'JKM'],
      validFrom: '2025-01-01',
    }),
  );
  bpuPersonId = (await enrol(person(3, bpuSelf))).id;
  await enrol(person(4, { ...bpuSelf, payerKind: 'government', payerRef: 'APBD-1503' }));
  agentPersonId = (await enrol(person(5, bpuSelf), agent.headers)).id;
});
afterAll(() => t.close());

describe('a monthly run', () => {
  it('bills each payer once with the amounts of the regulation engine, and reports workers without a wage', async () => {
    const result = await run('2025-01');
    expect(result).toMatchObject({ month: '2025-01', bills: 4, lines: 4, alreadyBilled: 0, problemCount: 1 });
    expect(result.problems[0].code).toBe('PU_NO_WAGE');
    // PU Rp5.000.000 (latest wage report, Dec 2024), risk group 1, Jan 2025:
    // employer JHT 3,7% 185.000 + JKK 0,24% 12.000 + JKM 0,3% 15.000 + JP 2% 100.000 = 312.000;
    // worker JHT 2% 100.000 + JP 1% 50.000 = 150.000 → the employer pays 462.000.
    const [pu] = await bills(`employerId=${employerId}`);
    expect(pu).toMatchObject({
      amount: 462_000,
      paid: 0,
      status: 'open',
      overdue: true,
      dueOn: '2025-02-15',
    });
    // BPU Rp1.000.000, JKK 1% 10.000 + JKM 6.800 = 16.800 (no PP 50/2025 discount before 2026).
    const [bpu] = await bills(`participantId=${bpuPersonId}`);
    expect(bpu).toMatchObject({
      payerKey: `participant:${bpuPersonId}`,
      amount: 16_800,
      regionCode: VILLAGE,
    });
    const [program] = await bills('payerKey=program:government:APBD-1503');
    expect(program).toMatchObject({ amount: 16_800, participantId: null, regionCode: VILLAGE });
    expect(result.total).toBe(462_000 + 3 * 16_800);
  });

  it('adds nothing when the month is run again', async () => {
    const again = await run('2025-01');
    expect(again).toMatchObject({ bills: 0, lines: 0, total: 0, alreadyBilled: 4, problemCount: 1 });
    // The worker without a wage is not on the employer's bill, and the bill is not rewritten: reported.
    expect(again.problems[0].code).toBe('PAYER_ALREADY_BILLED');
    expect(await bills('month=2025-01')).toHaveLength(4);
  });

  it('keeps the parameters it read on the run, and shows a bill with masked lines', async () => {
    const runs = (await send('GET', '/billing/runs')).json().runs;
    const first = (await send('GET', `/billing/runs/${runs[runs.length - 1].id}`)).json();
    expect(first.parameters).toContainEqual(expect.objectContaining({ code: 'pu.jht.employer', value: 370 }));
    const [pu] = await bills(`employerId=${employerId}`);
    const detail = (await send('GET', `/bills/${pu?.id}`)).json();
    expect(detail.lines).toEqual([
      expect.objectContaining({
        membershipId: puMembership,
        name: 'P****** T****** 1',
        nik: '1503********0001',
        employer: 312_000,
        worker: 150_000,
        government: 11_000, // JKP government 0,22% × 5.000.000, recorded but not billed
        amount: 462_000,
        coversFrom: '2025-01',
      }),
    ]);
  });
});

describe('employer arrears and fines', () => {
  it('fines the unpaid January bill at the end of February and puts the employer in arrears', async () => {
    const feb = await run('2025-02');
    // 2% × 462.000 unpaid at the end of February = 9.240 (PP 44/2015 art. 59; rules.md 1.6)
    expect(feb.fines).toEqual({ bills: 1, total: 9_240 });
    const fines = await bills(`employerId=${employerId}&month=2025-02`);
    expect(fines.find((b) => b.kind === 'fine')).toMatchObject({
      amount: 9_240,
      payerKey: `employer:${employerId}`,
    });
    const account = (await send('GET', `/employers/${employerId}/account`)).json();
    expect(account.standing).toEqual({ status: 'arrears', since: '2026-01-15' });
    expect(account.totals).toMatchObject({ contribution: 2 * 462_000, fines: 9_240, paid: 0 });
  });

  it('returns the employer to active once its bills are paid', async () => {
    await markPaid(`employer:${employerId}`);
    await refreshEmployerStanding(t.database.db, [employerId], '2026-01-20');
    const status = (await send('GET', `/employers/${employerId}`)).json().status;
    expect(status.slice(-2)).toEqual([
      { status: 'arrears', validFrom: '2026-01-15', validTo: '2026-01-19' },
      { status: 'active', validFrom: '2026-01-20', validTo: null },
    ]);
  });
});

describe('BPU lapse and resumption', () => {
  it('ends a BPU membership after three unpaid months, on the last day of its last paid month', async () => {
    await markPaid(`participant:${bpuPersonId}`); // January and February paid
    await run('2025-03');
    await run('2025-04');
    await run('2025-05');
    const res = await send('POST', '/billing/lapse', { asOf: '2025-06-16' });
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().lapsed.find((l: { participantId: number }) => l.participantId === bpuPersonId);
    expect(mine).toMatchObject({ validTo: '2025-02-28', firstUnpaidMonth: '2025-03' });
  });

  it('resumes protection by NIK as a new membership with the same terms, once', async () => {
    const nik = person(3, bpuSelf).nik;
    const res = await send('POST', '/memberships/resume', { nik, validFrom: '2025-07-01' });
    expect(res.statusCode, res.body).toBe(200);
    const bpu = res.json().memberships.filter((m: { segment: string }) => m.segment === 'BPU');
    expect(bpu).toHaveLength(2);
    expect(bpu[1]).toMatchObject({ validFrom: '2025-07-01', validTo: null, declaredIncome: 1_000_000 });
    const again = await send('POST', '/memberships/resume', { nik, validFrom: '2025-08-01' });
    expect(again.statusCode).toBe(409);
    const never = await send('POST', '/memberships/resume', {
      nik: person(1, {}).nik,
      validFrom: '2025-08-01',
    });
    expect(never.statusCode).toBe(400);
  });
});

describe('who sees which bill', () => {
  it('an agent sees only the bills of the people it enrolled', async () => {
    const seen = await bills('', agent.headers);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((b) => b.payerKey === `participant:${agentPersonId}`)).toBe(true);
  });

  it('an employer sees only its own bills', async () => {
    const seen = await bills('', employerAccount.headers);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((b) => b.payerKey === `employer:${employerId}`)).toBe(true);
  });

  it('an office outside the region sees none, and a bill answers like a missing one', async () => {
    expect(await bills('', outsider.headers)).toEqual([]);
    const [pu] = await bills(`employerId=${employerId}`);
    expect((await send('GET', `/bills/${pu?.id}`, undefined, outsider.headers)).statusCode).toBe(404);
    expect(
      (await send('GET', `/employers/${employerId}/account`, undefined, outsider.headers)).statusCode,
    ).toBe(404);
  });
});

describe('history', () => {
  it('a rate changed after billing leaves the bill as it was and applies to the next month', async () => {
    const edit = await send('POST', '/regulations', {
      code: 'pu.jht.employer',
      effectiveFrom: '2025-06-01',
      value: 400,
      unit: 'bp',
      legalBasis: 'uji: perubahan tarif',
      confidence: 'L',
      reason: 'uji riwayat tagihan',
    });
    expect(edit.statusCode, edit.body).toBe(201);
    await run('2025-05'); // already billed: nothing changes
    const [may] = await bills(`employerId=${employerId}&month=2025-05`);
    expect(may?.amount).toBe(462_000);
    await run('2025-06');
    const june = (await bills(`employerId=${employerId}&month=2025-06`)).find(
      (b) => b.kind === 'contribution',
    );
    expect(june?.amount).toBe(462_000 - 185_000 + 200_000); // JHT employer 4% × 5.000.000
  });
});

describe('command line', () => {
  const cli = inProcessCli(() => t);
  // The CLI reads its config from the environment: without this it would load the demo into this database.
  const demo = process.env.CAKUPAN_DEMO;
  beforeAll(() => {
    process.env.CAKUPAN_DEMO = '0';
  });
  afterAll(() => {
    if (demo === undefined) delete process.env.CAKUPAN_DEMO;
    else process.env.CAKUPAN_DEMO = demo;
  });

  it('billing run bills a month like POST /billing/runs, and a re-run adds nothing', async () => {
    const first = await cli('billing', 'run', '--month', '2025-07', '--json');
    expect(first.code, first.out).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ month: '2025-07', bills: expect.any(Number) });
    expect(JSON.parse(first.out).bills).toBeGreaterThan(0);
    const again = await cli('billing', 'run', '--month', '2025-07', '--json');
    expect(JSON.parse(again.out)).toMatchObject({ bills: 0, lines: 0 });
  });

  it('billing lapse answers with the memberships it ended; a bad month or date is a usage error', async () => {
    const lapse = await cli('billing', 'lapse', '--as-of', '2025-06-16', '--json');
    expect(lapse.code, lapse.out).toBe(0);
    expect(JSON.parse(lapse.out).lapsed).toEqual([]); // already lapsed above
    expect((await cli('billing', 'run')).code).toBe(2);
    expect((await cli('billing', 'lapse', '--as-of', '2025-02-30')).code).toBe(2);
    expect((await cli('billing', 'run', '--month', '2025-13')).code).toBe(1);
  });
});
