import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { BillKind, Fund } from './allocation.rules.ts';
import { FUNDS, type OpenBillRow } from './payments.reads.ts';

/** Advisory-lock class of payers (the second key is `hashtext(payer_key)`); see src/db/locks.ts for others. */
const PAYER_LOCK_CLASS = 7_361_010;
/**
 * The whole payments ledger (class, key 0): every payer lock takes it shared first; a bulk import
 * takes it exclusive instead of one lock per payer ({@link lockAllPayers}).
 */
const LEDGER_LOCK_CLASS = 7_361_011;

export type AllocationSource = 'payment' | 'credit' | 'reversal';

/**
 * Serializes every change to one payer's money: posts, reversals and credit application take this
 * transaction-scoped lock first, so two of them never read the same open bills. A hash collision only
 * makes two payers queue together. Works on PGlite too (one session: the lock is simply free).
 */
export async function lockPayer(trx: Executor, payerKey: string): Promise<void> {
  await lockPayers(trx, [payerKey]);
}

/**
 * Takes the locks of several payers in one statement, in ascending order of their lock keys, after
 * the ledger lock (shared), so two batches can never wait on each other in a cycle (the aggregate reads
 * the ordered subquery in order).
 */
export async function lockPayers(trx: Executor, payerKeys: readonly string[]): Promise<void> {
  await sql`select count(case when o.ledger then pg_advisory_xact_lock_shared(o.c, o.h)::text
        else pg_advisory_xact_lock(o.c, o.h)::text end)
    from (select true as ledger, ${LEDGER_LOCK_CLASS}::int as c, 0 as h
          union all
          select * from (select distinct false, ${PAYER_LOCK_CLASS}::int, hashtext(k)
            from unnest(${[...payerKeys]}::text[]) as k) as payers
          order by 1 desc, 3) as o`.execute(trx);
}

/**
 * Locks every payer at once, for a transaction that posts to more payers than it could lock one by
 * one: a transaction holds at most a few thousand locks (`max_locks_per_transaction` × connections,
 * shared by the whole server), and a national import touches millions of payers ("out of shared
 * memory"). Posts, reversals and credit of other transactions wait until it ends. Take it before
 * any payer lock in the transaction (a shared lock held first could not be raised without risk of
 * deadlock).
 */
export async function lockAllPayers(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LEDGER_LOCK_CLASS}::int, 0)`.execute(trx);
}

export interface NewPayment {
  idempotency_key: string;
  request_sha256: string;
  payer_key: string;
  amount: number;
  paid_on: string;
  channel: string | null;
  reference: string | null;
  actor: string;
  import_id: number | null;
}

/**
 * In one statement (one round trip; the caller holds the payer lock, so the snapshot is current):
 * inserts the payment unless its idempotency key exists (`inserted` null: the caller reads the existing
 * one), and reads the payer's open bills and the unallocated money of its earlier payments. The new
 * payment is not among the funds (a statement does not see its own insert): the caller adds it.
 */
export async function insertPaymentReading(
  trx: Executor,
  row: NewPayment,
): Promise<{ inserted: { id: number; receivedAt: Date } | null; bills: OpenBillRow[]; funds: Fund[] }> {
  const result = await sql<{
    inserted: { id: number; received_at: string } | null;
    bills: {
      id: number;
      month: string;
      kind: BillKind;
      amount: number;
      paid: number;
      employer_id: number | null;
      region_code: string;
    }[];
    funds: { id: number; paid_on: string; available: number }[];
  }>`
    with ins as (
      insert into payment (idempotency_key, request_sha256, payer_key, amount, paid_on, channel, reference, actor, import_id)
      values (${row.idempotency_key}, ${row.request_sha256}, ${row.payer_key}, ${row.amount}, ${row.paid_on}::date,
              ${row.channel}, ${row.reference}, ${row.actor}, ${row.import_id})
      on conflict (idempotency_key) do nothing
      returning id, received_at
    )
    select
      (select json_build_object('id', id, 'received_at', received_at) from ins) as inserted,
      coalesce((select json_agg(json_build_object('id', b.id, 'month', b.month, 'kind', b.kind, 'amount', b.amount,
          'paid', b.paid, 'employer_id', b.employer_id, 'region_code', b.region_code))
        from bill b where b.payer_key = ${row.payer_key} and b.paid < b.amount), '[]'::json) as bills,
      coalesce((select json_agg(json_build_object('id', f.id, 'paid_on', f.paid_on, 'available', f.available) order by f.id)
        from (${FUNDS(row.payer_key)}) f), '[]'::json) as funds`.execute(trx);
  const r = result.rows[0];
  if (!r) throw new Error('insertPaymentReading returned no row');
  return {
    inserted: r.inserted ? { id: Number(r.inserted.id), receivedAt: new Date(r.inserted.received_at) } : null,
    bills: r.bills.map((b) => ({
      id: Number(b.id),
      month: b.month,
      kind: b.kind,
      amount: Number(b.amount),
      paid: Number(b.paid),
      employerId: b.employer_id,
      regionCode: b.region_code,
    })),
    funds: r.funds.map((f) => ({
      paymentId: Number(f.id),
      paidOn: f.paid_on,
      available: Number(f.available),
    })),
  };
}

/**
 * In one statement: appends the allocation rows and moves `bill.paid` by each bill's delta. A bill that
 * reaches its amount is settled on the given date; one that falls below it is no longer settled. The
 * table's check `paid between 0 and amount` refuses any over- or under-payment outright.
 */
export async function recordAllocations(
  trx: Executor,
  rows: readonly { paymentId: number; billId: number; amount: number; source: AllocationSource }[],
  deltas: readonly { billId: number; amount: number; settledOn: string | null }[],
): Promise<{ id: number; employerId: number | null; settled: boolean }[]> {
  if (rows.length === 0) return [];
  const result = await sql<{ id: number; employer_id: number | null; settled: boolean }>`
    with allocated as (
      insert into payment_allocation (payment_id, bill_id, amount, source)
      select * from unnest(${rows.map((r) => r.paymentId)}::bigint[], ${rows.map((r) => r.billId)}::bigint[],
        ${rows.map((r) => r.amount)}::bigint[], ${rows.map((r) => r.source)}::text[])
    )
    update bill b
    set paid = b.paid + v.delta,
        settled_on = case when b.paid + v.delta = b.amount then coalesce(v.settled_on, b.settled_on) end
    from unnest(${deltas.map((d) => d.billId)}::bigint[], ${deltas.map((d) => d.amount)}::bigint[],
      ${deltas.map((d) => d.settledOn)}::date[]) as v (id, delta, settled_on)
    where b.id = v.id
    returning b.id, b.employer_id, b.paid = b.amount as settled`.execute(trx);
  return result.rows.map((r) => ({ id: Number(r.id), employerId: r.employer_id, settled: r.settled }));
}

export async function markReversed(trx: Executor, id: number, by: string, reason: string): Promise<Date> {
  const row = await trx
    .updateTable('payment')
    .set({ reversed_at: sql<Date>`now()`, reversed_by: by, reversal_reason: reason })
    .where('id', '=', id)
    .returning('reversed_at')
    .executeTakeFirstOrThrow();
  return row.reversed_at as Date;
}
