import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.repo.ts';
import { type Actor, systemActor } from '../auth/actor.ts';
import { commonAncestor } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { isIsoDate } from '../shared/dates.ts';
import { type Bilingual, validationFailed } from '../shared/errors.ts';
import { sumOf } from './allocation.rules.ts';
import { idempotencyKeyReused } from './payments.errors.ts';
import { type SpentAllocation, spend, spendOnOpenBills } from './payments.ledger.ts';
import { allocationsOf, billRegionsOf, findPaymentByKey } from './payments.reads.ts';
import { insertPaymentReading, lockPayer } from './payments.repo.ts';

export { reversePayment } from './payments.reversal.ts';

export interface PaymentInput {
  readonly idempotencyKey: string;
  /** `employer:<id>`, `participant:<id>`, `program:<payer_kind>:<payer_ref>`, `project:<id>`, `placement:<membership id>`. */
  readonly payerKey: string;
  readonly amount: number;
  /** ISO date the money was paid. */
  readonly paidOn: string;
  readonly channel?: string | null;
  readonly reference?: string | null;
}

export interface PaymentResult {
  readonly paymentId: number;
  /** True when the idempotency key was already posted with the same request (nothing changed). */
  readonly replayed: boolean;
  readonly allocations: { billId: number; amount: number }[];
  /** What was left after every open bill: the payer's credit. */
  readonly unallocated: number;
}

/** A fresh post as the route shows it without reading it back: when it was received, where it went. */
export interface PostedDetail {
  readonly result: PaymentResult;
  readonly receivedAt: Date | null;
  readonly allocations: SpentAllocation[];
}

const MAX_AMOUNT = 1_000_000_000_000_000; // Rp1 kuadriliun: far above any bill, far below 2^53

/** `kind:rest`, at most 250 characters, no control characters (it is shown in lists and the audit log). */
const isPayerKey = (key: string): boolean =>
  /^[a-z]+:./.test(key) && key.length <= 250 && ![...key].some((c) => (c.codePointAt(0) ?? 0) < 0x20);

/** What is wrong with an input before anything is written (the set-based post checks the same). */
export function inputProblems(input: PaymentInput): Bilingual[] {
  const problems: Bilingual[] = [];
  if (!/^[\x21-\x7e]{1,200}$/.test(input.idempotencyKey))
    problems.push({
      id: 'Kunci idempoten: 1–200 karakter ASCII tanpa spasi',
      en: 'Idempotency key: 1–200 ASCII characters without spaces',
    });
  if (!isPayerKey(input.payerKey))
    problems.push({
      id: `Kunci pembayar tidak valid: ${input.payerKey}`,
      en: `Invalid payer key: ${input.payerKey}`,
    });
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > MAX_AMOUNT)
    problems.push({
      id: 'Jumlah harus rupiah bulat positif',
      en: 'The amount must be a positive whole rupiah',
    });
  if (!isIsoDate(input.paidOn))
    problems.push({
      id: `Tanggal bayar tidak ada: ${input.paidOn}`,
      en: `No such payment date: ${input.paidOn}`,
    });
  return problems;
}

/** sha256 of the canonical request: the fields in a fixed order, absent optional fields as null. */
export function requestSha256(input: PaymentInput): string {
  const canonical = JSON.stringify([
    input.idempotencyKey,
    input.payerKey,
    input.amount,
    input.paidOn,
    input.channel ?? null,
    input.reference ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

async function replayOf(trx: Executor, input: PaymentInput, sha: string): Promise<PaymentResult> {
  const existing = await findPaymentByKey(trx, input.idempotencyKey);
  if (!existing) throw new Error(`payment with key ${input.idempotencyKey} vanished during the replay`);
  if (existing.request_sha256 !== sha) throw idempotencyKeyReused(input.idempotencyKey);
  const posted = (await allocationsOf(trx, [existing.id])).filter((a) => a.source === 'payment');
  return {
    paymentId: existing.id,
    replayed: true,
    allocations: posted.map((a) => ({ billId: a.billId, amount: a.amount })),
    unallocated: existing.amount - sumOf(posted),
  };
}

/**
 * {@link postPaymentIn} with what the route needs (`payerLocked`: the caller already holds the payer
 * lock, as a batch does) to answer without reading the payment back. Round
 * trips: the lock; one statement that inserts and reads the open bills and credit; one that writes the
 * allocations and moves the bills; protection (when a bill settles); the audit row.
 */
export async function postPaymentDetailed(
  trx: Executor,
  actor: Actor,
  input: PaymentInput,
  importId?: number | null,
  payerLocked = false,
): Promise<PostedDetail> {
  const problems = inputProblems(input);
  if (problems.length > 0) throw validationFailed(problems);
  const sha = requestSha256(input);
  if (!payerLocked) await lockPayer(trx, input.payerKey);
  const { inserted, bills, funds } = await insertPaymentReading(trx, {
    idempotency_key: input.idempotencyKey,
    request_sha256: sha,
    payer_key: input.payerKey,
    amount: input.amount,
    paid_on: input.paidOn,
    channel: input.channel ?? null,
    reference: input.reference ?? null,
    actor: actor.label,
    import_id: importId ?? null,
  });
  if (inserted === null)
    return { result: await replayOf(trx, input, sha), receivedAt: null, allocations: [] };
  const id = inserted.id;
  const allFunds = [...funds, { paymentId: id, paidOn: input.paidOn, available: input.amount }];
  const spent = bills.length > 0 ? await spend(trx, bills, allFunds, input.paidOn, id) : null;
  const applied = spent?.allocations ?? [];
  const mine = applied.filter((a) => a.paymentId === id);
  const unallocated = input.amount - sumOf(mine);
  const regions =
    applied.length > 0 ? applied.map((a) => a.regionCode) : await billRegionsOf(trx, input.payerKey);
  await recordAudit(trx, actor, {
    action: 'payment.post',
    entity: 'payment',
    entityId: id,
    regionCode: regions.length > 0 ? commonAncestor(regions) : null,
    after: {
      ...input,
      importId: importId ?? null,
      allocations: applied.map(({ paymentId, billId, amount }) => ({ paymentId, billId, amount })),
      unallocated,
    },
  });
  const result = {
    paymentId: id,
    replayed: false,
    allocations: mine.map((a) => ({ billId: a.billId, amount: a.amount })),
    unallocated,
  };
  return { result, receivedAt: inserted.receivedAt, allocations: mine };
}

/**
 * Posts one payment inside the caller's transaction (the import runs many in one). The same key with
 * the same request answers the original result (`replayed`, nothing changes); with another request,
 * 409 `IDEMPOTENCY_KEY_REUSED`. Posts of one payer queue on its lock; the key is taken with
 * `insert … on conflict do nothing`, so two racing posts of one key store it once.
 *
 * @example postPaymentIn(trx, actor, { idempotencyKey: 'bank-77', payerKey: 'participant:5', amount: 50_000, paidOn: '2025-03-10' })
 * // open bills Jan 36.800 and Feb 36.800: Jan settled (36.800), Feb partial (50.000 − 36.800 = 13.200), unallocated 0
 */
export async function postPaymentIn(
  trx: Executor,
  actor: Actor,
  input: PaymentInput,
  importId?: number | null,
): Promise<PaymentResult> {
  return (await postPaymentDetailed(trx, actor, input, importId)).result;
}

/** Posts one payment in its own transaction. */
export function postPayment(db: Executor, actor: Actor, input: PaymentInput): Promise<PaymentResult> {
  return db.transaction().execute((trx) => postPaymentIn(trx, actor, input));
}

const CREDIT_ACTOR = systemActor('sistem:kredit');

/**
 * Applies the payer's credit (unallocated money of payments not reversed) to its open bills, oldest
 * first. Billing calls it after creating bills; posting and reversal do it on their own. Audited as
 * `payment.credit` when anything moved.
 */
export async function applyCredit(
  trx: Executor,
  payerKey: string,
  asOf: string,
  actor: Actor = CREDIT_ACTOR,
): Promise<{
  allocations: { paymentId: number; billId: number; amount: number }[];
  settledBillIds: number[];
}> {
  await lockPayer(trx, payerKey);
  const spent = await spendOnOpenBills(trx, payerKey, asOf);
  const allocations = spent.allocations.map(({ paymentId, billId, amount }) => ({
    paymentId,
    billId,
    amount,
  }));
  if (allocations.length > 0) {
    await recordAudit(trx, actor, {
      action: 'payment.credit',
      entity: 'payer',
      entityId: payerKey,
      regionCode: commonAncestor(spent.allocations.map((a) => a.regionCode)),
      after: { asOf, allocations },
    });
  }
  return { allocations, settledBillIds: spent.settledBillIds };
}
