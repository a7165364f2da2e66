import { describe, expect, it } from 'vitest';
import { BillBatch, type NewBill, type NewLine } from './bill-batch.ts';

const bill = (key: string, region: string | null): NewBill => ({
  key,
  segment: region === null ? 'BPU' : 'PU',
  payerKind: region === null ? 'government' : 'employer',
  employerId: null,
  projectId: null,
  participantId: null,
  region,
  dueOn: '2025-11-15',
});

const line = (membership: number, amount: number, base: number | null = 3_000_000): NewLine => ({
  membership,
  participant: membership + 1,
  coversFrom: '2025-10-01',
  coversTo: '2025-10-01',
  base,
  employer: amount,
  worker: 0,
  government: 0,
  other: 0,
  amount,
});

describe('BillBatch: lines in typed-array columns', () => {
  it('grows past its first capacity (65,536 lines) and keeps every line and bill total', () => {
    const batch = new BillBatch();
    const a = batch.billOf(bill('employer:1', '15.03'));
    const b = batch.billOf(bill('employer:2', '15.04'));
    for (let m = 1; m <= 70_000; m++) batch.addLine(m % 2 === 0 ? a : b, line(m, 100));
    expect(batch.lines.count).toBe(70_000);
    expect(batch.lines.membership[69_999]).toBe(70_000);
    // 35,000 lines × 100 rupiah on each bill.
    expect(batch.bills.amount).toEqual([3_500_000, 3_500_000]);
    expect(batch.total).toBe(7_000_000);
  });

  it('keeps a line without a base as NaN (written as null)', () => {
    const batch = new BillBatch();
    batch.addLine(batch.billOf(bill('employer:1', '15.03')), line(7, 50, null));
    expect(Number.isNaN(batch.lines.base[0])).toBe(true);
  });

  it('retain drops a bill with its lines and renumbers the lines of the bills kept', () => {
    const batch = new BillBatch();
    const out = batch.billOf(bill('program:government:APBD-1', null));
    const kept = batch.billOf(bill('employer:9', '15.03'));
    batch.addLine(out, line(1, 10), '16.01.01.2001');
    batch.addLine(kept, line(2, 20));
    batch.addLine(out, line(3, 30), '16.01.01.2002');
    batch.addLine(kept, line(4, 40));
    batch.settleProgramRegions();
    expect(batch.retain((i) => batch.bills.region[i] === '15.03')).toBe(1);
    const l = batch.lines;
    expect(l.count).toBe(2);
    expect([...l.bill.subarray(0, l.count)]).toEqual([0, 0]);
    expect([...l.membership.subarray(0, l.count)]).toEqual([2, 4]);
    expect([...l.amount.subarray(0, l.count)]).toEqual([20, 40]);
    expect(l.coversFrom).toEqual(['2025-10-01', '2025-10-01']);
    expect(batch.bills.key).toEqual(['employer:9']);
    expect(batch.total).toBe(60);
  });
});
