import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { BillKind, Fund, OpenBill } from './allocation.rules.ts';
import type { AllocationSource } from './payments.repo.ts';

/** The payments' reads (the writes and the payer lock are in payments.repo.ts). */

export interface PaymentRow {
  id: number;
  idempotency_key: string;
  request_sha256: string;
  payer_key: string;
  amount: number;
  paid_on: string;
  channel: string | null;
  reference: string | null;
  actor: string;
  import_id: number | null;
  received_at: Date;
  reversed_at: Date | null;
  reversed_by: string | null;
  reversal_reason: string | null;
}

export interface OpenBillRow extends OpenBill {
  readonly employerId: number | null;
  readonly regionCode: string;
}

export interface AllocationRow {
  paymentId: number;
  billId: number;
  month: string;
  kind: BillKind;
  amount: number;
  source: AllocationSource;
}

/** Payments of the payer not reversed with money left, and how much: the payer's credit, by payment. */
export const FUNDS = (payerKey: string) => sql`
  select p.id, p.paid_on, p.amount - coalesce(sum(a.amount), 0) as available
  from payment p left join payment_allocation a on a.payment_id = p.id
  where p.payer_key = ${payerKey} and p.reversed_at is null
  group by p.id
  having p.amount > coalesce(sum(a.amount), 0)`;

const PAYMENT_COLUMNS = [
  'id',
  'idempotency_key',
  'request_sha256',
  'payer_key',
  'amount',
  'paid_on',
  'channel',
  'reference',
  'actor',
  'import_id',
  'received_at',
  'reversed_at',
  'reversed_by',
  'reversal_reason',
] as const;

export async function findPaymentByKey(db: Executor, key: string): Promise<PaymentRow | undefined> {
  return db
    .selectFrom('payment')
    .select(PAYMENT_COLUMNS)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findPayment(
  db: Executor,
  id: number,
  forUpdate = false,
): Promise<PaymentRow | undefined> {
  const query = db.selectFrom('payment').select(PAYMENT_COLUMNS).where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export async function listPaymentsOf(
  db: Executor,
  payerKey: string,
  range: { from?: string | undefined; to?: string | undefined; limit: number },
): Promise<PaymentRow[]> {
  let query = db.selectFrom('payment').select(PAYMENT_COLUMNS).where('payer_key', '=', payerKey);
  if (range.from) query = query.where('paid_on', '>=', range.from);
  if (range.to) query = query.where('paid_on', '<=', range.to);
  return query.orderBy('paid_on', 'desc').orderBy('id', 'desc').limit(range.limit).execute();
}

/** The payer's bills not yet fully paid, in no particular order (the rule orders them). */
export async function openBillsOf(trx: Executor, payerKey: string): Promise<OpenBillRow[]> {
  const rows = await trx
    .selectFrom('bill')
    .select(['id', 'month', 'kind', 'amount', 'paid', 'employer_id', 'region_code'])
    .where('payer_key', '=', payerKey)
    .where(sql<boolean>`paid < amount`)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    month: r.month,
    kind: r.kind,
    amount: Number(r.amount),
    paid: Number(r.paid),
    employerId: r.employer_id,
    regionCode: r.region_code,
  }));
}

/** Unallocated money of the payer's payments not reversed, oldest payment first. */
export async function fundsOf(trx: Executor, payerKey: string): Promise<Fund[]> {
  const rows = await sql<{
    id: number;
    paid_on: string;
    available: number;
  }>`${FUNDS(payerKey)} order by p.id`.execute(trx);
  return rows.rows.map((r) => ({
    paymentId: Number(r.id),
    paidOn: r.paid_on,
    available: Number(r.available),
  }));
}

/** Allocation rows of some payments with their bill's month and kind, in the order they were made. */
export async function allocationsOf(db: Executor, paymentIds: readonly number[]): Promise<AllocationRow[]> {
  if (paymentIds.length === 0) return [];
  const rows = await db
    .selectFrom('payment_allocation as a')
    .innerJoin('bill as b', 'b.id', 'a.bill_id')
    .select(['a.payment_id', 'a.bill_id', 'b.month', 'b.kind', 'a.amount', 'a.source'])
    .where('a.payment_id', 'in', [...paymentIds])
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    paymentId: Number(r.payment_id),
    billId: Number(r.bill_id),
    month: r.month,
    kind: r.kind,
    amount: Number(r.amount),
    source: r.source,
  }));
}

/** Σ billed and Σ paid of the payer's bills, and how many are still open. */
export async function billTotalsOf(
  db: Executor,
  payerKey: string,
): Promise<{ billed: number; paid: number; open: number }> {
  const row = await db
    .selectFrom('bill')
    .select([
      sql<number>`coalesce(sum(amount), 0)`.as('billed'),
      sql<number>`coalesce(sum(paid), 0)`.as('paid'),
      sql<number>`count(*) filter (where paid < amount)`.as('open'),
    ])
    .where('payer_key', '=', payerKey)
    .executeTakeFirstOrThrow();
  return { billed: Number(row.billed), paid: Number(row.paid), open: Number(row.open) };
}

/** Distinct regions of the payer's bills (the payer's place for scope checks). */
export async function billRegionsOf(db: Executor, payerKey: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bill')
    .select('region_code')
    .distinct()
    .where('payer_key', '=', payerKey)
    .execute();
  return rows.map((r) => r.region_code);
}
