import type { Executor } from '../db/database.ts';
import type { Month } from '../shared/month.ts';
import type { CalendarLine } from './protection-calendar.rules.ts';

/**
 * Read-only views of the billing tables (migration 005) that the registry's pages need: a project's
 * bills, and the bill lines and protected months behind a participant's calendar. Billing and payments
 * own the writes; these only read.
 */
export interface BillSummary {
  id: number;
  month: string;
  kind: 'contribution' | 'fine';
  segment: string;
  payerKey: string;
  amount: number;
  paid: number;
  outstanding: number;
  dueOn: string;
  settledOn: string | null;
  status: 'open' | 'partial' | 'paid';
  overdue: boolean;
}

/** A project's bills, newest month first (at most 120); `today` decides what is overdue. */
export async function billsOfProject(db: Executor, projectId: number, today: string): Promise<BillSummary[]> {
  const rows = await db
    .selectFrom('bill')
    .select(['id', 'month', 'kind', 'segment', 'payer_key', 'amount', 'paid', 'due_on', 'settled_on'])
    .where('project_id', '=', projectId)
    .orderBy('month', 'desc')
    .orderBy('id')
    .limit(120)
    .execute();
  return rows.map((b) => {
    const amount = Number(b.amount);
    const paid = Number(b.paid);
    return {
      id: Number(b.id),
      month: b.month.slice(0, 7),
      kind: b.kind,
      segment: b.segment,
      payerKey: b.payer_key,
      amount,
      paid,
      outstanding: amount - paid,
      dueOn: b.due_on,
      settledOn: b.settled_on,
      status: paid >= amount ? 'paid' : paid > 0 ? 'partial' : 'open',
      overdue: paid < amount && b.due_on < today,
    };
  });
}

/** The bill lines of these memberships that cover any month of `from … to` (first days of months). */
export async function calendarLines(
  db: Executor,
  membershipIds: readonly number[],
  from: Month,
  to: Month,
): Promise<CalendarLine[]> {
  if (membershipIds.length === 0) return [];
  const rows = await db
    .selectFrom('bill_line as l')
    .innerJoin('bill as b', 'b.id', 'l.bill_id')
    .select(['l.membership_id', 'l.bill_id', 'l.covers_from', 'l.covers_to', 'b.due_on', 'b.settled_on'])
    .where('l.membership_id', 'in', membershipIds)
    .where('b.kind', '=', 'contribution')
    .where('l.covers_from', '<=', `${to}-01`)
    .where('l.covers_to', '>=', `${from}-01`)
    .execute();
  return rows.map((r) => ({
    membershipId: r.membership_id,
    billId: Number(r.bill_id),
    coversFrom: r.covers_from,
    coversTo: r.covers_to,
    dueOn: r.due_on,
    settledOn: r.settled_on,
  }));
}

/** `YYYY-MM` protected months of these memberships in `from … to`, per membership. */
export async function protectedMonthsOf(
  db: Executor,
  membershipIds: readonly number[],
  from: Month,
  to: Month,
): Promise<Map<number, Set<string>>> {
  const byMembership = new Map<number, Set<string>>();
  if (membershipIds.length === 0) return byMembership;
  const rows = await db
    .selectFrom('protected_month')
    .select(['membership_id', 'month'])
    .where('membership_id', 'in', membershipIds)
    .where('month', '>=', `${from}-01`)
    .where('month', '<=', `${to}-01`)
    .execute();
  for (const r of rows) {
    const set = byMembership.get(r.membership_id) ?? new Set<string>();
    set.add(r.month.slice(0, 7));
    byMembership.set(r.membership_id, set);
  }
  return byMembership;
}
