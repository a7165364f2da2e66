import { type Kysely, sql } from 'kysely';

/**
 * Payments, second look (issue 6): why each allocation row exists.
 *
 * - `payment`: the money of a posting, allocated when it was posted;
 * - `credit`: a payment's unallocated remainder applied later, when new bills appeared
 *   (`applyCredit`, or before a newer payment of the same payer);
 * - `reversal`: the negative rows of a reversed payment.
 *
 * A replayed idempotency key answers with the `payment` rows only, so the answer is the original one
 * even after the payment's credit went to later bills. Existing rows are postings (the default).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table payment_allocation
      add column source text not null default 'payment' check (source in ('payment', 'credit', 'reversal'));
    create index payment_unreversed_idx on payment (payer_key, id) where reversed_at is null;
  `.execute(db);
}
