import { sql } from 'kysely';
import type { Executor } from './database.ts';

/**
 * Transaction-scoped advisory locks for work that rebuilds shared derived tables. Two imports that
 * touch the same months would otherwise rebuild the same rollup rows concurrently on the PostgreSQL
 * server; taking the lock first makes them queue, and it is released at commit or rollback.
 */
export const LOCKS = {
  activeRollup: 7_361_001,
  workforceRollup: 7_361_002,
  /** Edits of the regulation parameter table: the overlap check and the insert must not interleave. */
  regulationParameters: 7_361_003,
  /** Beneficiary imports: the cross-program and budget checks and the enrolment must not interleave. */
  fundingEnrolment: 7_361_004,
} as const;

export async function lockForTransaction(trx: Executor, key: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}
