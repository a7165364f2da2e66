import type { Segment } from '../registry/membership.rules.ts';
import { type Month, monthsBetween } from '../shared/month.ts';

/**
 * Which months a paid contribution protects, and what a participant-month is, for display and for
 * coverage. Pure: dates come in as ISO text, "today" is always passed.
 */

/** A membership's validity (inclusive ISO dates, `to` null while open) and the person's date of death. */
export interface Validity {
  readonly from: string;
  readonly to: string | null;
  readonly diedOn: string | null;
}

/** One bill line: the months it is billed for (first days, inclusive). */
export interface LineCover {
  readonly coversFrom: string;
  readonly coversTo: string;
}

const monthOf = (date: string): Month => date.slice(0, 7) as Month;
const earlier = (a: string, b: string | null): string => (b !== null && b < a ? b : a);

/**
 * The months a settled bill line protects: every month it is billed for that shares a day with the
 * membership's validity and does not begin after the person's death (the month of death is protected,
 * so the JKM death benefit of that month stands). Contributions are owed per calendar month for PU
 * (rules.md 1.1, 1.6: due by the 15th of the next month) and BPU (1.3: monthly); a Jakon project or PMI
 * placement line covers its contract months (1.4, 1.5). SQL twin: `insertProtectedMonths`.
 *
 * @example
 * protectedMonthsOfLine({ coversFrom: '2025-01-01', coversTo: '2025-06-01' },
 *   { from: '2025-02-15', to: null, diedOn: '2025-04-10' })
 * // → ['2025-02', '2025-03', '2025-04']  (Jan before the start; May–Jun after the death)
 */
export function protectedMonthsOfLine(line: LineCover, validity: Validity): Month[] {
  const first = monthOf(line.coversFrom > validity.from ? line.coversFrom : validity.from);
  const lastDate = earlier(earlier(line.coversTo, validity.to), validity.diedOn);
  const last = monthOf(lastDate);
  if (last < first) return [];
  return monthsBetween(first, last);
}

export const MONTH_STATUSES = ['protected', 'grace', 'unpaid', 'not_billed', 'not_member'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

/** A bill line covering the month in question, with its bill's state. */
export interface BilledLine {
  readonly settled: boolean;
  /** Due date of the bill (rules.md 1.6: the 15th of the month after the contribution month). */
  readonly dueOn: string;
}

/**
 * The status of one membership in one month, as the participant page and the docs explain it:
 * - `not_member`: the month is outside the membership (or after the person's death);
 * - `protected`: a settled line covers it — the only status that counts as active in coverage;
 * - `grace`: billed, unpaid, and `today` is on or before the due date (rules.md 1.6 for employers,
 *   1.3 for BPU: paid by the 15th);
 * - `unpaid`: billed, unpaid, overdue. A BPU worker may still pay arrears up to 3 months after
 *   protection stops (1.3); a late payment settles the bill and the month becomes `protected` then;
 * - `not_billed`: a member, but no bill covers the month yet.
 */
export function monthStatus(inValidity: boolean, lines: readonly BilledLine[], today: string): MonthStatus {
  if (!inValidity) return 'not_member';
  if (lines.some((l) => l.settled)) return 'protected';
  if (lines.length === 0) return 'not_billed';
  // The worst open line decides: one overdue bill makes the month unpaid even if another is not due yet.
  return lines.some((l) => today > l.dueOn) ? 'unpaid' : 'grace';
}

/** A person with several memberships: the best status wins (protected > grace > unpaid > …). */
export function personMonthStatus(statuses: readonly MonthStatus[]): MonthStatus {
  const best = Math.min(...statuses.map((s) => MONTH_STATUSES.indexOf(s)), MONTH_STATUSES.length - 1);
  return MONTH_STATUSES[best] as MonthStatus;
}

/** Only a paid month counts as an active participant, as BPJS reports count them. */
export const countsAsActive = (status: MonthStatus): boolean => status === 'protected';

/**
 * A person protected in several segments in one month counts once, in the first segment of this list:
 * the wage job first (PU), then construction (JAKON), migrant work (PMI), informal work (BPU) last, so
 * a wage earner who also pays as an informal worker is reported as a wage earner. SQL twin:
 * `SEGMENT_RANK_SQL` in protection.repo.ts.
 */
export const SEGMENT_PRIORITY: readonly Segment[] = ['PU', 'JAKON', 'PMI', 'BPU'];

export function countedSegment(segments: readonly Segment[]): Segment | null {
  return SEGMENT_PRIORITY.find((s) => segments.includes(s)) ?? null;
}
