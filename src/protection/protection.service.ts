import type { Executor } from '../db/database.ts';

// CONTRACT STUB (coordinator): owned by the protection work; billing and payments call these.

/** Settled bills protect the months of their lines: inserts protected_month rows (idempotent). */
export async function protectBills(_trx: Executor, _billIds: readonly number[]): Promise<void> {}

/** Bills no longer settled (a reversal) stop protecting: removes rows no other settled line holds. */
export async function unprotectBills(_trx: Executor, _billIds: readonly number[]): Promise<void> {}

/** Recomputes the registry's active_report rows and the rollup for the given months (first days). */
export async function refreshRegistryCoverage(_db: Executor, _months: readonly string[]): Promise<void> {}
