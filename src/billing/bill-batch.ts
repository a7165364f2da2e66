import { commonAncestor } from '../auth/scope.ts';
import type { BillColumns, LineColumns } from './billing.repo.ts';
import type { BillSegment, PayerKind } from './billing.rules.ts';

export interface NewBill {
  key: string;
  segment: BillSegment;
  payerKind: PayerKind;
  employerId: number | null;
  projectId: number | null;
  participantId: number | null;
  /** Null for a program bill: its region is the common ancestor of its members' villages. */
  region: string | null;
  dueOn: string;
}

export interface NewLine {
  membership: number;
  participant: number;
  coversFrom: string;
  coversTo: string;
  base: number | null;
  employer: number;
  worker: number;
  government: number;
  other: number;
  amount: number;
}

const emptyBills = (): BillColumns => ({
  key: [],
  kind: [],
  segment: [],
  payerKind: [],
  employerId: [],
  projectId: [],
  participantId: [],
  region: [],
  amount: [],
  dueOn: [],
  settledOn: [],
});

const emptyLines = (): LineColumns => ({
  bill: [],
  membership: [],
  participant: [],
  coversFrom: [],
  coversTo: [],
  base: [],
  employer: [],
  worker: [],
  government: [],
  other: [],
  amount: [],
});

/**
 * The bills of one run as they are computed, in columns: a million lines are a few arrays of numbers,
 * not a million objects. Lines refer to their bill by index until the bills are written.
 */
export class BillBatch {
  readonly bills = emptyBills();
  readonly lines = emptyLines();
  private readonly index = new Map<string, number>();
  private readonly villages = new Map<number, Set<string>>();

  billOf(bill: NewBill, kind: 'contribution' | 'fine' = 'contribution'): number {
    const indexKey = `${kind}|${bill.key}`;
    const known = this.index.get(indexKey);
    if (known !== undefined) return known;
    const b = this.bills;
    const i = b.key.length;
    b.key.push(bill.key);
    b.kind.push(kind);
    b.segment.push(bill.segment);
    b.payerKind.push(bill.payerKind);
    b.employerId.push(bill.employerId);
    b.projectId.push(bill.projectId);
    b.participantId.push(bill.participantId);
    b.region.push(bill.region ?? '00');
    b.amount.push(0);
    b.dueOn.push(bill.dueOn);
    b.settledOn.push(null);
    if (bill.region === null) this.villages.set(i, new Set());
    this.index.set(indexKey, i);
    return i;
  }

  /** A bill without lines (a fine). */
  addStandalone(bill: NewBill & { kind: 'contribution' | 'fine'; amount: number }): void {
    const i = this.billOf(bill, bill.kind);
    this.bills.amount[i] = bill.amount;
  }

  addLine(billIndex: number, line: NewLine, village?: string): void {
    const l = this.lines;
    l.bill.push(billIndex);
    l.membership.push(line.membership);
    l.participant.push(line.participant);
    l.coversFrom.push(line.coversFrom);
    l.coversTo.push(line.coversTo);
    l.base.push(line.base);
    l.employer.push(line.employer);
    l.worker.push(line.worker);
    l.government.push(line.government);
    l.other.push(line.other);
    l.amount.push(line.amount);
    this.bills.amount[billIndex] = (this.bills.amount[billIndex] as number) + line.amount;
    if (village !== undefined) this.villages.get(billIndex)?.add(village);
  }

  /** Sets each program bill's region to the common ancestor of its members' villages. */
  settleProgramRegions(): void {
    for (const [i, villages] of this.villages) this.bills.region[i] = commonAncestor(villages);
  }

  /**
   * Keeps only the bills `keep` accepts (and their lines); returns how many bills were dropped. Call
   * after {@link settleProgramRegions}: program regions are not tracked past this point.
   */
  retain(keep: (i: number) => boolean): number {
    const remap: number[] = [];
    const bills = emptyBills();
    const columns = Object.keys(bills) as (keyof BillColumns)[];
    for (let i = 0; i < this.bills.key.length; i++) {
      if (!keep(i)) {
        remap.push(-1);
        continue;
      }
      remap.push(bills.key.length);
      for (const c of columns) (bills[c] as unknown[]).push(this.bills[c][i]);
    }
    const dropped = this.bills.key.length - bills.key.length;
    if (dropped === 0) return 0;
    const lines = emptyLines();
    const lineColumns = Object.keys(lines) as (keyof LineColumns)[];
    for (let j = 0; j < this.lines.bill.length; j++) {
      const to = remap[this.lines.bill[j] as number] as number;
      if (to < 0) continue;
      for (const c of lineColumns) (lines[c] as unknown[]).push(c === 'bill' ? to : this.lines[c][j]);
    }
    Object.assign(this.bills, bills);
    Object.assign(this.lines, lines);
    this.index.clear();
    this.villages.clear();
    for (let i = 0; i < bills.key.length; i++) this.index.set(`${bills.kind[i]}|${bills.key[i]}`, i);
    return dropped;
  }

  get total(): number {
    let sum = 0;
    for (const a of this.bills.amount) sum += a;
    return sum;
  }
}
