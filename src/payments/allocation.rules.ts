/**
 * How money meets bills (issue 6). Pure: no I/O, no clock. Amounts are whole rupiah.
 *
 * **Order of the bills** — oldest first, by contribution month; inside one month a `fine` before the
 * `contribution`; then by bill id. Oldest first is the documented rule of the issue (arrears are settled
 * before the current month, so a partial payment never skips a hole in the protected months). The fine
 * of a month comes first because the late-payment fine (2 % a month: PP 44/2015, PP 45/2015,
 * PP 46/2015, `fine.late_rate`) is billed with the next month's bill and is to be paid with the next
 * payment, before that month's contribution: a payment that covers only the new contribution would
 * otherwise leave the fine open while the new month shows settled.
 *
 * **Order of the money** — the oldest unallocated money first (payments by id): an earlier payment's
 * remainder (the payer's credit) is used before a newer payment.
 */

export type BillKind = 'contribution' | 'fine';

export interface OpenBill {
  readonly id: number;
  /** First day of the contribution month, `YYYY-MM-01`. */
  readonly month: string;
  readonly kind: BillKind;
  readonly amount: number;
  readonly paid: number;
}

/** Unallocated money of one payment: its amount minus what it already allocated. */
export interface Fund {
  readonly paymentId: number;
  readonly paidOn: string;
  readonly available: number;
}

export interface Allocation {
  readonly paymentId: number;
  readonly billId: number;
  readonly amount: number;
}

export interface AllocationPlan {
  readonly allocations: Allocation[];
  /** Bills that reach `paid = amount`, each with the `paidOn` of the payment that completed it. */
  readonly settled: { billId: number; settledOn: string }[];
  /** What is left of each fund (zero-left funds included), in the order given. */
  readonly left: Fund[];
}

const KIND_ORDER: Record<BillKind, number> = { fine: 0, contribution: 1 };

/** Allocation order: month, then fine before contribution, then id. */
export function compareBills(a: OpenBill, b: OpenBill): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return a.id - b.id;
}

/**
 * Spends the funds (oldest first) on the open bills (in allocation order). A bill takes what it still
 * lacks or what the fund has, whichever is smaller; a bill left short stays partial; money left over
 * stays with its fund as credit.
 *
 * @example
 * allocate([{ paymentId: 9, paidOn: '2025-03-10', available: 150_000 }],
 *          [{ id: 1, month: '2025-01-01', kind: 'contribution', amount: 100_000, paid: 0 },
 *           { id: 2, month: '2025-02-01', kind: 'contribution', amount: 100_000, paid: 0 }])
 * // bill 1 takes 100.000 (settled 2025-03-10), bill 2 takes 150.000 − 100.000 = 50.000 (partial)
 */
export function allocate(funds: readonly Fund[], bills: readonly OpenBill[]): AllocationPlan {
  const allocations: Allocation[] = [];
  const settled: { billId: number; settledOn: string }[] = [];
  const left = funds.map((f) => ({ ...f }));
  const ordered = bills.filter((b) => b.paid < b.amount).sort(compareBills);
  let f = 0;
  for (const bill of ordered) {
    let lacking = bill.amount - bill.paid;
    while (lacking > 0 && f < left.length) {
      const fund = left[f] as Fund & { available: number };
      const take = Math.min(lacking, fund.available);
      if (take > 0) {
        allocations.push({ paymentId: fund.paymentId, billId: bill.id, amount: take });
        fund.available -= take;
        lacking -= take;
        if (lacking === 0) settled.push({ billId: bill.id, settledOn: fund.paidOn });
      }
      if (fund.available === 0) f++;
    }
    if (f >= left.length) break;
  }
  return { allocations, settled, left };
}

/**
 * The rows that undo a payment: for every bill, minus what the payment's rows net to on it (postings
 * and later credit, less any earlier reversal). Bills it nets nothing on are left alone.
 *
 * @example reversalOf([{ billId: 1, amount: 100_000 }, { billId: 2, amount: 30_000 }, { billId: 2, amount: 20_000 }])
 * // [{ billId: 1, amount: −100.000 }, { billId: 2, amount: −(30.000 + 20.000) = −50.000 }]
 */
export function reversalOf(
  rows: readonly { billId: number; amount: number }[],
): { billId: number; amount: number }[] {
  const net = new Map<number, number>();
  for (const r of rows) net.set(r.billId, (net.get(r.billId) ?? 0) + r.amount);
  return [...net]
    .filter(([, amount]) => amount > 0)
    .sort(([a], [b]) => a - b)
    .map(([billId, amount]) => ({ billId, amount: -amount }));
}

/** Σ of amounts, for balances: integer rupiah, so plain addition is exact below 2^53. */
export const sumOf = (rows: readonly { amount: number }[]): number => rows.reduce((n, r) => n + r.amount, 0);
