import { describe, expect, it } from 'vitest';
import { allocate, compareBills, type Fund, type OpenBill, reversalOf } from './allocation.rules.ts';

const bill = (
  id: number,
  month: string,
  amount: number,
  paid = 0,
  kind: OpenBill['kind'] = 'contribution',
) => ({
  id,
  month: `${month}-01`,
  kind,
  amount,
  paid,
});
const fund = (paymentId: number, available: number, paidOn = '2025-06-10'): Fund => ({
  paymentId,
  paidOn,
  available,
});

describe('allocation order: month, fine before contribution, id', () => {
  it.each([
    ['older month first', bill(9, '2025-01', 1), bill(1, '2025-02', 1), -1],
    [
      'fine before the contribution of the same month',
      bill(1, '2025-03', 1),
      bill(2, '2025-03', 1, 0, 'fine'),
      1,
    ],
    ['same month and kind: lower id first', bill(3, '2025-03', 1), bill(4, '2025-03', 1), -1],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareBills(a, b))).toBe(sign);
  });
});

describe('allocate: oldest money to the oldest bill, partial bills stay partial, the rest is credit', () => {
  it.each([
    {
      name: 'one payment settles January, the rest goes to February (partial)',
      funds: [fund(1, 50_000)],
      bills: [bill(2, '2025-02', 36_800), bill(1, '2025-01', 36_800)],
      // 50.000 − 36.800 (Jan) = 13.200 to Feb; Feb lacks 36.800 − 13.200 = 23.600
      allocations: [
        [1, 1, 36_800],
        [1, 2, 13_200],
      ],
      settled: [1],
      left: [0],
    },
    {
      name: 'more money than bills: the remainder is credit',
      funds: [fund(1, 100_000)],
      bills: [bill(1, '2025-01', 36_800), bill(2, '2025-02', 36_800)],
      // 100.000 − 36.800 − 36.800 = 26.400 left
      allocations: [
        [1, 1, 36_800],
        [1, 2, 36_800],
      ],
      settled: [1, 2],
      left: [26_400],
    },
    {
      name: 'an already partial bill takes only what it lacks',
      funds: [fund(1, 30_000)],
      bills: [bill(1, '2025-01', 36_800, 20_000), bill(2, '2025-02', 36_800)],
      // Jan lacks 36.800 − 20.000 = 16.800; Feb takes 30.000 − 16.800 = 13.200
      allocations: [
        [1, 1, 16_800],
        [1, 2, 13_200],
      ],
      settled: [1],
      left: [0],
    },
    {
      name: 'the fine of March before the contribution of March',
      funds: [fund(1, 110_000)],
      bills: [bill(5, '2025-03', 100_000), bill(6, '2025-03', 20_000, 0, 'fine')],
      // fine 20.000 first, then 110.000 − 20.000 = 90.000 of the contribution (lacks 10.000)
      allocations: [
        [1, 6, 20_000],
        [1, 5, 90_000],
      ],
      settled: [6],
      left: [0],
    },
    {
      name: 'older credit first, then the new payment',
      funds: [fund(1, 10_000, '2025-01-05'), fund(2, 50_000, '2025-03-10')],
      bills: [bill(1, '2025-02', 36_800)],
      // credit 10.000 + 26.800 of the new payment = 36.800; the new payment keeps 50.000 − 26.800 = 23.200
      allocations: [
        [1, 1, 10_000],
        [2, 1, 26_800],
      ],
      settled: [1],
      left: [0, 23_200],
    },
    {
      name: 'no open bills: everything stays credit',
      funds: [fund(1, 5_000)],
      bills: [bill(1, '2025-01', 36_800, 36_800)],
      allocations: [],
      settled: [],
      left: [5_000],
    },
  ])('$name', ({ funds, bills, allocations, settled, left }) => {
    const plan = allocate(funds, bills);
    expect(plan.allocations.map((a) => [a.paymentId, a.billId, a.amount])).toEqual(allocations);
    expect(plan.settled.map((s) => s.billId)).toEqual(settled);
    expect(plan.left.map((f) => f.available)).toEqual(left);
    const spent = plan.allocations.reduce((n, a) => n + a.amount, 0);
    const before = funds.reduce((n, f) => n + f.available, 0);
    expect(spent + plan.left.reduce((n, f) => n + f.available, 0)).toBe(before); // money is conserved
  });

  it('a bill is settled on the paid-on date of the payment that completed it', () => {
    const plan = allocate(
      [fund(1, 10_000, '2025-01-05'), fund(2, 50_000, '2025-03-10')],
      [bill(1, '2025-02', 36_800)],
    );
    expect(plan.settled).toEqual([{ billId: 1, settledOn: '2025-03-10' }]);
  });

  it('never pays a bill beyond its amount, whatever the inputs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = (n: number) => ((seed * 9301 + n * 49297) % 233280) % 100_000;
      const bills = [1, 2, 3, 4].map((i) =>
        bill(i, `2025-0${i}`, rnd(i) + 1, rnd(i) % 2 === 0 ? 0 : (rnd(i) + 1) >> 1),
      );
      const plan = allocate([fund(1, rnd(7)), fund(2, rnd(8))], bills);
      for (const b of bills) {
        const put = plan.allocations.filter((a) => a.billId === b.id).reduce((n, a) => n + a.amount, 0);
        expect(b.paid + put).toBeLessThanOrEqual(b.amount);
      }
    }
  });
});

describe('reversalOf: minus the net of each bill', () => {
  it('nets postings, credit and earlier reversals per bill', () => {
    const rows = [
      { billId: 2, amount: 30_000 },
      { billId: 1, amount: 100_000 },
      { billId: 2, amount: 20_000 },
      { billId: 3, amount: 5_000 },
      { billId: 3, amount: -5_000 },
    ];
    // bill 1: −100.000; bill 2: −(30.000 + 20.000) = −50.000; bill 3 nets 0: untouched
    expect(reversalOf(rows)).toEqual([
      { billId: 1, amount: -100_000 },
      { billId: 2, amount: -50_000 },
    ]);
  });
});
