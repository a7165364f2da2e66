import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { inScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import { lockForTransaction } from '../db/locks.ts';
import { queueRefresh } from '../protection/protection.repo.ts';
import { protectBills, refreshQueuedCoverage } from '../protection/protection.service.ts';
import { lastDayOfMonth } from '../regulations/contributions/contribution-date.ts';
import type { ParameterBook } from '../regulations/parameter-book.ts';
import { requireMonth } from '../shared/month.ts';
import { writeBills } from './bill-copy.ts';
import {
  billableSlice,
  billedKeys,
  employersToRefresh,
  finishRun,
  insertRun,
  linedMemberships,
  maxMembershipId,
} from './billing.repo.ts';
import { monthSpan, zeroBillSettledOn } from './billing.rules.ts';
import { addFines } from './fines.ts';
import { writeLines } from './line-copy.ts';
import { addPlacements, addProjects } from './once-bills.ts';
import { addMembership, type BillingProblem, RunState } from './run-state.ts';
import { refreshEmployerStanding } from './standing.ts';

export type { BillingProblem };

/** Advisory lock of billing runs: two runs (of any month) queue instead of racing for the same bills. */
const BILLING_LOCK = 7_361_101;
/** Membership ids per read: a slice of the primary key, read with one query. */
const SLICE = 100_000;

export interface BillingRunResult {
  runId: number;
  month: string;
  bills: number;
  lines: number;
  total: number;
  fines: { bills: number; total: number };
  /** Memberships already on a bill of this month (an earlier run): left as they are. */
  alreadyBilled: number;
  problemCount: number;
  problems: BillingProblem[];
  durationMs: number;
  /** Milliseconds per phase (read, compute, write bills, write lines, standing …): where a run spends its time. */
  phases: Record<string, number>;
}

export interface RunBillingInput {
  readonly month: string;
  readonly actor: Actor;
  /** The run's date (WIB): zero bills settle on it, fines need the month to be over, standing is as of it. */
  readonly today: string;
  /** Rebuild registry coverage of the queued months after the run (default); a bulk loader does it once at the end. */
  readonly refreshCoverage?: boolean;
}

/**
 * Bills one contribution month (issue 6): every PU and BPU membership valid on at least one day of it,
 * every Jakon project and PMI placement not billed yet, inside the actor's regions; then the employer
 * fines of the month and the employers' standing. One transaction: a run is all or nothing. A payer
 * already billed for the month is left alone (`bill` is unique on payer, month and kind), so a re-run
 * adds only what is missing and a rate changed later never rewrites a bill. Parameters are read as in
 * force on the month's last day (lastDayOfMonth) and kept on the run.
 */
export async function runBilling(
  db: Executor,
  book: ParameterBook,
  input: RunBillingInput,
): Promise<BillingRunResult> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const lap = (phase: string) => {
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + Math.round(now - mark);
    mark = now;
  };
  const month = requireMonth(input.month);
  const { start, end } = monthSpan(month);
  const roots = input.actor.regions;
  const result = await db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, BILLING_LOCK);
    // The slice query's estimated cost (a subplan per row) tempts the server into JIT-compiling it,
    // about 0,3 s per slice for a plan that runs in that time anyway. Each slice sorts its wage reports
    // (about 10 MB per 100,000): in memory, not in temporary files.
    await sql`set local jit = off`.execute(trx);
    await sql`set local work_mem = '32MB'`.execute(trx);
    const state = new RunState(
      book,
      month,
      lastDayOfMonth(month),
      await billedKeys(trx, start, 'contribution'),
    );
    if (state.billed.size > 0) state.lined = await linedMemberships(trx, start);
    const runId = await insertRun(trx, { month: start, asOf: input.today, actor: input.actor.label });
    lap('start');
    const maxId = await maxMembershipId(trx);
    const read = (afterId: number) => {
      const slice = billableSlice(trx, { start, end, afterId, toId: afterId + SLICE, roots });
      slice.catch(() => {}); // awaited below; a failure while the last slice computes is not unhandled
      return slice;
    };
    // The server reads the next slice while this one computes: at most two slices are held at once.
    let next = maxId > 0 ? read(0) : null;
    for (let afterId = 0; next !== null; afterId += SLICE) {
      const slice = await next;
      next = afterId + SLICE < maxId ? read(afterId + SLICE) : null;
      lap('read');
      for (const row of slice) addMembership(state, row);
      lap('compute');
    }
    await addProjects(trx, state, roots);
    await addPlacements(trx, state, roots);
    lap('projectsAndPlacements');
    const batch = state.batch;
    batch.settleProgramRegions();
    batch.retain((i) => inScope({ regions: roots }, batch.bills.region[i] as string));
    const fines = await addFines(trx, state, { month, end, today: input.today, roots });
    for (let i = 0; i < batch.bills.key.length; i++)
      if (batch.bills.amount[i] === 0)
        batch.bills.settledOn[i] = zeroBillSettledOn(input.today, batch.bills.dueOn[i] as string);
    lap('fines');
    const ids = await writeBills(trx, runId, start, batch.bills);
    lap('writeBills');
    const lines = batch.lines;
    await writeLines(trx, lines, ids);
    lap('writeLines');
    const settled = ids.filter((_, i) => batch.bills.amount[i] === 0);
    if (settled.length > 0) await protectBills(trx, settled);
    // Months a prepaid contract already protects count in coverage from the run of that month on.
    await queueRefresh(trx, start);
    await refreshEmployerStanding(trx, await employersToRefresh(trx, input.today, roots), input.today);
    lap('protectAndStanding');
    const parameters = [...state.used.values()].sort((a, b) => a.code.localeCompare(b.code));
    const total = batch.total;
    await finishRun(trx, runId, { bills: ids.length, lines: lines.count, total, parameters });
    return {
      runId,
      month,
      bills: ids.length,
      lines: lines.count,
      total,
      fines,
      alreadyBilled: state.alreadyBilled,
      problemCount: state.problemCount,
      problems: state.problems,
      durationMs: Math.round(performance.now() - started),
      phases,
    };
  });
  if (input.refreshCoverage !== false) await refreshQueuedCoverage(db);
  return result;
}
