import { rebuildActiveRollup } from '../coverage/rollup.repo.ts';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import {
  deleteProtectedMonths,
  drainRefreshQueue,
  insertProtectedMonths,
  registryMonths,
  replaceRegistryReports,
} from './protection.repo.ts';

/**
 * Settled bills protect the months of their lines: inserts protected_month rows (idempotent) and
 * queues the months that changed for {@link refreshQueuedCoverage}. Bills among `billIds` that are not
 * settled are ignored, so callers may pass every bill a payment touched.
 *
 * @example
 * // inside the payment's transaction, after allocating:
 * await protectBills(trx, settledBillIds);
 */
export async function protectBills(trx: Executor, billIds: readonly number[]): Promise<void> {
  if (billIds.length === 0) return;
  await insertProtectedMonths(trx, billIds);
}

/**
 * Bills no longer settled (a reversal) stop protecting: removes the rows of their lines unless another
 * settled line still covers that membership and month, and queues the months that changed. Settled
 * bills among `billIds` are ignored.
 */
export async function unprotectBills(trx: Executor, billIds: readonly number[]): Promise<void> {
  if (billIds.length === 0) return;
  await deleteProtectedMonths(trx, billIds);
}

/**
 * Recomputes the registry's active_report rows and the rollup for the given months (first days,
 * `YYYY-MM-01`): per village and segment, each protected person once per month (segment priority
 * PU > JAKON > PMI > BPU). Takes the rollup lock when it opens its own transaction.
 */
export async function refreshRegistryCoverage(db: Executor, months: readonly string[]): Promise<void> {
  if (months.length === 0) return;
  const run = async (trx: Executor) => {
    await lockForTransaction(trx, LOCKS.activeRollup);
    await replaceRegistryReports(trx, months);
    await rebuildActiveRollup(trx, months);
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
}

/** Drains the refresh queue and refreshes the months it held; returns them (first days). */
export async function refreshQueuedCoverage(db: Executor): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.activeRollup);
    const months = await drainRefreshQueue(trx);
    await refreshRegistryCoverage(trx, months);
    return months;
  });
}

/** Rebuilds every month the registry has ever touched (after a bulk load, or to repair). */
export async function refreshAllRegistryCoverage(db: Executor): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.activeRollup);
    await drainRefreshQueue(trx);
    const months = await registryMonths(trx);
    await refreshRegistryCoverage(trx, months);
    return months;
  });
}
