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

/** Lines a batch has room for before its first growth (columns double when full). */
const INITIAL_LINES = 1 << 16;

const NUMBER_COLUMNS = [
  'bill',
  'membership',
  'participant',
  'base',
  'employer',
  'worker',
  'government',
  'other',
  'amount',
] as const;

function emptyLines(capacity: number): LineColumns {
  const ints = () => new Int32Array(capacity);
  const rupiah = () => new Float64Array(capacity);
  return {
    count: 0,
    bill: ints(),
    membership: ints(),
    participant: ints(),
    coversFrom: [],
    coversTo: [],
    base: rupiah(),
    employer: rupiah(),
    worker: rupiah(),
    government: rupiah(),
    other: rupiah(),
    amount: rupiah(),
  };
}

/** Copies the first `count` lines of `from` into columns of `capacity` lines. */
function regrow(from: LineColumns, capacity: number): LineColumns {
  const to = emptyLines(capacity);
  for (const c of NUMBER_COLUMNS) to[c].set(from[c].subarray(0, from.count));
  to.coversFrom = from.coversFrom;
  to.coversTo = from.coversTo;
  to.count = from.count;
  return to;
}

/** The lines of `from` whose bill `remap` keeps (its new index; -1: dropped), in their order. */
function keptLines(from: LineColumns, remap: readonly number[]): LineColumns {
  let kept = 0;
  for (let j = 0; j < from.count; j++) if ((remap[from.bill[j] as number] as number) >= 0) kept++;
  const lines = emptyLines(Math.max(kept, 1));
  for (let j = 0; j < from.count; j++) {
    const to = remap[from.bill[j] as number] as number;
    if (to < 0) continue;
    const k = lines.count++;
    for (const c of NUMBER_COLUMNS) lines[c][k] = from[c][j] as number;
    lines.bill[k] = to;
    lines.coversFrom.push(from.coversFrom[j] as string);
    lines.coversTo.push(from.coversTo[j] as string);
  }
  return lines;
}

/**
 * The bills of one run as they are computed, in columns: a million lines are a few typed arrays of
 * numbers, not a million objects. Lines refer to their bill by index until the bills are written.
 */
export class BillBatch {
  readonly bills = emptyBills();
  lines = emptyLines(INITIAL_LINES);
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
    if (this.lines.count === this.lines.bill.length) this.lines = regrow(this.lines, 2 * this.lines.count);
    const l = this.lines;
    const j = l.count++;
    l.bill[j] = billIndex;
    l.membership[j] = line.membership;
    l.participant[j] = line.participant;
    l.coversFrom.push(line.coversFrom);
    l.coversTo.push(line.coversTo);
    l.base[j] = line.base ?? Number.NaN;
    l.employer[j] = line.employer;
    l.worker[j] = line.worker;
    l.government[j] = line.government;
    l.other[j] = line.other;
    l.amount[j] = line.amount;
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
    Object.assign(this.bills, bills);
    this.lines = keptLines(this.lines, remap);
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
