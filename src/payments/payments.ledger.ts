import { refreshEmployerStanding } from '../billing/standing.ts';
import type { Executor } from '../db/database.ts';
import { protectBills } from '../protection/protection.service.ts';
import { allocate, type BillKind, type Fund } from './allocation.rules.ts';
import { fundsOf, type OpenBillRow, openBillsOf } from './payments.reads.ts';
import { type AllocationSource, recordAllocations } from './payments.repo.ts';

export interface SpentAllocation {
  readonly paymentId: number;
  readonly billId: number;
  readonly amount: number;
  readonly month: string;
  readonly kind: BillKind;
  readonly regionCode: string;
}

export interface Spent {
  readonly allocations: SpentAllocation[];
  readonly settledBillIds: number[];
}

/**
 * Spends funds (oldest payment first) on open bills (oldest bill first, `allocate`), in one statement
 * for the rows and the bills; then settled bills protect their months and the employers touched get
 * their standing refreshed. The caller holds the payer lock. Rows of `fresh` (the payment being posted)
 * are `payment`, every other payment's rows `credit`.
 */
export async function spend(
  trx: Executor,
  bills: readonly OpenBillRow[],
  funds: readonly Fund[],
  asOf: string,
  fresh: number | null,
): Promise<Spent> {
  const plan = allocate(funds, bills);
  if (plan.allocations.length === 0) return { allocations: [], settledBillIds: [] };
  const source = (paymentId: number): AllocationSource => (paymentId === fresh ? 'payment' : 'credit');
  const settledOn = new Map(plan.settled.map((s) => [s.billId, s.settledOn]));
  const perBill = new Map<number, number>();
  for (const a of plan.allocations) perBill.set(a.billId, (perBill.get(a.billId) ?? 0) + a.amount);
  await recordAllocations(
    trx,
    plan.allocations.map((a) => ({ ...a, source: source(a.paymentId) })),
    [...perBill].map(([billId, amount]) => ({ billId, amount, settledOn: settledOn.get(billId) ?? null })),
  );
  const byId = new Map(bills.map((b) => [b.id, b]));
  const allocations = plan.allocations.map((a) => {
    const bill = byId.get(a.billId) as OpenBillRow;
    return { ...a, month: bill.month, kind: bill.kind, regionCode: bill.regionCode };
  });
  const settledBillIds = plan.settled.map((s) => s.billId);
  const employerIds = new Set<number>();
  for (const id of perBill.keys()) {
    const employerId = byId.get(id)?.employerId;
    if (employerId !== null && employerId !== undefined) employerIds.add(employerId);
  }
  if (settledBillIds.length > 0) await protectBills(trx, settledBillIds);
  if (employerIds.size > 0) await refreshEmployerStanding(trx, [...employerIds], asOf);
  return { allocations, settledBillIds };
}

/** {@link spend} on what the database holds now: the payer's open bills and its credit. */
export async function spendOnOpenBills(trx: Executor, payerKey: string, asOf: string): Promise<Spent> {
  const bills = await openBillsOf(trx, payerKey);
  if (bills.length === 0) return { allocations: [], settledBillIds: [] };
  const funds = await fundsOf(trx, payerKey);
  if (funds.length === 0) return { allocations: [], settledBillIds: [] };
  return spend(trx, bills, funds, asOf, null);
}
