import { lastDayOfMonth } from '../regulations/contributions/contribution-date.ts';
import type { PuAmounts } from '../regulations/contributions/pu.rules.ts';
import { addMonths, type Month, monthIndex } from '../shared/month.ts';

/**
 * Pure billing rules: who a bill is addressed to, when it is due, what a PU line costs the employer,
 * how long a placement runs. No I/O, no clock: every date comes in as an argument.
 */

export type BillSegment = 'PU' | 'BPU' | 'JAKON' | 'PMI';
export type PayerKind = 'employer' | 'self' | 'government' | 'csr' | 'group' | 'agent';

/** Programs a membership holds, as bits (JHT 1, JP 2, JKP 4): JKK and JKM are always held. */
export const PROGRAM_BITS = { JHT: 1, JP: 2, JKP: 4 } as const;

export const programBits = (programs: readonly string[]): number =>
  (programs.includes('JHT') ? 1 : 0) + (programs.includes('JP') ? 2 : 0) + (programs.includes('JKP') ? 4 : 0);

/**
 * The payer a bill is addressed to (the key payments are posted against):
 * PU `employer:<id>`; BPU paid by the worker `participant:<id>`, paid by a program or group
 * `program:<payer_kind>:<payer_ref>` (`-` when the membership names no reference); Jakon
 * `project:<id>`; PMI `placement:<membership id>`.
 *
 * @example payerKeyOf({ segment: 'BPU', payerKind: 'government', payerRef: 'APBD-1503', ... }) // 'program:government:APBD-1503'
 */
export function payerKeyOf(m: {
  segment: BillSegment;
  payerKind: PayerKind;
  payerRef: string | null;
  employerId: number | null;
  projectId: number | null;
  participantId: number;
  membershipId: number;
}): string {
  switch (m.segment) {
    case 'PU':
      return `employer:${m.employerId}`;
    case 'JAKON':
      return `project:${m.projectId}`;
    case 'PMI':
      return `placement:${m.membershipId}`;
    case 'BPU':
      return m.payerKind === 'self'
        ? `participant:${m.participantId}`
        : `program:${m.payerKind}:${m.payerRef ?? '-'}`;
  }
}

/**
 * Due date of a month's bill: the 15th of the following month. PU: rules.md 1.6 (H; PP 44/2015 art.
 * 22, PP 45/2015 art. 29 — "paling lambat tanggal 15 bulan berikutnya"). BPU: rules.md 1.3 says "paid
 * monthly by the 15th" without naming the month (M); the same 15th-of-next-month is used so a BPU bill
 * is never due before its own month ends. Jakon, PMI and fines follow the same date (see docs/billing.md).
 * The next-working-day shift for holidays is not applied (no holiday calendar in the product).
 *
 * @example dueOn('2025-12') // '2026-01-15'
 */
export const dueOn = (month: Month): string => `${addMonths(month, 1)}-15`;

/**
 * When a bill of zero rupiah counts as settled: nothing is owed, so it is settled when it is made,
 * and never later than its due date (a zero bill is never late, even when a past month is billed late).
 */
export const zeroBillSettledOn = (today: string, due: string): string => (today < due ? today : due);

/** What one PU worker-month adds to the employer's bill, by the programs held. */
export interface PuLine {
  employer: number;
  worker: number;
  /** The government's JKP share (PP 37/2021 art. 19): recorded, never billed to the employer. */
  government: number;
  /** What the employer must pay for this worker: its own share plus the worker's share it withholds. */
  amount: number;
}

/**
 * Drops the programs a PU membership does not hold from {@link computePu}'s amounts. JKK and JKM are
 * always held; JHT and JP are optional (small and micro employers may join in stages, Permenaker
 * 1/2016); JKP costs the employer nothing (its JKK part is a re-label inside JKK, PP 6/2025), so not
 * holding JKP only drops the government's share.
 *
 * @example Rp5.000.000, group 1, Mar 2025, all programs: employer 185.000 + 12.000 + 15.000 + 100.000 = 312.000,
 *   worker 100.000 + 50.000 = 150.000, amount 462.000, government 0,22% × 5.000.000 = 11.000
 */
export function puLine(a: PuAmounts, bits: number): PuLine {
  const jht = (bits & PROGRAM_BITS.JHT) !== 0;
  const jp = (bits & PROGRAM_BITS.JP) !== 0;
  const employer = (jht ? a.jhtEmployer : 0) + a.jkkGross - a.jkkDiscount + a.jkm + (jp ? a.jpEmployer : 0);
  const worker = (jht ? a.jhtWorker : 0) + (jp ? a.jpWorker : 0);
  const government = (bits & PROGRAM_BITS.JKP) !== 0 ? a.jkpGovernment : 0;
  return { employer, worker, government, amount: employer + worker };
}

/**
 * Whole months of a placement contract from its first to its last day (inclusive): the months from
 * `from` to the day after `to`, a started month counting whole.
 *
 * @example contractMonths('2025-01-01', '2026-12-31') // 24
 * @example contractMonths('2025-01-15', '2025-07-20') // 7 (6 months and 6 days)
 */
export function contractMonths(from: string, to: string): number {
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const after = next.toISOString().slice(0, 10);
  let months = monthIndex(after.slice(0, 7) as Month) - monthIndex(from.slice(0, 7) as Month);
  const fromDay = Number(from.slice(8, 10));
  const afterDay = Number(after.slice(8, 10));
  if (afterDay > fromDay) months += 1;
  return Math.max(1, months);
}

/** First and last day of a month. */
export const monthSpan = (month: Month): { start: string; end: string } => ({
  start: `${month}-01`,
  end: lastDayOfMonth(month),
});

/** First day of the month a date falls in (the form `covers_from` / `covers_to` take). */
export const monthStartOf = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`;

/** BPU sector of PP 50/2025 from the membership's occupation: transport workers, or everyone else. */
export const bpuSector = (occupation: string | null): 'transport' | 'other' =>
  occupation !== null && /^(transport|ojek|driver|sopir|pengemudi|kurir|courier)/i.test(occupation.trim())
    ? 'transport'
    : 'other';

/**
 * The BPU lapse rule (rules.md 1.3, M): a membership whose monthly bills are unpaid and overdue for
 * three consecutive months ends on the last day of the month before the first of those months.
 * `bills` are the membership's bills by month; returns the first unpaid month of the first run of three,
 * or null.
 *
 * @example lapseStart([{month:'2025-03',unpaid:true},{month:'2025-04',unpaid:true},{month:'2025-05',unpaid:true}]) // '2025-03'
 */
export function lapseStart(bills: readonly { month: Month; unpaid: boolean }[]): Month | null {
  const sorted = [...bills].sort((a, b) => a.month.localeCompare(b.month));
  let runStart: Month | null = null;
  let runLength = 0;
  let previous: Month | null = null;
  for (const bill of sorted) {
    const consecutive = previous !== null && monthIndex(bill.month) === monthIndex(previous) + 1;
    if (!bill.unpaid) {
      runStart = null;
      runLength = 0;
    } else if (runStart !== null && consecutive) {
      runLength += 1;
    } else {
      runStart = bill.month;
      runLength = 1;
    }
    previous = bill.month;
    if (runLength >= 3) return runStart;
  }
  return null;
}
