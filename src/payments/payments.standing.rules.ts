/**
 * Employer standing during a set-based post (issue 8), pure: the sequential path refreshes the standing
 * of the employers each post touched, on that payment's date, after that post. A batch replays those
 * refreshes in memory, in order, so the history it writes is the one the sequential path writes.
 */
import { dayBefore } from '../shared/dates.ts';
import type { PostedAllocation } from './payments.bulk.rules.ts';

export type StandingStatus = 'active' | 'arrears' | 'closed';

/** An employer's open status range (valid_to null) when the batch starts. */
export interface OpenStanding {
  readonly employerId: number;
  readonly status: StandingStatus;
  readonly validFrom: string;
  readonly villageCode: string;
}

/** One `refreshEmployerStanding(trx, [employerId], asOf)` of the sequential path, and what it would see. */
export interface StandingEvent {
  readonly employerId: number;
  readonly asOf: string;
  readonly overdue: boolean;
}

export interface StandingReplay {
  /** The ranges open before the batch that changed: a new status in place and/or an end. */
  readonly updated: {
    employerId: number;
    validFrom: string;
    status: StandingStatus;
    validTo: string | null;
  }[];
  readonly inserted: {
    employerId: number;
    validFrom: string;
    status: StandingStatus;
    validTo: string | null;
  }[];
  /** One `employer.status` audit entry per change, as refreshEmployerStanding writes it. */
  readonly audits: { employerId: number; villageCode: string; before: unknown; after: unknown }[];
}

interface Range {
  status: StandingStatus;
  validFrom: string;
  validTo: string | null;
  original: boolean;
  changed: boolean;
}

/**
 * Replays the sequential path's standing refreshes (one per post, `asOf` = its `paidOn`) in order on the
 * ranges in memory, with the rule of `refreshEmployerStanding` (src/billing/standing.ts): not a closed
 * employer, not a range that starts after `asOf`; a range starting on `asOf` changes in place, another
 * ends the day before and a new one starts on `asOf`. Replaying rather than refreshing once per date
 * keeps the short ranges a batch passes through (arrears after a partial payment, active again after
 * the next), so the history is the one the sequential path writes.
 *
 * @example replayStanding([{ employerId: 4, status: 'active', validFrom: '2024-01-01', villageCode: 'v' }],
 *   [{ employerId: 4, asOf: '2025-03-10', overdue: true }, { employerId: 4, asOf: '2025-03-12', overdue: false }])
 * // active 2024-01-01…2025-03-09, arrears 2025-03-10…2025-03-11, active from 2025-03-12; two audit entries
 */
export function replayStanding(
  opens: readonly OpenStanding[],
  events: readonly StandingEvent[],
): StandingReplay {
  const history = new Map<number, Range[]>();
  for (const o of opens)
    history.set(o.employerId, [
      { status: o.status, validFrom: o.validFrom, validTo: null, original: true, changed: false },
    ]);
  const village = new Map(opens.map((o) => [o.employerId, o.villageCode]));
  const audits: StandingReplay['audits'] = [];
  for (const e of events) {
    const ranges = history.get(e.employerId);
    const r = ranges?.[ranges.length - 1];
    if (!ranges || !r || r.status === 'closed' || r.validFrom > e.asOf) continue;
    if (!((e.overdue && r.status === 'active') || (!e.overdue && r.status === 'arrears'))) continue;
    const next: StandingStatus = e.overdue ? 'arrears' : 'active';
    audits.push({
      employerId: e.employerId,
      villageCode: village.get(e.employerId) ?? '',
      before: { status: r.status, validFrom: r.validFrom },
      after: { status: next, from: e.asOf, reason: e.overdue ? 'overdue bill' : 'bills paid' },
    });
    if (r.validFrom === e.asOf) {
      r.status = next;
      r.changed = true;
    } else {
      r.validTo = dayBefore(e.asOf);
      r.changed = true;
      ranges.push({ status: next, validFrom: e.asOf, validTo: null, original: false, changed: true });
    }
  }
  const all = [...history].flatMap(([employerId, ranges]) => ranges.map((r) => ({ employerId, ...r })));
  const row = ({ employerId, validFrom, status, validTo }: (typeof all)[number]) => ({
    employerId,
    validFrom,
    status,
    validTo,
  });
  return {
    updated: all.filter((r) => r.original && r.changed).map(row),
    inserted: all.filter((r) => !r.original).map(row),
    audits,
  };
}

/** An open bill of a batch payer, as far as standing cares. */
export interface StandingBill {
  readonly id: number;
  readonly employerId: number | null;
  readonly dueOn: string;
}

/**
 * The refreshes the sequential path runs: after each post, for the employers of the bills its rows
 * touched, on its `paidOn`; overdue when the employer then has an open bill due before that date —
 * one of the batch payers' bills not yet settled by that post, or a bill of another payer (`otherDue`:
 * their earliest due date, which the batch does not change).
 */
export function standingEvents(
  allocations: readonly PostedAllocation[],
  settled: readonly { billId: number; post: number }[],
  bills: readonly StandingBill[],
  paidOnOf: (post: number) => string,
  otherDue: ReadonlyMap<number, string>,
): StandingEvent[] {
  const settledAt = new Map(settled.map((s) => [s.billId, s.post]));
  const employerOf = new Map(bills.map((b) => [b.id, b.employerId]));
  const billsOf = new Map<number, StandingBill[]>();
  for (const b of bills)
    if (b.employerId !== null) billsOf.set(b.employerId, [...(billsOf.get(b.employerId) ?? []), b]);
  const touched = new Map<number, Set<number>>();
  for (const a of allocations) {
    const employerId = employerOf.get(a.billId);
    if (employerId === null || employerId === undefined) continue;
    touched.set(a.post, (touched.get(a.post) ?? new Set()).add(employerId));
  }
  const events: StandingEvent[] = [];
  for (const [post, employers] of [...touched].sort(([a], [b]) => a - b)) {
    const asOf = paidOnOf(post);
    for (const employerId of employers) {
      const other = otherDue.get(employerId);
      const overdue =
        (other !== undefined && other < asOf) ||
        (billsOf.get(employerId) ?? []).some(
          (b) => b.dueOn < asOf && (settledAt.get(b.id) ?? Number.POSITIVE_INFINITY) > post,
        );
      events.push({ employerId, asOf, overdue });
    }
  }
  return events;
}
