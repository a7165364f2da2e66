import type { Actor } from '../auth/actor.ts';
import { commonAncestor } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { protectBills } from '../protection/protection.service.ts';
import { type AppError, validationFailed } from '../shared/errors.ts';
import { sumOf } from './allocation.rules.ts';
import {
  type BatchBill,
  type BatchReading,
  insertPaymentsReading,
  openStandings,
  type PostAudit,
  paymentsByKeys,
  writePostings,
  writeStanding,
} from './payments.bulk.repo.ts';
import { type BulkPlan, planBulk } from './payments.bulk.rules.ts';
import { idempotencyKeyReused } from './payments.errors.ts';
import type { SpentAllocation } from './payments.ledger.ts';
import { type lockAllPayers, lockPayers } from './payments.repo.ts';
import { inputProblems, type PaymentInput, type PostedDetail, requestSha256 } from './payments.service.ts';
import { replayStanding, standingEvents } from './payments.standing.rules.ts';

export interface BulkPost {
  readonly actor: Actor;
  readonly input: PaymentInput;
}

/** Per input: what `postPaymentDetailed` answers, or the error it throws (which then wrote nothing). */
export type BulkOutcome = { ok: true; detail: PostedDetail } | { ok: false; error: AppError };

interface Checked extends BulkPost {
  readonly index: number;
  readonly sha: string;
}

/**
 * Posts many payments in one transaction in a constant number of statements (issue 8), with exactly
 * the outcome of posting them one by one in the order given with {@link postPaymentDetailed}: the
 * same rows, labels, settlements, protection, standing history and audit entries (why: the comment
 * of payments.bulk.rules.ts). Statements: the payers' locks (in lock-key order); insert + open bills +
 * credit + regions; allocation rows + bill deltas + audit rows; protection (only when a bill with lines settles); standing (a read and up to three
 * writes, only when employers' bills moved); the stored payments of repeated keys (only when some are).
 *
 * `allPayersLocked`: the caller holds {@link lockAllPayers} (an import), so no payer lock is taken.
 * An invalid input, or a key already used with another request, fails alone; any other error
 * (the database's) rejects, and the caller's transaction is to be rolled back.
 *
 * @example postPaymentsBulk(trx, [{ actor, input: a }, { actor, input: b }, { actor, input: a }], null)
 * // [{ ok: true, detail: a posted }, { ok: true, detail: b posted }, { ok: true, detail: a replayed }]
 */
export async function postPaymentsBulk(
  trx: Executor,
  posts: readonly BulkPost[],
  importId: number | null,
  allPayersLocked = false,
): Promise<BulkOutcome[]> {
  const outcomes: (BulkOutcome | undefined)[] = new Array(posts.length);
  const valid: Checked[] = [];
  posts.forEach((p, index) => {
    const problems = inputProblems(p.input);
    if (problems.length > 0) outcomes[index] = { ok: false, error: validationFailed(problems) };
    else valid.push({ ...p, index, sha: requestSha256(p.input) });
  });
  if (valid.length === 0) return outcomes as BulkOutcome[];
  const firstOfKey = new Map<string, Checked>();
  for (const c of valid)
    if (!firstOfKey.has(c.input.idempotencyKey)) firstOfKey.set(c.input.idempotencyKey, c);
  const payers = [...new Set(valid.map((c) => c.input.payerKey))];
  if (!allPayersLocked) await lockPayers(trx, payers);
  const reading = await insertPaymentsReading(
    trx,
    [...firstOfKey.values()].map((c) => ({
      idempotency_key: c.input.idempotencyKey,
      request_sha256: c.sha,
      payer_key: c.input.payerKey,
      amount: c.input.amount,
      paid_on: c.input.paidOn,
      channel: c.input.channel ?? null,
      reference: c.input.reference ?? null,
      actor: c.actor.label,
      import_id: importId,
    })),
    payers,
  );
  const fresh = [...firstOfKey.values()].filter((c) => reading.inserted.has(c.input.idempotencyKey));
  const details = await postFresh(trx, fresh, reading, payers, importId);
  for (const [index, detail] of details) outcomes[index] = { ok: true, detail };
  await answerRepeats(trx, valid, outcomes, details, firstOfKey);
  return outcomes as BulkOutcome[];
}

/** Allocates and writes the inserted payments; their details by input index. */
async function postFresh(
  trx: Executor,
  fresh: readonly Checked[],
  reading: BatchReading,
  payers: readonly string[],
  importId: number | null,
): Promise<Map<number, PostedDetail>> {
  const idOf = (c: Checked) => reading.inserted.get(c.input.idempotencyKey)?.id as number;
  const plan = planBulk(
    fresh.map((c) => ({
      post: c.index,
      paymentId: idOf(c),
      payerKey: c.input.payerKey,
      paidOn: c.input.paidOn,
      amount: c.input.amount,
    })),
    groupBy(reading.bills, (b) => b.payerKey),
    groupBy(reading.funds, (f) => f.payerKey),
  );
  const byId = new Map(reading.bills.map((b) => [b.id, b]));
  const applied = groupBy(
    plan.allocations,
    (a) => a.post,
    (a): SpentAllocation => {
      const bill = byId.get(a.billId) as BatchBill;
      const { paymentId, billId, amount } = a;
      return { paymentId, billId, amount, month: bill.month, kind: bill.kind, regionCode: bill.regionCode };
    },
  );
  const details = new Map<number, PostedDetail>();
  const audits = fresh.map((c): PostAudit => {
    const id = idOf(c);
    const rows = applied.get(c.index) ?? [];
    const mine = rows.filter((a) => a.paymentId === id);
    const unallocated = c.input.amount - sumOf(mine);
    const regions =
      rows.length > 0 ? rows.map((a) => a.regionCode) : (reading.regions.get(c.input.payerKey) ?? []);
    const result = {
      paymentId: id,
      replayed: false,
      allocations: mine.map((a) => ({ billId: a.billId, amount: a.amount })),
      unallocated,
    };
    const receivedAt = reading.inserted.get(c.input.idempotencyKey)?.receivedAt ?? null;
    details.set(c.index, { result, receivedAt, allocations: mine });
    return {
      actor: c.actor,
      paymentId: id,
      regionCode: regions.length > 0 ? commonAncestor(regions) : null,
      after: {
        ...c.input,
        importId,
        allocations: rows.map(({ paymentId, billId, amount }) => ({ paymentId, billId, amount })),
        unallocated,
      },
    };
  });
  await writePlan(
    trx,
    plan,
    reading.bills,
    audits,
    payers,
    new Map(fresh.map((c) => [c.index, c.input.paidOn])),
  );
  return details;
}

/** Groups in order of appearance, optionally mapping each item. */
function groupBy<T, K, V = T>(items: readonly T[], key: (t: T) => K, map?: (t: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const t of items) {
    const k = key(t);
    const group = groups.get(k) ?? [];
    if (group.length === 0) groups.set(k, group);
    group.push(map ? map(t) : (t as unknown as V));
  }
  return groups;
}

/**
 * The writes: rows, bills and audit entries in one statement; then protection of the settled bills
 * that have lines (the others protect nothing); then the replayed standing of the employers touched.
 */
async function writePlan(
  trx: Executor,
  plan: BulkPlan,
  bills: readonly BatchBill[],
  audits: readonly PostAudit[],
  payers: readonly string[],
  paidOnOf: ReadonlyMap<number, string>,
): Promise<void> {
  const settledOn = new Map(plan.settled.map((s) => [s.billId, s.settledOn]));
  const perBill = new Map<number, number>();
  for (const a of plan.allocations) perBill.set(a.billId, (perBill.get(a.billId) ?? 0) + a.amount);
  await writePostings(
    trx,
    plan.allocations,
    [...perBill].map(([billId, amount]) => ({ billId, amount, settledOn: settledOn.get(billId) ?? null })),
    audits,
  );
  const byId = new Map(bills.map((b) => [b.id, b]));
  const protecting = plan.settled.filter((s) => byId.get(s.billId)?.hasLines);
  if (protecting.length > 0)
    await protectBills(
      trx,
      protecting.map((s) => s.billId),
    );
  const employers = new Set<number>();
  for (const billId of perBill.keys()) {
    const employerId = byId.get(billId)?.employerId;
    if (employerId !== null && employerId !== undefined) employers.add(employerId);
  }
  if (employers.size === 0) return;
  const { opens, otherDue } = await openStandings(trx, [...employers], payers);
  const events = standingEvents(
    plan.allocations,
    plan.settled,
    bills,
    (post) => paidOnOf.get(post) as string,
    otherDue,
  );
  await writeStanding(trx, replayStanding(opens, events));
}

/**
 * Inputs whose key was stored before (by an earlier request or earlier in this batch): the same request
 * is a replay of that payment — its own `payment` rows, as `replayOf` reads them — another request is
 * `IDEMPOTENCY_KEY_REUSED`.
 */
async function answerRepeats(
  trx: Executor,
  valid: readonly Checked[],
  outcomes: (BulkOutcome | undefined)[],
  details: ReadonlyMap<number, PostedDetail>,
  firstOfKey: ReadonlyMap<string, Checked>,
): Promise<void> {
  const repeats = valid.filter((c) => outcomes[c.index] === undefined);
  if (repeats.length === 0) return;
  const inBatch = (c: Checked) => {
    const first = firstOfKey.get(c.input.idempotencyKey) as Checked;
    return details.has(first.index) ? first : null;
  };
  const stored = await paymentsByKeys(
    trx,
    repeats.filter((c) => inBatch(c) === null).map((c) => c.input.idempotencyKey),
  );
  for (const c of repeats) {
    const first = inBatch(c);
    const owner = first
      ? { sha: first.sha, result: (details.get(first.index) as PostedDetail).result }
      : storedOwner(stored, c.input.idempotencyKey);
    outcomes[c.index] =
      owner.sha === c.sha
        ? {
            ok: true,
            detail: { result: { ...owner.result, replayed: true }, receivedAt: null, allocations: [] },
          }
        : { ok: false, error: idempotencyKeyReused(c.input.idempotencyKey) };
  }
}

function storedOwner(stored: Awaited<ReturnType<typeof paymentsByKeys>>, key: string) {
  const p = stored.get(key);
  if (!p) throw new Error(`payment with key ${key} vanished during the replay`);
  return {
    sha: p.requestSha256,
    result: {
      paymentId: p.id,
      replayed: true,
      allocations: p.posted,
      unallocated: p.amount - sumOf(p.posted),
    },
  };
}
