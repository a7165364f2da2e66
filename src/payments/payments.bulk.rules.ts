/**
 * Set-based posting (issue 8), the pure part: how N new payments meet their payers' open bills in one
 * pass, with exactly the result of posting them one by one in order (`postPaymentDetailed`).
 *
 * **Why one greedy `allocate` per payer is the sequential result.** Posting one payment runs `allocate`
 * over [the payer's credit, oldest payment first; the new payment] and the payer's open bills. That
 * greedy walk stops in one of two ways: every open bill is settled (later posts of the payer then find
 * no open bill and allocate nothing, so whatever money is left stays credit), or every fund is spent,
 * the new payment included (the next post starts from the same bill, now partly paid, with funds =
 * the new payment alone, since spent funds leave the credit). Bills never appear during a batch, and
 * the order of a subset of bills is the order of the whole. So the successive walks are one walk over
 * [credit…, new payments in input order (their ids grow in that order)], cut where each payment runs
 * out: every (fund, bill) pair is allocated once, with the same amount, and a bill is completed by the
 * same fund, hence the same `settled_on`.
 *
 * **Labels.** A post labels its own payment's rows `payment`, every other fund's rows `credit`. By the
 * argument above a new payment is only ever spent in its own post (when it outlives its post, no bill
 * is open any more), and the old credit is spent entirely in the payer's first new post that finds open
 * bills — the first new post of the payer, since bills do not appear. So: rows of a new payment are
 * `payment` and belong to its post; rows of old credit are `credit` and belong to the payer's first new
 * post (its audit lists them, as `spend` did). Replays and refused inputs post nothing and spend no
 * credit, exactly as the sequential path returns before spending.
 */
import { type Allocation, allocate, type Fund, type OpenBill } from './allocation.rules.ts';

/** A payment inserted by this batch: `post` is its index among the batch's inputs. */
export interface FreshPost {
  readonly post: number;
  readonly paymentId: number;
  readonly payerKey: string;
  readonly paidOn: string;
  readonly amount: number;
}

export interface PostedAllocation extends Allocation {
  /** The input whose sequential post would have made this row. */
  readonly post: number;
  readonly source: 'payment' | 'credit';
}

export interface BulkPlan {
  /** In post order, and in `allocate` order within a post (the order the sequential path writes them). */
  readonly allocations: PostedAllocation[];
  /** Bills that reach their amount: the completing fund's `paidOn`, and the post that completed them. */
  readonly settled: { billId: number; settledOn: string; post: number }[];
}

/**
 * Allocates every payer's new payments (after its credit, oldest first) to its open bills in one greedy
 * pass per payer; see the module comment for why that equals posting them one by one.
 *
 * @example planBulk([{ post: 0, paymentId: 9, payerKey: 'participant:5', paidOn: '2025-03-10', amount: 30_000 }],
 *   new Map([['participant:5', [{ id: 1, month: '2025-01-01', kind: 'contribution', amount: 36_800, paid: 0 }]]]),
 *   new Map([['participant:5', [{ paymentId: 3, paidOn: '2025-02-01', available: 10_000 }]]]))
 * // credit 10.000 (payment 3, source credit) then 36.800 − 10.000 = 26.800 of payment 9 (source payment),
 * // both rows post 0; bill 1 settled on 2025-03-10; payment 9 keeps 30.000 − 26.800 = 3.200 as credit
 */
export function planBulk(
  fresh: readonly FreshPost[],
  billsOf: ReadonlyMap<string, readonly OpenBill[]>,
  creditOf: ReadonlyMap<string, readonly Fund[]>,
): BulkPlan {
  const byPayer = new Map<string, FreshPost[]>();
  for (const f of fresh) byPayer.set(f.payerKey, [...(byPayer.get(f.payerKey) ?? []), f]);
  const allocations: PostedAllocation[] = [];
  const settled: BulkPlan['settled'] = [];
  for (const [payerKey, mine] of byPayer) {
    const bills = billsOf.get(payerKey) ?? [];
    const first = mine[0];
    if (bills.length === 0 || first === undefined) continue;
    const postOf = new Map(mine.map((f) => [f.paymentId, f.post]));
    const funds = [
      ...[...(creditOf.get(payerKey) ?? [])].sort((a, b) => a.paymentId - b.paymentId),
      ...mine.map((f) => ({ paymentId: f.paymentId, paidOn: f.paidOn, available: f.amount })),
    ];
    const plan = allocate(funds, bills);
    const completedBy = new Map<number, number>();
    for (const a of plan.allocations) {
      const post = postOf.get(a.paymentId);
      allocations.push({ ...a, post: post ?? first.post, source: post === undefined ? 'credit' : 'payment' });
      completedBy.set(a.billId, post ?? first.post);
    }
    for (const s of plan.settled) settled.push({ ...s, post: completedBy.get(s.billId) ?? first.post });
  }
  // Stable: within one post the rows keep the greedy order.
  allocations.sort((a, b) => a.post - b.post);
  return { allocations, settled };
}
