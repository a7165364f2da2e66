import { describe, expect, it } from 'vitest';
import type { OpenBill } from './allocation.rules.ts';
import { planBulk } from './payments.bulk.rules.ts';
import { replayStanding, standingEvents } from './payments.standing.rules.ts';

const bill = (
  id: number,
  month: string,
  amount: number,
  kind: OpenBill['kind'] = 'contribution',
): OpenBill => ({
  id,
  month: `${month}-01`,
  kind,
  amount,
  paid: 0,
});

describe('planBulk', () => {
  it('spends the old credit first, in the first new post, as credit', () => {
    const plan = planBulk(
      [{ post: 0, paymentId: 9, payerKey: 'p', paidOn: '2025-03-10', amount: 30_000 }],
      new Map([['p', [bill(1, '2025-01', 36_800)]]]),
      new Map([['p', [{ paymentId: 3, paidOn: '2025-02-01', available: 10_000 }]]]),
    );
    // 10.000 of credit, then 36.800 − 10.000 = 26.800 of payment 9, which completes the bill
    expect(plan.allocations).toEqual([
      { paymentId: 3, billId: 1, amount: 10_000, post: 0, source: 'credit' },
      { paymentId: 9, billId: 1, amount: 26_800, post: 0, source: 'payment' },
    ]);
    expect(plan.settled).toEqual([{ billId: 1, settledOn: '2025-03-10', post: 0 }]);
  });

  it('cuts one greedy walk where each payment runs out; a bill completed later settles on that date', () => {
    const plan = planBulk(
      [
        { post: 0, paymentId: 10, payerKey: 'p', paidOn: '2025-03-01', amount: 20_000 },
        { post: 1, paymentId: 11, payerKey: 'q', paidOn: '2025-03-02', amount: 5_000 },
        { post: 2, paymentId: 12, payerKey: 'p', paidOn: '2025-03-05', amount: 100_000 },
      ],
      new Map([
        ['p', [bill(2, '2025-02', 30_000), bill(1, '2025-01', 1_500, 'fine'), bill(3, '2025-01', 30_000)]],
        ['q', []],
      ]),
      new Map(),
    );
    // p: fine Jan 1.500 and 18.500 of Jan from payment 10; then Jan's other 11.500 and Feb's 30.000 from 12
    expect(plan.allocations.map((a) => [a.post, a.paymentId, a.billId, a.amount])).toEqual([
      [0, 10, 1, 1_500],
      [0, 10, 3, 18_500],
      [2, 12, 3, 11_500],
      [2, 12, 2, 30_000],
    ]);
    expect(plan.settled).toEqual([
      { billId: 1, settledOn: '2025-03-01', post: 0 },
      { billId: 3, settledOn: '2025-03-05', post: 2 },
      { billId: 2, settledOn: '2025-03-05', post: 2 },
    ]);
  });
});

describe('standing during a batch', () => {
  const open = { employerId: 4, status: 'active' as const, validFrom: '2024-01-01', villageCode: 'v' };

  it('keeps the short arrears range a partial payment opens and the next payment closes', () => {
    const events = standingEvents(
      [
        { post: 0, paymentId: 1, billId: 7, amount: 100, source: 'payment' },
        { post: 1, paymentId: 2, billId: 7, amount: 900, source: 'payment' },
      ],
      [{ billId: 7, post: 1 }],
      [{ id: 7, employerId: 4, dueOn: '2025-02-15' }],
      (post) => ['2025-03-10', '2025-03-12'][post] as string,
      new Map(),
    );
    expect(events).toEqual([
      { employerId: 4, asOf: '2025-03-10', overdue: true },
      { employerId: 4, asOf: '2025-03-12', overdue: false },
    ]);
    const replay = replayStanding([open], events);
    expect(replay.updated).toEqual([
      { employerId: 4, validFrom: '2024-01-01', status: 'active', validTo: '2025-03-09' },
    ]);
    expect(replay.inserted).toEqual([
      { employerId: 4, validFrom: '2025-03-10', status: 'arrears', validTo: '2025-03-11' },
      { employerId: 4, validFrom: '2025-03-12', status: 'active', validTo: null },
    ]);
    expect(replay.audits).toHaveLength(2);
  });

  it('changes a range starting on the date in place, and never rewrites history backwards or a closed employer', () => {
    const sameDay = replayStanding(
      [{ ...open, validFrom: '2025-03-10' }],
      [{ employerId: 4, asOf: '2025-03-10', overdue: true }],
    );
    expect(sameDay.updated).toEqual([
      { employerId: 4, validFrom: '2025-03-10', status: 'arrears', validTo: null },
    ]);
    expect(sameDay.inserted).toEqual([]);
    const backwards = replayStanding([open], [{ employerId: 4, asOf: '2023-12-31', overdue: true }]);
    const closed = replayStanding(
      [{ ...open, status: 'closed' }],
      [{ employerId: 4, asOf: '2025-03-10', overdue: true }],
    );
    for (const r of [backwards, closed]) expect(r).toEqual({ updated: [], inserted: [], audits: [] });
  });
});
