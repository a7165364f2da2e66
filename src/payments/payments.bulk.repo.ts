import { sql } from 'kysely';
import { type Actor, systemActor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import type { BillKind, Fund } from './allocation.rules.ts';
import type { OpenBillRow } from './payments.reads.ts';
import type { AllocationSource, NewPayment } from './payments.repo.ts';
import type { OpenStanding, StandingReplay } from './payments.standing.rules.ts';

/** The set-based post's SQL (issue 8): each function is one statement for any number of payments. */

export interface BatchBill extends OpenBillRow {
  readonly payerKey: string;
  readonly dueOn: string;
  /** Only a bill with lines protects months when settled (fines have none). */
  readonly hasLines: boolean;
}

export interface BatchFund extends Fund {
  readonly payerKey: string;
}

export interface BatchReading {
  /** Inserted payments by idempotency key (a key already stored is absent). */
  readonly inserted: Map<string, { id: number; receivedAt: Date }>;
  readonly bills: BatchBill[];
  readonly funds: BatchFund[];
  /** Distinct regions of each payer's bills, settled ones included. */
  readonly regions: Map<string, string[]>;
}

/**
 * In one statement (the caller holds the payers' locks): inserts the payments in the order given (so
 * their ids grow in that order: the oldest-payment-first rule sees them as the sequential path does),
 * skipping keys already stored, and reads the payers' open bills and the credit of their earlier
 * payments, and the regions of all their bills. The new payments are not among the funds: a statement
 * does not see its own insert.
 */
export async function insertPaymentsReading(
  trx: Executor,
  rows: readonly NewPayment[],
  payerKeys: readonly string[],
): Promise<BatchReading> {
  const column = <K extends keyof NewPayment>(k: K) => rows.map((r) => r[k]);
  const payers = sql`${[...new Set(payerKeys)]}::text[]`;
  const result = await sql<{
    inserted: { id: number; key: string; received_at: string }[];
    bills: {
      id: number;
      payer_key: string;
      month: string;
      kind: BillKind;
      amount: number;
      paid: number;
      employer_id: number | null;
      region_code: string;
      due_on: string;
      has_lines: boolean;
    }[];
    funds: { id: number; payer_key: string; paid_on: string; available: number }[];
    regions: Record<string, string[]>;
  }>`
    with ins as (
      insert into payment (idempotency_key, request_sha256, payer_key, amount, paid_on, channel, reference, actor, import_id)
      select u.k, u.sha, u.payer, u.amount, u.paid_on, u.channel, u.reference, u.actor, u.import_id
      from unnest(${column('idempotency_key')}::text[], ${column('request_sha256')}::text[], ${column('payer_key')}::text[],
        ${column('amount')}::bigint[], ${column('paid_on')}::date[], ${column('channel')}::text[],
        ${column('reference')}::text[], ${column('actor')}::text[], ${column('import_id')}::bigint[])
        with ordinality as u (k, sha, payer, amount, paid_on, channel, reference, actor, import_id, ord)
      order by u.ord
      on conflict (idempotency_key) do nothing
      returning id, idempotency_key, received_at
    )
    select
      coalesce((select json_agg(json_build_object('id', id, 'key', idempotency_key, 'received_at', received_at))
        from ins), '[]'::json) as inserted,
      coalesce((select json_agg(json_build_object('id', b.id, 'payer_key', b.payer_key, 'month', b.month,
          'kind', b.kind, 'amount', b.amount, 'paid', b.paid, 'employer_id', b.employer_id,
          'region_code', b.region_code, 'due_on', b.due_on,
          'has_lines', exists (select 1 from bill_line l where l.bill_id = b.id)))
        from bill b where b.payer_key = any(${payers}) and b.paid < b.amount), '[]'::json) as bills,
      -- Driven by the payers' payments, each summing its own rows by index: the plan stays linear even
      -- when the statistics lag far behind (an import inserts millions of rows in one transaction).
      coalesce((select json_agg(json_build_object('id', p.id, 'payer_key', p.payer_key, 'paid_on', p.paid_on,
          'available', p.amount - s.allocated) order by p.id)
        from payment p cross join lateral (
          select coalesce(sum(a.amount), 0) as allocated from payment_allocation a where a.payment_id = p.id) s
        where p.payer_key = any(${payers}) and p.reversed_at is null and p.amount > s.allocated), '[]'::json) as funds,
      -- Every bill's region, settled ones too: the audit's region of a payment that allocates nothing.
      coalesce((select json_object_agg(r.payer_key, r.regions) from (
          select b.payer_key, array_agg(distinct b.region_code) as regions from bill b
          where b.payer_key = any(${payers}) group by b.payer_key) r), '{}'::json) as regions`.execute(trx);
  const r = result.rows[0];
  if (!r) throw new Error('insertPaymentsReading returned no row');
  return {
    inserted: new Map(
      r.inserted.map((i) => [i.key, { id: Number(i.id), receivedAt: new Date(i.received_at) }]),
    ),
    bills: r.bills.map((b) => ({
      id: Number(b.id),
      payerKey: b.payer_key,
      month: b.month,
      kind: b.kind,
      amount: Number(b.amount),
      paid: Number(b.paid),
      employerId: b.employer_id,
      regionCode: b.region_code,
      dueOn: b.due_on,
      hasLines: b.has_lines,
    })),
    funds: r.funds.map((f) => ({
      paymentId: Number(f.id),
      payerKey: f.payer_key,
      paidOn: f.paid_on,
      available: Number(f.available),
    })),
    regions: new Map(Object.entries(r.regions)),
  };
}

export interface StoredPayment {
  readonly id: number;
  readonly requestSha256: string;
  readonly amount: number;
  /** Its own `payment` rows, in the order they were made (what a replay answers). */
  readonly posted: { billId: number; amount: number }[];
}

/** Stored payments by idempotency key, with their `payment` rows (for replays and reused keys). */
export async function paymentsByKeys(
  trx: Executor,
  keys: readonly string[],
): Promise<Map<string, StoredPayment>> {
  if (keys.length === 0) return new Map();
  const { rows } = await sql<{
    id: number;
    key: string;
    sha: string;
    amount: number;
    posted: { bill_id: number; amount: number }[];
  }>`
    select p.id, p.idempotency_key as key, p.request_sha256 as sha, p.amount,
      coalesce(json_agg(json_build_object('bill_id', a.bill_id, 'amount', a.amount) order by a.id)
        filter (where a.source = 'payment'), '[]'::json) as posted
    from payment p left join payment_allocation a on a.payment_id = p.id
    where p.idempotency_key = any(${[...keys]}::text[])
    group by p.id`.execute(trx);
  return new Map(
    rows.map((r) => [
      r.key,
      {
        id: Number(r.id),
        requestSha256: r.sha,
        amount: Number(r.amount),
        posted: r.posted.map((a) => ({ billId: Number(a.bill_id), amount: Number(a.amount) })),
      },
    ]),
  );
}

/**
 * The employers' open status ranges, locked as refreshEmployerStanding locks them, and the earliest
 * due date of their open bills of payers outside the batch (those the batch cannot settle).
 */
export async function openStandings(
  trx: Executor,
  employerIds: readonly number[],
  batchPayers: readonly string[],
): Promise<{ opens: OpenStanding[]; otherDue: Map<number, string> }> {
  const { rows } = await sql<OpenStanding & { otherDue: string | null }>`
    select s.employer_id as "employerId", s.status, s.valid_from as "validFrom", e.village_code as "villageCode",
      (select min(b.due_on) from bill b where b.employer_id = s.employer_id and b.paid < b.amount
        and b.payer_key <> all(${[...batchPayers]}::text[])) as "otherDue"
    from employer_status s join employer e on e.id = s.employer_id
    where s.employer_id = any(${[...employerIds]}::int[]) and s.valid_to is null
    order by s.employer_id
    for update of s`.execute(trx);
  const otherDue = new Map<number, string>();
  for (const r of rows) if (r.otherDue !== null) otherDue.set(r.employerId, r.otherDue);
  return { opens: rows, otherDue };
}

/** The actor refreshEmployerStanding records (src/billing/standing.ts). */
const STANDING_ACTOR = systemActor('system:billing-standing');

/** Writes a standing replay: ranges changed or ended, new ranges, one audit entry per change. */
export async function writeStanding(trx: Executor, replay: StandingReplay): Promise<void> {
  const { updated, inserted, audits } = replay;
  if (updated.length > 0)
    await sql`
      update employer_status s set status = u.status, valid_to = u.valid_to
      from unnest(${updated.map((r) => r.employerId)}::int[], ${updated.map((r) => r.validFrom)}::date[],
        ${updated.map((r) => r.status)}::text[], ${updated.map((r) => r.validTo)}::date[])
        as u (id, valid_from, status, valid_to)
      where s.employer_id = u.id and s.valid_from = u.valid_from`.execute(trx);
  if (inserted.length > 0)
    await sql`
      insert into employer_status (employer_id, status, valid_from, valid_to)
      select * from unnest(${inserted.map((r) => r.employerId)}::int[], ${inserted.map((r) => r.status)}::text[],
        ${inserted.map((r) => r.validFrom)}::date[], ${inserted.map((r) => r.validTo)}::date[])`.execute(trx);
  if (audits.length > 0)
    await sql`
      insert into audit_log (actor_id, actor, actor_role, action, entity, entity_id, region_code, before, after)
      select null, ${STANDING_ACTOR.label}, ${STANDING_ACTOR.role}, 'employer.status', 'employer', u.id, u.region,
        u.before::jsonb, u.after::jsonb
      from unnest(${audits.map((a) => String(a.employerId))}::text[], ${audits.map((a) => a.villageCode)}::text[],
        ${audits.map((a) => JSON.stringify(a.before))}::text[], ${audits.map((a) => JSON.stringify(a.after))}::text[])
        as u (id, region, before, after)`.execute(trx);
}

export interface PostAudit {
  readonly actor: Actor;
  readonly paymentId: number;
  readonly regionCode: string | null;
  readonly after: unknown;
}

/**
 * In one statement: the allocation rows, each bill's delta (settled on the given date when it reaches
 * its amount, as `recordAllocations` does) and one `payment.post` audit entry per payment, as
 * `recordAudit` writes it. Bills only ever rise here, so the table's check `paid between 0 and amount`
 * is the guard against over-payment.
 */
export async function writePostings(
  trx: Executor,
  rows: readonly { paymentId: number; billId: number; amount: number; source: AllocationSource }[],
  deltas: readonly { billId: number; amount: number; settledOn: string | null }[],
  audits: readonly PostAudit[],
): Promise<void> {
  await sql`
    with allocated as (
      insert into payment_allocation (payment_id, bill_id, amount, source)
      select * from unnest(${rows.map((r) => r.paymentId)}::bigint[], ${rows.map((r) => r.billId)}::bigint[],
        ${rows.map((r) => r.amount)}::bigint[], ${rows.map((r) => r.source)}::text[])
    ), moved as (
      update bill b
      set paid = b.paid + v.delta,
          settled_on = case when b.paid + v.delta = b.amount then coalesce(v.settled_on, b.settled_on) end
      from unnest(${deltas.map((d) => d.billId)}::bigint[], ${deltas.map((d) => d.amount)}::bigint[],
        ${deltas.map((d) => d.settledOn)}::date[]) as v (id, delta, settled_on)
      where b.id = v.id
      returning b.id
    ), audited as (
      insert into audit_log (at, actor_id, actor, actor_role, action, entity, entity_id, region_code, before, after, reason, ip)
      select now(), u.actor_id, u.actor, u.role, 'payment.post', 'payment', u.id, u.region, null, u.after::jsonb, null, u.ip
      from unnest(${audits.map((e) => e.actor.userId)}::int[], ${audits.map((e) => e.actor.label)}::text[],
        ${audits.map((e) => e.actor.role)}::text[], ${audits.map((e) => String(e.paymentId))}::text[],
        ${audits.map((e) => e.regionCode)}::text[], ${audits.map((e) => JSON.stringify(e.after))}::text[],
        ${audits.map((e) => e.actor.ip)}::text[]) with ordinality as u (actor_id, actor, role, id, region, after, ip, ord)
      order by u.ord
      returning id
    )
    select (select count(*) from moved) as moved, (select count(*) from audited) as audited`.execute(trx);
}
