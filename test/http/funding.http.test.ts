import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';

/**
 * Local-government funding over HTTP on the demo database (Sarolangun 15.03 has workforce, coverage
 * and a target there). The clock is 15 January 2026 (TEST_CLOCK); the programs run in 2025, whose
 * BPU price is JKK 1 % × Rp1.000.000 + JKM Rp6.800 = Rp16.800 a worker-month (PP 44/2015 art. 16–18),
 * with no PP 50/2025 discount for a government payer.
 */
let t: TestApp;
let regency: TestAccount;
let otherRegency: TestAccount;
const API = '/api/v1';
const VILLAGE = '15.03.03.1001';

beforeAll(async () => {
  t = await testApp('demo');
  regency = await testAccount(t.database, 'regency_gov', ['15.03']);
  otherRegency = await testAccount(t.database, 'regency_gov', ['17.01']);
});
afterAll(() => t.close());

const send = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) =>
  t.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    ...(headers ? { headers } : {}),
  });
const upload = (url: string, body: string, headers: Record<string, string> = regency.headers) =>
  t.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    payload: body,
    headers: { ...headers, 'content-type': 'text/csv' },
  });

/** A NIK issued in Kec. 15.03.03: district + birth date (day + 40 for women) + serial. */
function nik(sex: 'L' | 'P', birth: string, serial: number): string {
  const [y, m, d] = birth.split('-') as [string, string, string];
  const day = String(Number(d) + (sex === 'P' ? 40 : 0)).padStart(2, '0');
  return `150303${day}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
}
/** Serials from 9001 on: the demo's own welfare list (DTSEN) holds low serials of the same district. */
const person = (n: number, sex: 'L' | 'P' = 'L', village = VILLAGE) => {
  const serial = 9000 + n;
  const birth = `19${70 + (serial % 25)}-0${1 + (serial % 9)}-1${serial % 10}`;
  return { nik: nik(sex, birth, serial), name: `Pekerja ${serial}`, sex, birth, village };
};
const BENEFICIARY_HEADER = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,telepon,pekerjaan,mulai_berlaku';
const beneficiaryRow = (p: ReturnType<typeof person>, occupation = 'petani') =>
  `${p.nik},${p.name},${p.sex},${p.birth},${p.village},,${occupation},`;

const program = (over: Record<string, unknown> = {}) => ({
  code: 'TES-APBD-2025',
  name: 'Perlindungan pekerja rentan APBD 2025 (tes)',
  funderKind: 'regency',
  funderName: 'Pemerintah Kabupaten Sarolangun',
  regionCode: '15.03',
  source: 'apbd',
  fiscalYear: 2025,
  budget: 1_008_000_000,
  periodFrom: '2025-01',
  periodTo: '2025-12',
  ...over,
});

describe('funding programs', () => {
  it('creates a program priced by the regulation engine: 12 × Rp16.800 = Rp201.600 a worker, 5.000 workers', async () => {
    const res = await send('POST', '/funding/programs', program(), regency.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      code: 'TES-APBD-2025',
      programs: ['JKK', 'JKM'],
      declaredIncome: 1_000_000,
      payerKind: 'government',
      payerKey: 'program:government:TES-APBD-2025',
      costPerWorkerMonth: 16_800,
      costPerWorker: 12 * 16_800,
      capacity: 1_008_000_000 / (12 * 16_800), // 5.000 (Penajam Paser Utara, 2025)
      beneficiaries: 0,
      status: 'draft',
    });
  });

  it.each([
    [
      'a budget below one worker-month (Rp16.799 < Rp16.800)',
      { code: 'X-1', budget: 16_799 },
      'kurang dari iuran satu pekerja',
    ],
    ['a period outside the fiscal year', { code: 'X-2', periodTo: '2026-01' }, 'di luar tahun anggaran 2025'],
    [
      'a target village outside the funder’s region',
      { code: 'X-3', eligibleVillages: ['17.01.01.2001'] },
      'Desa di luar wilayah',
    ],
    [
      'village money from a regency',
      { code: 'X-4', source: 'dana_desa' },
      'hanya dapat dipakai oleh pemerintah desa',
    ],
    ['a taken code', { code: 'TES-APBD-2025' }, 'sudah dipakai'],
  ])('refuses %s and saves nothing', async (_why, over, message) => {
    const before = await t.database.db
      .selectFrom('funding_program')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const res = await send('POST', '/funding/programs', program(over), regency.headers);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toContain(message);
    const after = await t.database.db
      .selectFrom('funding_program')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('keeps programs inside the scope: another regency neither sees nor creates them', async () => {
    const list = await send('GET', '/funding/programs', undefined, otherRegency.headers);
    expect(list.json().programs.map((p: { regionCode: string }) => p.regionCode)).not.toContain('15.03');
    const created = await send('POST', '/funding/programs', program({ code: 'X-5' }), otherRegency.headers);
    expect(created.statusCode).toBe(404);
    const own = await send('GET', '/funding/programs', undefined, regency.headers);
    // The demo's own Sarolangun programs (SRL-…) and this test's.
    expect(own.json().programs.map((p: { code: string }) => p.code)).toContain('TES-APBD-2025');
    expect(own.json().programs.every((p: { regionCode: string }) => p.regionCode.startsWith('15.03'))).toBe(
      true,
    );
  });
});

describe('simulator', () => {
  it('reproduces the published example: Rp1.008.000.000 ÷ (12 × Rp16.800) = 5.000 workers', async () => {
    const res = await send('POST', '/funding/simulations/budget', {
      regionCode: '15.03',
      budget: 1_008_000_000,
      from: '2025-01',
      to: '2025-12',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      workers: 5_000,
      totalCost: 1_008_000_000,
      leftover: 0,
      costPerWorker: 201_600,
    });
    expect(body.after.active).toBe(body.before.active + 5_000);
    expect(body.cost.lines.map((l: { program: string; amount: number }) => [l.program, l.amount])).toEqual([
      ['JKK', 10_000],
      ['JKM', 6_800],
    ]);
  });

  it('prices a target: the gap × months × Rp16.800', async () => {
    const res = await send('POST', '/funding/simulations/target', {
      regionCode: '15.03',
      targetPct: 65,
      from: '2025-11',
      to: '2025-12',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.targetWorkers).toBe(Math.ceil(body.region.workforce * 0.65));
    expect(body.workersNeeded).toBe(body.targetWorkers - body.region.active);
    expect(body.totalCost).toBe(body.workersNeeded * 2 * 16_800);
  });

  it('refuses a budget below one worker-month', async () => {
    const res = await send('POST', '/funding/simulations/budget', {
      regionCode: '15.03',
      budget: 16_799,
      from: '2025-01',
      to: '2025-12',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('welfare list, beneficiaries and the funder’s bills', () => {
  let programId = 0;
  const poor = [1, 2, 3, 4].map((i) => person(i));
  it('imports the social-welfare list (decile 1 = extreme poverty)', async () => {
    const rows = poor.map(
      (p, i) => `${p.nik},${p.name},${p.sex},${p.birth},${p.village},${i === 0 ? 1 : 3},,petani,DTSEN 2025`,
    );
    const res = await upload(
      '/funding/welfare/import',
      [
        'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil,tingkat_kemiskinan,pekerjaan,nama_daftar',
        ...rows,
      ].join('\n'),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json(), res.body).toMatchObject({ status: 'committed', inserted: 4 });
    const levels = await t.database.db
      .selectFrom('welfare_entry')
      .select(['poverty_level'])
      .where(
        'nik',
        'in',
        poor.map((p) => p.nik),
      )
      .execute();
    expect(levels.map((l) => l.poverty_level).sort()).toEqual(['extreme', 'poor', 'poor', 'poor']);
  });

  it('refuses every bad row with its reason and, in mode "all", saves nothing', async () => {
    const created = await send(
      'POST',
      '/funding/programs',
      program({
        code: 'TES-MISKIN-2025',
        budget: 3 * 12 * 16_800, // room for exactly 3 workers
        povertyLevels: ['extreme', 'poor'],
        status: 'active',
      }),
      regency.headers,
    );
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    const selfPaid = person(9);
    const enrol = await send('POST', '/participants', {
      nik: selfPaid.nik,
      name: selfPaid.name,
      sex: 'M',
      birthDate: selfPaid.birth,
      villageCode: VILLAGE,
      membership: {
        segment: 'BPU',
        payerKind: 'self',
        programs: ['JKK', 'JKM'],
        declaredIncome: 1_000_000,
        validFrom: '2024-06-01',
      },
    });
    expect(enrol.statusCode, enrol.body).toBe(201);
    await upload(
      '/funding/welfare/import',
      [
        'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil',
        `${selfPaid.nik},${selfPaid.name},L,${selfPaid.birth},${VILLAGE},2`,
      ].join('\n'),
    );
    const notPoor = person(10);
    const csv = [
      BENEFICIARY_HEADER,
      beneficiaryRow(poor[0] as ReturnType<typeof person>), // row 2: good
      beneficiaryRow(poor[1] as ReturnType<typeof person>), // row 3: good
      beneficiaryRow(poor[1] as ReturnType<typeof person>), // row 4: duplicate of row 3
      beneficiaryRow(selfPaid), // row 5: already protected (self-paid BPU since 2024-06-01)
      beneficiaryRow(notPoor), // row 6: not on the welfare list
      beneficiaryRow(poor[2] as ReturnType<typeof person>), // row 7: good (3rd)
      beneficiaryRow(poor[3] as ReturnType<typeof person>), // row 8: good but the budget holds 3
      `${person(11).nik},Luar Wilayah,L,${person(11).birth},15.01.01.2001,,petani,`, // row 9: outside 15.03
    ].join('\n');
    // The national administrator sees row 9's village (a regency account would get UNKNOWN_REGION).
    const all = await upload(`/funding/programs/${programId}/beneficiaries/import`, csv, t.admin?.headers);
    expect(all.statusCode, all.body).toBe(422);
    const issues = all.json().error.details.issues.map((i: { row: number; code: string }) => [i.row, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [4, 'DUPLICATE_IN_FILE'],
        [5, 'ALREADY_PROTECTED'],
        [6, 'POVERTY_NOT_ELIGIBLE'],
        [8, 'BUDGET_EXCEEDED'],
        [9, 'FUNDING_OUTSIDE_REGION'],
      ]),
    );
    expect(await t.database.db.selectFrom('funding_beneficiary').selectAll().execute()).toEqual([]);
    const good = await upload(`/funding/programs/${programId}/beneficiaries/import?mode=valid-only`, csv);
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ status: 'committed', inserted: 3 });
    const again = await upload(`/funding/programs/${programId}/beneficiaries/import?mode=valid-only`, csv);
    expect(again.json()).toMatchObject({ inserted: 0, unchanged: 3 });
  });

  it('never pays twice: a beneficiary of one program is refused by another in the same months', async () => {
    const other = await send(
      'POST',
      '/funding/programs',
      program({
        code: 'TES-CSR-2025',
        funderKind: 'csr',
        funderName: 'PT Sawit Makmur',
        source: 'csr',
        budget: 10_000_000,
      }),
    );
    expect(other.statusCode, other.body).toBe(201);
    const res = await upload(
      `/funding/programs/${other.json().id}/beneficiaries/import`,
      [BENEFICIARY_HEADER, beneficiaryRow(poor[0] as ReturnType<typeof person>)].join('\n'),
      t.admin?.headers,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.issues[0]).toMatchObject({
      code: 'OTHER_PROGRAM',
      message: expect.stringContaining('TES-MISKIN-2025'),
    });
  });

  it('bills the funder monthly and reports what the money bought', async () => {
    const run = await send('POST', '/billing/runs', { month: '2025-01' });
    expect(run.statusCode, run.body).toBe(200);
    const bills = await t.database.db
      .selectFrom('bill')
      .select(['payer_key', 'amount'])
      .where('payer_key', '=', 'program:government:TES-MISKIN-2025')
      .execute();
    expect(bills).toEqual([{ payer_key: 'program:government:TES-MISKIN-2025', amount: 3 * 16_800 }]);
    const paid = await send('POST', '/payments', {
      idempotencyKey: 'srl-miskin-2025-01',
      payerKey: 'program:government:TES-MISKIN-2025',
      amount: 3 * 16_800,
      paidOn: '2025-01-10',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    const usage = await send('GET', `/funding/programs/${programId}/usage`, undefined, regency.headers);
    expect(usage.statusCode, usage.body).toBe(200);
    const jan = usage.json().months[0];
    expect(jan).toMatchObject({
      month: '2025-01',
      beneficiaries: 3,
      protectedWorkers: 3,
      billed: 50_400,
      paid: 50_400,
      workerMonthsToDate: 3,
    });
    expect(usage.json()).toMatchObject({
      budget: 604_800,
      billed: 50_400,
      projected: 11 * 3 * 16_800, // Feb–Dec not billed yet
      budgetLeft: 604_800 - 50_400 - 11 * 3 * 16_800, // 0: the budget is fully committed
      peopleProtected: 3,
      benefitsPaid: null,
    });
    const list = await send(
      'GET',
      `/funding/programs/${programId}/beneficiaries`,
      undefined,
      regency.headers,
    );
    expect(list.json().total).toBe(3);
    expect(list.json().rows[0].nikMasked).toMatch(/\*/);
  });

  it('optimizes a budget: poorest first takes the extreme-poor before the poor', async () => {
    await upload(
      '/funding/welfare/import',
      [
        'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil',
        ...[20, 21, 22].map((i) => {
          const p = person(i);
          return `${p.nik},${p.name},L,${p.birth},${VILLAGE},${i === 22 ? 1 : 4}`;
        }),
      ].join('\n'),
    );
    const res = await send(
      'POST',
      '/funding/optimize',
      { regionCode: '15.03', budget: 12 * 16_800, strategy: 'poorest_first', from: '2025-01', to: '2025-12' },
      regency.headers,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ workers: 1, cost: 201_600, leftover: 0 });
    expect(res.json().choices).toEqual([expect.objectContaining({ povertyLevel: 'extreme', workers: 1 })]);
  });

  it('plans new enrolments to a target, with the program counted', async () => {
    const res = await send(
      'GET',
      `/funding/plan?region=15.03&targetPct=65&by=2026-12&fundedWorkers=5000&fundedFrom=2026-01&fundedTo=2026-12`,
      undefined,
      regency.headers,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.monthlyNeeded).toBeGreaterThan(0);
    expect(body.monthlyNeededWithFunding).toBeLessThanOrEqual(body.monthlyNeeded);
    expect(body.trajectory.at(-1).targetWorkers).toBe(Math.ceil(body.region.workforce * 0.65));
  });

  it('exports the proposal as Excel and PDF', async () => {
    const xlsx = await send(
      'GET',
      `/funding/programs/${programId}/proposal.xlsx`,
      undefined,
      regency.headers,
    );
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await send('GET', `/funding/programs/${programId}/proposal.pdf`, undefined, regency.headers);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const hidden = await send(
      'GET',
      `/funding/programs/${programId}/proposal.pdf`,
      undefined,
      otherRegency.headers,
    );
    expect(hidden.statusCode).toBe(404);
  });
});

describe('nobody paid twice, nothing outside the funder’s reach', () => {
  const enrol = (p: ReturnType<typeof person>, membership: Record<string, unknown>) =>
    send('POST', '/participants', {
      nik: p.nik,
      name: p.name,
      sex: 'M',
      birthDate: p.birth,
      villageCode: p.village,
      membership: { segment: 'BPU', programs: ['JKK', 'JKM'], declaredIncome: 1_000_000, ...membership },
    });
  const list = (rows: readonly ReturnType<typeof person>[], start = '') =>
    [
      BENEFICIARY_HEADER,
      ...rows.map((p) => `${p.nik},${p.name},L,${p.birth},${p.village},,petani,${start}`),
    ].join('\n');
  let late = 0;

  it('a member added after a month is billed starts in the next month; a start in a billed month is refused', async () => {
    const created = await send(
      'POST',
      '/funding/programs',
      program({ code: 'TES-LATE-2025', budget: 3 * 12 * 16_800 }),
      regency.headers,
    );
    late = created.json().id;
    expect(
      (await upload(`/funding/programs/${late}/beneficiaries/import`, list([person(40)]))).json(),
    ).toMatchObject({ inserted: 1 });
    expect((await send('POST', '/billing/runs', { month: '2025-01' })).statusCode).toBe(200);
    const next = await upload(`/funding/programs/${late}/beneficiaries/import`, list([person(41)]));
    expect(next.json()).toMatchObject({ inserted: 1 });
    const starts = await sql<{ valid_from: string }>`select to_char(m.valid_from, 'YYYY-MM-DD') as valid_from
      from funding_beneficiary b join membership m on m.id = b.membership_id where b.program_id = ${late}
      order by m.id`.execute(t.database.db);
    expect(starts.rows.map((r) => r.valid_from)).toEqual(['2025-01-01', '2025-02-01']);
    const billed = await upload(
      `/funding/programs/${late}/beneficiaries/import`,
      list([person(42)], '2025-01-20'),
    );
    expect(billed.json().error.details.issues[0]).toMatchObject({ row: 2, code: 'FUNDING_MONTH_BILLED' });
  });

  it('refuses a worker whose self-paid membership ends on any day of the start month (billing charges whole months)', async () => {
    const p = person(43);
    const enrolled = await enrol(p, { payerKind: 'self', validFrom: '2024-06-01' });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const ended = await send('POST', `/memberships/${enrolled.json().participant.memberships[0].id}/end`, {
      validTo: '2025-03-10',
      reason: 'resigned',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const res = await upload(`/funding/programs/${late}/beneficiaries/import`, list([p], '2025-03-15'));
    expect(res.json().error.details.issues[0]).toMatchObject({ code: 'ALREADY_PROTECTED' });
  });

  it('refuses a person registered in another regency, whatever village the file gives', async () => {
    const elsewhere = { ...person(44), village: '17.01.01.2001' };
    expect((await enrol(elsewhere, { payerKind: 'self', validFrom: '2020-01-01' })).statusCode).toBe(201);
    const res = await upload(
      `/funding/programs/${late}/beneficiaries/import`,
      list([{ ...elsewhere, village: VILLAGE }]),
      t.admin?.headers,
    );
    const codes = res.json().error.details.issues.map((i: { code: string }) => i.code);
    expect(codes).toContain('FUNDING_OUTSIDE_REGION');
  });

  it('keeps program codes away from other imports and from manual enrolment', async () => {
    const p = person(45);
    const row = `${p.nik},${p.name},L,${p.birth},${VILLAGE},,BPU,,,pemerintah,TES-LATE-2025,JKK JKM,1000000,petani,,2025-05-01,`;
    const header =
      'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,telepon,segmen,npp,nomor_proyek,jenis_pembayar,ref_pembayar,program,penghasilan,pekerjaan,negara_penempatan,mulai_berlaku,kode_agen';
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/imports/registry/participants`,
      payload: `${header}\n${row}`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual([
      'PAYER_IS_PROGRAM',
    ]);
    const manual = await enrol(p, {
      payerKind: 'government',
      payerRef: 'TES-LATE-2025',
      validFrom: '2025-05-01',
    });
    expect(manual.statusCode).toBe(400);
    expect(manual.json().error.message).toContain('kode program pendanaan');
  });

  it('never lowers a budget below what its enrolled people hold (2 × 12 × Rp16.800)', async () => {
    const low = await send(
      'PATCH',
      `/funding/programs/${late}`,
      { budget: 2 * 12 * 16_800 - 1 },
      regency.headers,
    );
    expect(low.statusCode).toBe(400);
    const ok = await send('PATCH', `/funding/programs/${late}`, { budget: 2 * 12 * 16_800 }, regency.headers);
    expect(ok.json()).toMatchObject({ budget: 403_200, capacity: 2 });
  });

  it('a closed program takes no one and stays closed; its members keep the months reserved for them', async () => {
    const closed = await send('PATCH', `/funding/programs/${late}`, { status: 'closed' }, regency.headers);
    expect(closed.statusCode, closed.body).toBe(200);
    const more = await upload(`/funding/programs/${late}/beneficiaries/import`, list([person(47)]));
    expect(more.statusCode).toBe(409);
    const reopen = await send('PATCH', `/funding/programs/${late}`, { status: 'active' }, regency.headers);
    expect(reopen.statusCode).toBe(409);
    const ends = await sql<{ valid_to: string }>`select to_char(m.valid_to, 'YYYY-MM-DD') as valid_to
      from funding_beneficiary b join membership m on m.id = b.membership_id where b.program_id = ${late}`.execute(
      t.database.db,
    );
    expect(ends.rows.map((r) => r.valid_to)).toEqual(['2025-12-31', '2025-12-31']);
  });

  it('leaves another region’s welfare entries to that region', async () => {
    const p = { ...person(46), village: '17.01.01.2001' };
    const header = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil';
    await upload(
      '/funding/welfare/import',
      `${header}\n${p.nik},${p.name},L,${p.birth},${p.village},1`,
      t.admin?.headers,
    );
    const moved = await upload(
      '/funding/welfare/import',
      `${header}\n${p.nik},${p.name},L,${p.birth},${VILLAGE},7`,
    );
    expect(moved.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual([
      'WELFARE_OTHER_REGION',
    ]);
  });
});
