import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { commonAncestor } from '../auth/scope.ts';
import { refreshEmployerStanding } from '../billing/standing.ts';
import type { Executor } from '../db/database.ts';
import { unprotectBills } from '../protection/protection.service.ts';
import { dateOfInstant } from '../shared/dates.ts';
import { reversalOf } from './allocation.rules.ts';
import { paymentAlreadyReversed, paymentNotFound } from './payments.errors.ts';
import { spendOnOpenBills } from './payments.ledger.ts';
import { allocationsOf, billRegionsOf, findPayment } from './payments.reads.ts';
import { lockPayer, markReversed, recordAllocations } from './payments.repo.ts';

/**
 * Reverses a payment: flags it (who, when, why), appends the negative allocation rows, lowers
 * `bill.paid`, unsettles and unprotects those bills, then lets the payer's other credit fill them again
 * and refreshes the employers' standing on `asOf` (the route passes today). Nothing is deleted. A second
 * reversal is refused (409 `PAYMENT_ALREADY_REVERSED`), also when two arrive at once: both queue on
 * the payer lock and the second sees the flag.
 */
export async function reversePayment(
  db: Executor,
  actor: Actor,
  paymentId: number,
  reason: string,
  asOf: string = dateOfInstant(new Date()),
): Promise<{ paymentId: number; reversedAt: Date; undone: { billId: number; amount: number }[] }> {
  return db.transaction().execute(async (trx) => {
    const head = await findPayment(trx, paymentId);
    if (!head) throw paymentNotFound(paymentId);
    await lockPayer(trx, head.payer_key);
    const payment = await findPayment(trx, paymentId, true);
    if (!payment) throw paymentNotFound(paymentId);
    if (payment.reversed_at !== null) throw paymentAlreadyReversed(paymentId);
    const rows = await allocationsOf(trx, [paymentId]);
    const undone = reversalOf(rows);
    const moved = await recordAllocations(
      trx,
      undone.map((u) => ({ ...u, paymentId, source: 'reversal' as const })),
      undone.map((u) => ({ ...u, settledOn: null })),
    );
    const reversedAt = await markReversed(trx, paymentId, actor.label, reason);
    if (moved.length > 0)
      await unprotectBills(
        trx,
        moved.map((b) => b.id),
      );
    const refill = await spendOnOpenBills(trx, payment.payer_key, asOf);
    const employerIds = [...new Set(moved.flatMap((b) => (b.employerId === null ? [] : [b.employerId])))];
    if (employerIds.length > 0) await refreshEmployerStanding(trx, employerIds, asOf);
    const regions = await billRegionsOf(trx, payment.payer_key);
    await recordAudit(trx, actor, {
      action: 'payment.reverse',
      entity: 'payment',
      entityId: paymentId,
      regionCode: regions.length > 0 ? commonAncestor(regions) : null,
      before: { payerKey: payment.payer_key, amount: payment.amount, allocations: rows },
      after: {
        reversedAt,
        undone,
        creditApplied: refill.allocations.map(({ paymentId: p, billId, amount }) => ({
          paymentId: p,
          billId,
          amount,
        })),
      },
      reason,
    });
    return { paymentId, reversedAt, undone };
  });
}
