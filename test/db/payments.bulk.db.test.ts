import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import type { Database, Executor } from '../../src/db/database.ts';
import { type BulkOutcome, postPaymentsBulk } from '../../src/payments/payments.bulk.ts';
import {
  type PaymentInput,
  postPayment,
  postPaymentDetailed,
  reversePayment,
} from '../../src/payments/payments.service.ts';
import { changeEmployerStatus } from '../../src/registry/employers.service.ts';
import { AppError } from '../../src/shared/errors.ts';
import { insertBills, type TestBill } from '../helpers/bills.ts';
import { freshDatabase } from '../helpers/database.ts';
import { ACTOR, employerIn, enrol } from '../helpers/protection-fixtures.ts';

const V = '15.03.03.1001'; // a village of Kec. Sarolangun
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];
const actor = systemActor('uji-massal');
const other = { ...systemActor('uji-massal-2'), ip: '10.0.0.7' };

/** A small deterministic generator, so a failure can be replayed (the seed is in the test name). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Bills of one payer, every month, a fine of 1.500 every other month; with lines when `line` is given. */
async function billsOf(
  db: Executor,
  payerKey: string,
  base: number,
  extra: Partial<TestBill> = {},
  line?: { membershipId: number; participantId: number },
): Promise<void> {
  const ids = await insertBills(
    db,
    MONTHS.flatMap((month, m) => [
      { payerKey, month, amount: base + 700 * m, regionCode: V, ...extra },
      ...(m % 2 === 1
        ? [{ payerKey, month, amount: 1_500, regionCode: V, kind: 'fine' as const, ...extra }]
        : []),
    ]),
  );
  if (!line) return;
  const contributions = await db
    .selectFrom('bill')
    .select(['id', 'month'])
    .where('id', 'in', ids)
    .where('kind', '=', 'contribution')
    .execute();
  await db
    .insertInto('bill_line')
    .values(
      contributions.map((b) => ({
        bill_id: b.id,
        membership_id: line.membershipId,
        participant_id: line.participantId,
        covers_from: b.month,
        covers_to: b.month,
        amount: 0,
      })),
    )
    .execute();
}

/** The same world in either database: employers, people, bills, credit, a reversed payment. */
async function setUp(db: Executor): Promise<string[]> {
  const e1 = await employerIn(db, V);
  const e2 = await employerIn(db, V);
  await changeEmployerStatus(db, ACTOR, e2, { status: 'arrears', from: '2025-02-01' });
  const worker = await enrol(db, V, '2025-01-01', e1);
  const self = await enrol(db, V, '2025-01-01');
  const payers = [
    `employer:${e1}`,
    `employer:${e2}`,
    `participant:${self.id}`,
    'program:government:massal-a',
    'program:government:massal-b',
    'project:77',
    'program:csr:tanpa-tagihan',
  ];
  const [emp1, emp2, person, progA, progB, project] = payers as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  // Credit first: payments made before their bills exist.
  await postPayment(db, actor, {
    idempotencyKey: 'pra-kredit-a',
    payerKey: progA,
    amount: 45_000,
    paidOn: '2024-12-20',
  });
  await postPayment(db, actor, {
    idempotencyKey: 'pra-kredit-e1',
    payerKey: emp1,
    amount: 20_000,
    paidOn: '2024-12-21',
  });
  await billsOf(
    db,
    emp1,
    60_000,
    { employerId: e1, payerKind: 'employer', segment: 'PU' },
    {
      membershipId: worker.membershipId,
      participantId: worker.id,
    },
  );
  await billsOf(db, emp2, 40_000, { employerId: e2, payerKind: 'employer', segment: 'PU' });
  await billsOf(db, person, 16_800, {}, { membershipId: self.membershipId, participantId: self.id });
  await billsOf(db, progA, 30_000, { payerKind: 'government' });
  await billsOf(db, progB, 35_000, { payerKind: 'government' });
  // A project of employer 1 (another payer whose bills weigh on the same employer's standing).
  await billsOf(db, project, 25_000, { employerId: e1, payerKind: 'employer', segment: 'JAKON' });
  await postPayment(db, actor, {
    idempotencyKey: 'pra-sebagian-b',
    payerKey: progB,
    amount: 50_000,
    paidOn: '2025-01-20',
  });
  const reversed = await postPayment(db, actor, {
    idempotencyKey: 'pra-batal',
    payerKey: person,
    amount: 40_000,
    paidOn: '2025-01-22',
  });
  await reversePayment(db, actor, reversed.paymentId, 'salah transfer', '2025-01-25');
  return payers;
}

const STORED: PaymentInput[] = [
  {
    idempotencyKey: 'pra-sebagian-b',
    payerKey: 'program:government:massal-b',
    amount: 50_000,
    paidOn: '2025-01-20',
  },
  {
    idempotencyKey: 'pra-kredit-a',
    payerKey: 'program:government:massal-a',
    amount: 45_000,
    paidOn: '2024-12-20',
  },
];

/** ~90 posts: new payments (partial, exact-ish, over), repeats in the batch and of stored keys, bad input. */
function inputsFor(payers: readonly string[], seed: number): { actor: typeof actor; input: PaymentInput }[] {
  const random = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const dates = [
    '2025-02-10',
    '2025-03-05',
    '2025-03-20',
    '2025-04-01',
    '2025-05-16',
    '2025-06-30',
    '2025-08-01',
  ];
  const reversedReplay = {
    idempotencyKey: 'pra-batal',
    payerKey: payers[2] as string,
    amount: 40_000,
    paidOn: '2025-01-22',
  };
  const posts: { actor: typeof actor; input: PaymentInput }[] = [];
  for (let i = 0; i < 90; i++) {
    const r = random();
    const earlier = posts.filter((p) => p.input.idempotencyKey.startsWith('massal-'));
    let input: PaymentInput;
    if (r < 0.06)
      input = { idempotencyKey: `rusak-${i}`, payerKey: pick(payers), amount: 0, paidOn: '2025-03-01' };
    else if (r < 0.09)
      input = { idempotencyKey: `rusak-${i}`, payerKey: pick(payers), amount: 1_000, paidOn: '2025-02-30' };
    else if (r < 0.19 && earlier.length > 0) input = pick(earlier).input;
    else if (r < 0.24 && earlier.length > 0) input = { ...pick(earlier).input, amount: 7 };
    else if (r < 0.28) input = pick(STORED);
    else if (r < 0.3) input = { ...pick(STORED), reference: 'lain' };
    else if (r < 0.32) input = reversedReplay;
    else {
      const size = random();
      const amount =
        size < 0.5
          ? 5_000 + Math.floor(random() * 20_000)
          : size < 0.85
            ? 30_000 + Math.floor(random() * 60_000)
            : 200_000 + Math.floor(random() * 300_000);
      input = {
        idempotencyKey: `massal-${i}`,
        payerKey: pick(payers),
        amount,
        paidOn: pick(dates),
        channel: 'bank',
      };
    }
    posts.push({ actor: random() < 0.8 ? actor : other, input });
  }
  return posts;
}

/** An outcome with payment ids replaced by keys (the two databases number payments differently). */
function normalize(o: BulkOutcome, keyOf: Map<number, string>) {
  if (!o.ok) return { error: o.error.code };
  const { result, receivedAt, allocations } = o.detail;
  return {
    payment: keyOf.get(result.paymentId),
    replayed: result.replayed,
    allocations: result.allocations,
    unallocated: result.unallocated,
    fresh: receivedAt !== null,
    spent: allocations.map((a) => ({ ...a, paymentId: keyOf.get(a.paymentId) })),
  };
}

/** Everything the posts wrote, with payment ids replaced by their keys. */
async function ledger(db: Executor) {
  const payments = await db.selectFrom('payment').selectAll().orderBy('idempotency_key').execute();
  const keyOf = new Map(payments.map((p) => [Number(p.id), p.idempotency_key]));
  const key = (id: unknown) => keyOf.get(Number(id));
  const allocations = await db.selectFrom('payment_allocation').selectAll().orderBy('id').execute();
  const audit = await db
    .selectFrom('audit_log')
    .select(['action', 'entity', 'entity_id', 'region_code', 'actor', 'actor_role', 'ip', 'before', 'after'])
    .where('action', 'in', ['payment.post', 'employer.status'])
    .orderBy('id')
    .execute();
  const withKeys = (after: unknown) => {
    const a = after as { allocations?: { paymentId: number }[] };
    return a?.allocations
      ? { ...a, allocations: a.allocations.map((x) => ({ ...x, paymentId: key(x.paymentId) })) }
      : a;
  };
  const q = (text: string) =>
    sql
      .raw(text)
      .execute(db)
      .then((r) => r.rows);
  return {
    keyOf,
    payments: payments.map(({ id: _id, received_at: _at, reversed_at, ...p }) => ({
      ...p,
      reversed: reversed_at !== null,
    })),
    // Per payment, its rows in the order they were made.
    allocations: allocations
      .map((a) => ({
        payment: key(a.payment_id),
        bill: Number(a.bill_id),
        amount: Number(a.amount),
        source: a.source,
      }))
      .sort((a, b) => String(a.payment).localeCompare(String(b.payment))),
    bills: await q('select id, paid, settled_on from bill order by id'),
    protectedMonths: await q(
      'select membership_id, month, participant_id, segment, village_code from protected_month order by 1, 2',
    ),
    queue: await q('select month from coverage_refresh_queue order by 1'),
    standing: await q('select employer_id, status, valid_from, valid_to from employer_status order by 1, 3'),
    audit: audit
      .map((a) => ({
        ...a,
        entity_id: a.entity === 'payment' ? key(a.entity_id) : a.entity_id,
        after: withKeys(a.after),
      }))
      .sort((a, b) => `${a.action}${a.entity_id}`.localeCompare(`${b.action}${b.entity_id}`)),
  };
}

describe.each([1, 7, 42])('bulk posting equals posting one by one (seed %i)', (seed) => {
  let one: Database;
  let bulk: Database;
  beforeAll(async () => {
    [one, bulk] = await Promise.all([freshDatabase('base'), freshDatabase('base')]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), bulk?.close()]);
  });

  it('gives every input the same answer and leaves the same ledger', async () => {
    const payers = await setUp(one.db);
    expect(await setUp(bulk.db)).toEqual(payers);
    const posts = inputsFor(payers, seed);
    const sequential: BulkOutcome[] = [];
    for (const p of posts) {
      try {
        const detail = await one.db
          .transaction()
          .execute((trx) => postPaymentDetailed(trx, p.actor, p.input));
        sequential.push({ ok: true, detail });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        sequential.push({ ok: false, error });
      }
    }
    // Three chunks, one of a single post, each its own transaction: the boundaries must not matter.
    const together: BulkOutcome[] = [];
    for (const chunk of [posts.slice(0, 40), posts.slice(40, 41), posts.slice(41)])
      together.push(...(await bulk.db.transaction().execute((trx) => postPaymentsBulk(trx, chunk, null))));

    const [a, b] = await Promise.all([ledger(one.db), ledger(bulk.db)]);
    expect(together.map((o) => normalize(o, b.keyOf))).toEqual(sequential.map((o) => normalize(o, a.keyOf)));
    const { keyOf: _a, ...left } = a;
    const { keyOf: _b, ...right } = b;
    expect(right).toEqual(left);
    // The scenario does what it claims: every kind of answer, credit spent, a history of standing.
    const codes = new Set(
      sequential.map((o) => (o.ok ? (o.detail.result.replayed ? 'replay' : 'posted') : o.error.code)),
    );
    expect([...codes].sort()).toEqual(['IDEMPOTENCY_KEY_REUSED', 'VALIDATION_FAILED', 'posted', 'replay']);
    expect(left.allocations.some((x) => x.source === 'credit')).toBe(true);
    expect(left.audit.some((x) => x.action === 'employer.status')).toBe(true);
  });
});
