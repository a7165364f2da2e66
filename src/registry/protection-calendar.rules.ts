import {
  MONTH_STATUSES,
  type MonthStatus,
  monthStatus as ruleStatus,
} from '../protection/protection.rules.ts';
import { type Month, monthsBetween } from '../shared/month.ts';

/**
 * What one month means for one membership, as the participant page shows it:
 * - `protected`: a `protected_month` row exists (a settled bill line, or the segment's grace, protects it);
 * - `grace`: a bill line covers the month, the bill is not settled, and it is not due yet (`due_on ≥ today`);
 * - `unpaid`: a bill line covers the month, the bill is not settled and its due date has passed;
 * - `not_billed`: the membership is valid in the month but no bill line covers it (not billed yet, or a
 *   settled line the protection work has not turned into a protected month);
 * - `not_member`: the membership does not cover any day of the month.
 */
/** The statuses are the protection rule's (src/protection/protection.rules.ts): one definition. */
export const CALENDAR_STATUSES = MONTH_STATUSES;
export type CalendarStatus = MonthStatus;

export interface CalendarMembership {
  readonly id: number;
  /** Inclusive dates `YYYY-MM-DD`; `to` null while open. */
  readonly from: string;
  readonly to: string | null;
}

/** One membership's share of one bill: the months it covers (first days, inclusive) and the bill's state. */
export interface CalendarLine {
  readonly membershipId: number;
  readonly billId: number;
  readonly coversFrom: string;
  readonly coversTo: string;
  readonly dueOn: string;
  readonly settledOn: string | null;
}

export interface CalendarCell {
  readonly month: Month;
  readonly status: CalendarStatus;
  /** The unsettled bill behind `grace` / `unpaid`, else null. */
  readonly billId: number | null;
  readonly dueOn: string | null;
}

const lastDayOf = (month: Month): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
};

/** The membership shares at least one day with the month. */
export const memberInMonth = (m: CalendarMembership, month: Month): boolean =>
  m.from <= lastDayOf(month) && (m.to === null || m.to >= `${month}-01`);

/**
 * One month's status. Precedence: not a member, then protected, then the worst unsettled line covering
 * the month (`unpaid` before `grace`), else not billed. `today` is the caller's clock (WIB date).
 *
 * @example
 * // A BPU membership since 2025-01-01, the March bill due 2025-04-15, unsettled:
 * monthStatus(m, '2025-03', new Set(), lines, '2025-04-10') // → 'grace'   (10 April ≤ 15 April)
 * monthStatus(m, '2025-03', new Set(), lines, '2025-04-16') // → 'unpaid'  (16 April > 15 April)
 */
export function monthStatus(
  membership: CalendarMembership,
  month: Month,
  protectedMonths: ReadonlySet<string>,
  lines: readonly CalendarLine[],
  today: string,
): CalendarCell {
  const none = { billId: null, dueOn: null };
  const inValidity = memberInMonth(membership, month);
  if (inValidity && protectedMonths.has(month)) return { month, status: 'protected', ...none };
  const first = `${month}-01`;
  const open = lines.filter(
    (l) =>
      l.membershipId === membership.id &&
      l.settledOn === null &&
      l.coversFrom <= first &&
      l.coversTo >= first,
  );
  // A settled line without a protected_month row (outside validity or after death) does not protect.
  const status = ruleStatus(
    inValidity,
    open.map((l) => ({ settled: false, dueOn: l.dueOn })),
    today,
  );
  const bill =
    status === 'unpaid' ? open.find((l) => l.dueOn < today) : status === 'grace' ? open[0] : undefined;
  return bill ? { month, status, billId: bill.billId, dueOn: bill.dueOn } : { month, status, ...none };
}

/** Every month of `from … to` for one membership; `protectedMonths` holds its `YYYY-MM` rows. */
export function membershipCalendar(
  membership: CalendarMembership,
  from: Month,
  to: Month,
  protectedMonths: ReadonlySet<string>,
  lines: readonly CalendarLine[],
  today: string,
): CalendarCell[] {
  return monthsBetween(from, to).map((month) =>
    monthStatus(membership, month, protectedMonths, lines, today),
  );
}
