import type { Actor } from '../auth/actor.ts';
import type { Executor } from '../db/database.ts';

// CONTRACT STUB (coordinator): owned by the payments work; the payments import calls postPaymentIn.

export interface PaymentInput {
  readonly idempotencyKey: string;
  /** `employer:<id>`, `participant:<id>`, `program:<payer_kind>:<payer_ref>`, `project:<id>`, `placement:<membership id>`. */
  readonly payerKey: string;
  readonly amount: number;
  /** ISO date the money was paid. */
  readonly paidOn: string;
  readonly channel?: string | null;
  readonly reference?: string | null;
}

export interface PaymentResult {
  readonly paymentId: number;
  /** True when the idempotency key was already posted with the same request (nothing changed). */
  readonly replayed: boolean;
  readonly allocations: { billId: number; amount: number }[];
  /** What was left after every open bill: the payer's credit. */
  readonly unallocated: number;
}

/** Posts one payment inside the caller's transaction (the import runs many in one). */
export async function postPaymentIn(
  _trx: Executor,
  _actor: Actor,
  _input: PaymentInput,
  _importId?: number | null,
): Promise<PaymentResult> {
  throw new Error('not implemented yet');
}
