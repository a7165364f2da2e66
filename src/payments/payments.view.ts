import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';
import { groupBy } from '../shared/collections.ts';
import { AppError } from '../shared/errors.ts';
import { sumOf } from './allocation.rules.ts';
import { requirePayerVisible } from './payer.access.ts';
import { paymentNotFound } from './payments.errors.ts';
import {
  type AllocationRow,
  allocationsOf,
  billTotalsOf,
  findPayment,
  fundsOf,
  listPaymentsOf,
  type PaymentRow,
} from './payments.reads.ts';
import type { AllocationSource } from './payments.repo.ts';

export interface PaymentView {
  id: number;
  idempotencyKey: string;
  payerKey: string;
  amount: number;
  paidOn: string;
  channel: string | null;
  reference: string | null;
  receivedAt: string;
  reversed: boolean;
  reversedAt: string | null;
  reversalReason: string | null;
  /** Net of every allocation row (0 once reversed). */
  allocated: number;
  /** Money of this payment not on any bill: part of the payer's credit (0 once reversed). */
  unallocated: number;
  /** Every row in the order made: postings, later credit, and the negative rows of a reversal. */
  allocations: { billId: number; month: string; kind: string; amount: number; source: AllocationSource }[];
}

export function paymentView(p: PaymentRow, rows: readonly AllocationRow[]): PaymentView {
  const allocated = sumOf(rows);
  return {
    id: p.id,
    idempotencyKey: p.idempotency_key,
    payerKey: p.payer_key,
    amount: p.amount,
    paidOn: p.paid_on,
    channel: p.channel,
    reference: p.reference,
    receivedAt: p.received_at.toISOString(),
    reversed: p.reversed_at !== null,
    reversedAt: p.reversed_at?.toISOString() ?? null,
    reversalReason: p.reversal_reason,
    allocated,
    unallocated: p.reversed_at === null ? p.amount - allocated : 0,
    allocations: rows.map((r) => ({
      billId: r.billId,
      month: r.month.slice(0, 7),
      kind: r.kind,
      amount: r.amount,
      source: r.source,
    })),
  };
}

/** One payment with its allocations, when its payer is visible to the actor (else 404 like a missing one). */
export async function getPayment(db: Executor, actor: Actor, id: number): Promise<PaymentView> {
  const payment = await findPayment(db, id);
  if (!payment) throw paymentNotFound(id);
  try {
    await requirePayerVisible(db, actor, payment.payer_key);
  } catch (error) {
    // A payer out of sight hides its payments too: the answer names the payment, not the payer.
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw paymentNotFound(id);
    throw error;
  }
  return paymentView(payment, await allocationsOf(db, [id]));
}

/** A visible payer's payments, newest first (at most `limit`), optionally between two paid-on dates. */
export async function listPayments(
  db: Executor,
  actor: Actor,
  filter: { payerKey: string; from?: string | undefined; to?: string | undefined; limit: number },
): Promise<PaymentView[]> {
  await requirePayerVisible(db, actor, filter.payerKey);
  const payments = await listPaymentsOf(db, filter.payerKey, filter);
  const rows = groupBy(
    await allocationsOf(
      db,
      payments.map((p) => p.id),
    ),
    (r) => r.paymentId,
  );
  return payments.map((p) => paymentView(p, rows.get(p.id) ?? []));
}

export interface PayerBalance {
  payerKey: string;
  /** Σ of the payer's bills. */
  billed: number;
  /** Σ `bill.paid`: what the allocations put on them. */
  paid: number;
  /** billed − paid. */
  outstanding: number;
  /** Σ unallocated money of payments not reversed. */
  credit: number;
  /** How many bills are not fully paid. */
  openBills: number;
}

export async function payerBalance(db: Executor, actor: Actor, payerKey: string): Promise<PayerBalance> {
  await requirePayerVisible(db, actor, payerKey);
  const totals = await billTotalsOf(db, payerKey);
  const funds = await fundsOf(db, payerKey);
  return {
    payerKey,
    billed: totals.billed,
    paid: totals.paid,
    outstanding: totals.billed - totals.paid,
    credit: funds.reduce((n, f) => n + f.available, 0),
    openBills: totals.open,
  };
}
