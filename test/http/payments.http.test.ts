import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import { applyCredit } from '../../src/payments/payments.service.ts';
import { registerEmployer } from '../../src/registry/employers.service.ts';
import { enrolParticipant } from '../../src/registry/registry.service.ts';
import { type TestAccount, type TestApp, testAccount, testApp } from '../helpers/app.ts';
import { insertBills } from '../helpers/bills.ts';

const API = '/api/v1';
const SARO = '15.03.03.1001'; // a village of Kab. Sarolangun
const BENGKULU = '17.01.01.2001'; // outside the branch office below
const SETUP = systemActor('uji-pembayaran');

let t: TestApp;
let branch: TestAccount;
let agent: TestAccount;
let employerAccount: TestAccount;
let n = 0;

beforeAll(async () => {
  t = await testApp('base');
  branch = await testAccount(t.database, 'branch_office', ['15.03']);
  agent = await testAccount(t.database, 'perisai_agent', ['15.03.03'], { agentCode: 'PRS-BAYAR' });
  employerAccount = await testAccount(t.database, 'employer', [], { employerNpp: '15039991' });
});
afterAll(() => t.close());

/** A payer key of its own for each test, so tests never share bills. */
const program = () => `program:government:uji-${++n}`;
const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `${API}/payments`, payload: body, headers });
const billsOf = (payerKey: string) =>
  t.database.db
    .selectFrom('bill')
    .select(['id', 'month', 'kind', 'amount', 'paid', 'settled_on'])
    .where('payer_key', '=', payerKey)
    .orderBy('id')
    .execute();
const balance = async (payerKey: string) =>
  (
    await t.app.inject({ method: 'GET', url: `${API}/payers/${encodeURIComponent(payerKey)}/balance` })
  ).json();

describe('POST /payments: oldest first, partial, credit', () => {
  it('settles the oldest bill and leaves the next one partial', async () => {
    const payerKey = program();
    const [jan, feb, mar] = await insertBills(t.database.db, [
      { payerKey, month: '2025-02', amount: 36_800, regionCode: SARO },
      { payerKey, month: '2025-01', amount: 36_800, regionCode: SARO },
      { payerKey, month: '2025-03', amount: 36_800, regionCode: SARO },
    ]).then(([f, j, m]) => [j, f, m]);
    const res = await post({ idempotencyKey: `k-${n}`, payerKey, amount: 50_000, paidOn: '2025-03-10' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    // Jan 36.800 settled; Feb gets 50.000 − 36.800 = 13.200; Mar nothing
    expect(body).toMatchObject({ replayed: false, amount: 50_000, allocated: 50_000, unallocated: 0 });
    expect(body.allocations).toEqual([
      { billId: jan, month: '2025-01', kind: 'contribution', amount: 36_800, source: 'payment' },
      { billId: feb, month: '2025-02', kind: 'contribution', amount: 13_200, source: 'payment' },
    ]);
    const bills = await billsOf(payerKey);
    expect(bills.find((b) => b.id === jan)).toMatchObject({ paid: 36_800, settled_on: '2025-03-10' });
    expect(bills.find((b) => b.id === feb)).toMatchObject({ paid: 13_200, settled_on: null });
    expect(bills.find((b) => b.id === mar)).toMatchObject({ paid: 0 });
    // billed 3 × 36.800 = 110.400; paid 50.000; outstanding 60.400; Feb and Mar open
    expect(await balance(payerKey)).toEqual({
      payerKey,
      billed: 110_400,
      paid: 50_000,
      outstanding: 60_400,
      credit: 0,
      openBills: 2,
    });
  });

  it('pays the fine of a month before its contribution', async () => {
    const payerKey = program();
    const [contribution, fine] = await insertBills(t.database.db, [
      { payerKey, month: '2025-04', amount: 100_000, regionCode: SARO },
      { payerKey, month: '2025-04', amount: 6_000, regionCode: SARO, kind: 'fine' },
    ]);
    const res = await post({ idempotencyKey: `k-${n}`, payerKey, amount: 50_000, paidOn: '2025-05-02' });
    // fine 6.000 first, then 50.000 − 6.000 = 44.000 of the contribution
    expect(
      res.json().allocations.map((a: { billId: number; amount: number }) => [a.billId, a.amount]),
    ).toEqual([
      [fine, 6_000],
      [contribution, 44_000],
    ]);
  });

  it('keeps the rest as credit and applies it when new bills appear', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 36_800, regionCode: SARO }]);
    const res = await post({ idempotencyKey: `k-${n}`, payerKey, amount: 100_000, paidOn: '2025-01-20' });
    expect(res.json()).toMatchObject({ allocated: 36_800, unallocated: 63_200 }); // 100.000 − 36.800
    expect(await balance(payerKey)).toMatchObject({ outstanding: 0, credit: 63_200, openBills: 0 });
    const [feb, mar] = await insertBills(t.database.db, [
      { payerKey, month: '2025-02', amount: 36_800, regionCode: SARO },
      { payerKey, month: '2025-03', amount: 36_800, regionCode: SARO },
    ]);
    const applied = await t.database.db
      .transaction()
      .execute((trx) => applyCredit(trx, payerKey, '2025-03-01'));
    // credit 63.200: Feb 36.800 settled, Mar 63.200 − 36.800 = 26.400 (partial)
    expect(applied.allocations.map((a) => [a.billId, a.amount])).toEqual([
      [feb, 36_800],
      [mar, 26_400],
    ]);
    expect(applied.settledBillIds).toEqual([feb]);
    expect(await balance(payerKey)).toMatchObject({
      billed: 110_400,
      paid: 100_000,
      outstanding: 10_400,
      credit: 0,
    });
    // Feb was paid in advance: settled on the payment's date, not the day credit was applied
    expect((await billsOf(payerKey)).find((b) => b.id === feb)?.settled_on).toBe('2025-01-20');
    const view = (await t.app.inject({ method: 'GET', url: `${API}/payments/${res.json().id}` })).json();
    expect(view.allocations.map((a: { source: string }) => a.source)).toEqual([
      'payment',
      'credit',
      'credit',
    ]);
    expect(view).toMatchObject({ allocated: 100_000, unallocated: 0 });
  });
});

describe('idempotency', () => {
  it('replays the same request with 200 and the original result, changing nothing', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 40_000, regionCode: SARO }]);
    const body = {
      idempotencyKey: `k-${n}`,
      payerKey,
      amount: 25_000,
      paidOn: '2025-02-01',
      channel: 'bank',
    };
    const first = await post(body);
    expect(first.statusCode).toBe(201);
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('payment_allocation')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const again = await post(body);
    expect(again.statusCode).toBe(200);
    const { replayed, ...rest } = again.json();
    expect(replayed).toBe(true);
    const { replayed: _, ...original } = first.json();
    expect(rest).toEqual(original);
    expect(await count()).toBe(before);
    expect(await balance(payerKey)).toMatchObject({ paid: 25_000 });
  });

  it('refuses the same key with another request: 409 IDEMPOTENCY_KEY_REUSED, in both languages', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 40_000, regionCode: SARO }]);
    const key = `k-${n}`;
    expect(
      (await post({ idempotencyKey: key, payerKey, amount: 10_000, paidOn: '2025-02-01' })).statusCode,
    ).toBe(201);
    const reused = await post({ idempotencyKey: key, payerKey, amount: 10_001, paidOn: '2025-02-01' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining('Kunci idempoten'),
      messageEn: expect.stringContaining('Idempotency key'),
    });
    expect(await balance(payerKey)).toMatchObject({ paid: 10_000 });
  });

  it('takes the key from the Idempotency-Key header when the body has none', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 40_000, regionCode: SARO }]);
    const body = { payerKey, amount: 5_000, paidOn: '2025-02-01' };
    const first = await post(body, { 'idempotency-key': `hdr-${n}` });
    expect(first.statusCode).toBe(201);
    expect(first.json().idempotencyKey).toBe(`hdr-${n}`);
    expect((await post(body, { 'idempotency-key': `hdr-${n}` })).statusCode).toBe(200);
    expect((await post(body)).statusCode).toBe(400); // no key at all
    const clash = await post({ ...body, idempotencyKey: 'lain' }, { 'idempotency-key': `hdr-${n}` });
    expect(clash.statusCode).toBe(400);
  });

  it('refuses bad amounts, impossible and future dates with 400', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 40_000, regionCode: SARO }]);
    for (const wrong of [
      { amount: 0 },
      { amount: 1.5 },
      { paidOn: '2025-02-30' },
      { paidOn: '2026-12-01' },
    ]) {
      const res = await post({
        idempotencyKey: `bad-${n}`,
        payerKey,
        amount: 1_000,
        paidOn: '2025-02-01',
        ...wrong,
      });
      expect(res.statusCode, JSON.stringify(wrong)).toBe(400);
    }
  });
});

describe('posts arriving together (one shared transaction)', () => {
  it('answer each request as if alone: fresh, replayed, or a reused key', async () => {
    const a = program();
    const b = program();
    await insertBills(t.database.db, [
      { payerKey: a, month: '2025-01', amount: 30_000, regionCode: SARO },
      { payerKey: a, month: '2025-02', amount: 30_000, regionCode: SARO },
      { payerKey: b, month: '2025-01', amount: 30_000, regionCode: SARO },
    ]);
    const paidOn = '2025-03-01';
    const answers = await Promise.all([
      post({ idempotencyKey: `g1-${n}`, payerKey: a, amount: 20_000, paidOn }),
      post({ idempotencyKey: `g2-${n}`, payerKey: a, amount: 20_000, paidOn }),
      post({ idempotencyKey: `g3-${n}`, payerKey: b, amount: 45_000, paidOn }),
      post({ idempotencyKey: `g1-${n}`, payerKey: a, amount: 20_000, paidOn }), // the same request again
      post({ idempotencyKey: `g3-${n}`, payerKey: b, amount: 1, paidOn }), // the key with another request
      post({ idempotencyKey: `g4-${n}`, payerKey: a, amount: 5_000, paidOn }),
    ]);
    // Which of two requests with one key comes first depends on timing; the answers must not.
    const status = answers.map((r) => r.statusCode);
    expect([status[1], status[5]]).toEqual([201, 201]);
    expect([status[0], status[3]].sort()).toEqual([200, 201]);
    expect([status[2], status[4]].sort()).toEqual([201, 409]);
    expect(answers[3]?.json().id).toBe(answers[0]?.json().id);
    // a: 20.000 + 20.000 + 5.000 = 45.000 on 60.000 of bills (Jan settled, Feb 15.000)
    expect(await balance(a)).toMatchObject({ paid: 45_000, outstanding: 15_000, credit: 0 });
    // b: 45.000 → 30.000 on its bill + 15.000 credit, or, if the 1-rupiah request came first, 1 paid
    const bWon = status[2] === 201 ? { paid: 30_000, credit: 15_000 } : { paid: 1, credit: 0 };
    expect(await balance(b)).toMatchObject(bWon);
  });
});

describe('reversal', () => {
  it('restores the outstanding amount, unsettles the bills, and cannot happen twice', async () => {
    const payerKey = program();
    const [jan, feb] = await insertBills(t.database.db, [
      { payerKey, month: '2025-01', amount: 36_800, regionCode: SARO },
      { payerKey, month: '2025-02', amount: 36_800, regionCode: SARO },
    ]);
    const paid = (
      await post({ idempotencyKey: `k-${n}`, payerKey, amount: 50_000, paidOn: '2025-02-10' })
    ).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/payments/${paid.id}/reverse`,
      payload: { reason: 'cek ditolak bank' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      reversed: true,
      reversalReason: 'cek ditolak bank',
      allocated: 0,
      unallocated: 0,
    });
    // rows: +36.800 Jan, +13.200 Feb, then −36.800 Jan, −13.200 Feb
    expect(
      res.json().allocations.map((a: { billId: number; amount: number }) => [a.billId, a.amount]),
    ).toEqual([
      [jan, 36_800],
      [feb, 13_200],
      [jan, -36_800],
      [feb, -13_200],
    ]);
    const bills = await billsOf(payerKey);
    expect(bills.map((b) => [b.paid, b.settled_on])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(await balance(payerKey)).toMatchObject({
      billed: 73_600,
      paid: 0,
      outstanding: 73_600,
      credit: 0,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: `${API}/payments/${paid.id}/reverse`,
      payload: { reason: 'dua kali' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PAYMENT_ALREADY_REVERSED');
    const kept = await t.database.db.selectFrom('payment').select('id').where('id', '=', paid.id).execute();
    expect(kept).toHaveLength(1); // nothing deleted
  });

  it('lets the payer’s other credit fill the bills a reversal reopens', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 30_000, regionCode: SARO }]);
    const first = (
      await post({ idempotencyKey: `a-${n}`, payerKey, amount: 30_000, paidOn: '2025-01-10' })
    ).json();
    const second = (
      await post({ idempotencyKey: `b-${n}`, payerKey, amount: 20_000, paidOn: '2025-01-11' })
    ).json();
    expect(second.unallocated).toBe(20_000); // nothing open: all credit
    await t.app.inject({
      method: 'POST',
      url: `${API}/payments/${first.id}/reverse`,
      payload: { reason: 'salah bayar' },
    });
    // the bill reopens at 30.000; the second payment's 20.000 credit goes to it; 10.000 outstanding
    expect(await balance(payerKey)).toMatchObject({ paid: 20_000, outstanding: 10_000, credit: 0 });
  });

  it('is audited, as every post is', async () => {
    const audit = (await t.app.inject({ method: 'GET', url: `${API}/audit?entity=payment` })).json();
    const actions = new Set(audit.entries.map((e: { action: string }) => e.action));
    expect(actions).toEqual(new Set(['payment.post', 'payment.reverse']));
    expect(audit.entries.every((e: { regionCode: string }) => e.regionCode.startsWith('15.03'))).toBe(true);
  });
});

describe('reading', () => {
  it('lists a payer’s payments between dates, newest first', async () => {
    const payerKey = program();
    await insertBills(t.database.db, [{ payerKey, month: '2025-01', amount: 90_000, regionCode: SARO }]);
    for (const [i, paidOn] of ['2025-01-05', '2025-02-05', '2025-03-05'].entries())
      await post({ idempotencyKey: `l${i}-${n}`, payerKey, amount: 10_000, paidOn });
    const url = `${API}/payments?payerKey=${encodeURIComponent(payerKey)}&from=2025-02-01&to=2025-03-31`;
    const list = (await t.app.inject({ method: 'GET', url })).json();
    expect(list.payments.map((p: { paidOn: string }) => p.paidOn)).toEqual(['2025-03-05', '2025-02-05']);
  });
});

describe('who may post for whom', () => {
  const as = (a: TestAccount) => a.headers;

  it('a branch office posts for payers whose bills lie in its regencies; others answer 404', async () => {
    const inside = program();
    const outside = program();
    await insertBills(t.database.db, [
      { payerKey: inside, month: '2025-01', amount: 10_000, regionCode: SARO },
      { payerKey: outside, month: '2025-01', amount: 10_000, regionCode: BENGKULU },
    ]);
    const body = (payerKey: string) => ({
      idempotencyKey: `s-${payerKey}`,
      payerKey,
      amount: 1_000,
      paidOn: '2025-02-01',
    });
    expect((await post(body(inside), as(branch))).statusCode).toBe(201);
    const foreign = await post(body(outside), as(branch));
    const unknown = await post(body('program:government:tidak-ada'), as(branch));
    expect([foreign.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(foreign.json().error.code).toBe(unknown.json().error.code);
    const balanceRes = await t.app.inject({
      method: 'GET',
      url: `${API}/payers/${encodeURIComponent(outside)}/balance`,
      headers: as(branch),
    });
    expect(balanceRes.statusCode).toBe(404);
  });

  it('posts arriving together are checked each with its own actor: a foreign payer in a batch answers 404 alone', async () => {
    const inside = program();
    const outside = program();
    await insertBills(t.database.db, [
      { payerKey: inside, month: '2025-01', amount: 10_000, regionCode: SARO },
      { payerKey: outside, month: '2025-01', amount: 10_000, regionCode: BENGKULU },
    ]);
    const body = (key: string, payerKey: string) => ({
      idempotencyKey: key,
      payerKey,
      amount: 4_000,
      paidOn: '2025-02-01',
    });
    // One turn of the event loop: the batcher checks all five in one statement.
    const answers = await Promise.all([
      post(body(`b1-${n}`, inside), as(branch)),
      post(body(`b2-${n}`, outside), as(branch)), // Bengkulu lies outside the branch's regency
      post(body(`b3-${n}`, outside)), // the national administrator sees it
      post(body(`b4-${n}`, 'program:government:tidak-ada')), // unknown to everyone
      post(body(`b5-${n}`, inside), as(branch)),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([201, 404, 201, 404, 201]);
    // inside: 4.000 + 4.000 on 10.000; outside: only the administrator's 4.000, the branch's wrote nothing
    expect(await balance(inside)).toMatchObject({ paid: 8_000, outstanding: 2_000 });
    expect(await balance(outside)).toMatchObject({ paid: 4_000, outstanding: 6_000 });
    const stored = await t.database.db
      .selectFrom('payment')
      .select('idempotency_key')
      .where('idempotency_key', 'in', [`b2-${n}`, `b4-${n}`])
      .execute();
    expect(stored).toEqual([]);
  });

  it('a Perisai agent pays only for the participants it enrolled', async () => {
    const enrol = (serial: number, headers?: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `${API}/participants`,
        headers,
        payload: {
          nik: `150303020290${String(serial).padStart(4, '0')}`,
          name: 'Pekerja Bayar',
          sex: 'M',
          birthDate: '1990-02-02',
          villageCode: SARO,
          membership: {
            segment: 'BPU',
            payerKind: 'self',
            programs: ['JKK', 'JKM'],
            declaredIncome: 1_000_000,
            validFrom: '2025-01-01',
          },
        },
      });
    const own = (await enrol(811, as(agent))).json().participant.id;
    const other = (await enrol(812)).json().participant.id;
    for (const id of [own, other])
      await insertBills(t.database.db, [
        {
          payerKey: `participant:${id}`,
          month: '2025-01',
          amount: 16_800,
          regionCode: SARO,
          participantId: id,
        },
      ]);
    const pay = (id: number) =>
      post(
        { idempotencyKey: `agen-${id}`, payerKey: `participant:${id}`, amount: 16_800, paidOn: '2025-02-01' },
        as(agent),
      );
    expect((await pay(own)).statusCode).toBe(201);
    expect((await pay(other)).statusCode).toBe(404);
    expect(
      (
        await post(
          { idempotencyKey: 'agen-prog', payerKey: program(), amount: 1, paidOn: '2025-02-01' },
          as(agent),
        )
      ).statusCode,
    ).toBe(404);
  });

  it('an employer account pays only its own employer bills', async () => {
    const own = await registerEmployer(t.database.db, SETUP, {
      npp: '15039991',
      name: 'PT Bayar Sendiri',
      jkkRiskGroup: 1,
      sizeClass: 'small',
      villageCode: SARO,
      activeFrom: '2024-01-01',
    });
    const other = await registerEmployer(t.database.db, SETUP, {
      npp: '15039992',
      name: 'PT Lain',
      jkkRiskGroup: 1,
      sizeClass: 'small',
      villageCode: SARO,
      activeFrom: '2024-01-01',
    });
    for (const e of [own, other])
      await insertBills(t.database.db, [
        {
          payerKey: `employer:${e.id}`,
          month: '2025-01',
          amount: 500_000,
          regionCode: SARO,
          segment: 'PU',
          payerKind: 'employer',
          employerId: e.id,
        },
      ]);
    const pay = (id: number) =>
      post(
        { idempotencyKey: `pk-${id}`, payerKey: `employer:${id}`, amount: 500_000, paidOn: '2025-02-10' },
        as(employerAccount),
      );
    expect((await pay(own.id)).statusCode).toBe(201);
    expect((await pay(other.id)).statusCode).toBe(404);
    const view = await t.app.inject({
      method: 'GET',
      url: `${API}/payments?payerKey=employer:${own.id}`,
      headers: as(employerAccount),
    });
    expect(view.json().payments).toHaveLength(1);
  });

  it('a person enrolled elsewhere is not the agent’s, even with a bill in its district', async () => {
    const { participant } = await enrolParticipant(
      t.database.db,
      SETUP,
      {
        nik: '1503030202900813',
        name: 'Warga Lain',
        sex: 'M',
        birthDate: '1990-02-02',
        villageCode: SARO,
        membership: {
          segment: 'BPU',
          payerKind: 'self',
          programs: ['JKK', 'JKM'],
          declaredIncome: 1_000_000,
          validFrom: '2025-01-01',
        },
      },
      '2026-01-15',
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `${API}/payers/participant:${participant.id}/balance`,
      headers: as(agent),
    });
    expect(res.statusCode).toBe(404);
  });
});
