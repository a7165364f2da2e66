import type { Executor } from '../db/database.ts';

// CONTRACT STUB (coordinator): owned by the billing work; payments call it after allocating.

/** Puts each employer in `arrears` while it has an overdue unpaid bill on `asOf`, back to `active` when not. */
export async function refreshEmployerStanding(
  _trx: Executor,
  _employerIds: readonly number[],
  _asOf: string,
): Promise<void> {}
