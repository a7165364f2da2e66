import { type Kysely, sql } from 'kysely';

/**
 * Payments at national scale (issue 8): a payment moves `bill.paid` (and `settled_on`), millions of
 * times on a national bank-file day.
 *
 * - `bill_open_idx` (payer, month) where paid < amount dropped: its predicate names `paid`, so every
 *   payment's update of a bill had to write a new entry in all eight of the bill's indexes. The open
 *   bills of a payer are found through the unique (payer_key, month, kind) index (a payer has one bill
 *   a month and kind) with `paid < amount` as a filter on those few rows.
 * - `fillfactor` 85 on `bill`: with no index naming `paid` or `settled_on`, the update can stay on the
 *   bill's page (a HOT update: no index entry at all) when the page has room; new pages keep 15 % free
 *   for that.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index bill_open_idx;
    alter table bill set (fillfactor = 85);
  `.execute(db);
}
