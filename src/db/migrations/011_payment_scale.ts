import { type Kysely, sql } from 'kysely';

/**
 * Payments and projects at national scale (issue 8).
 *
 * - `membership_project_idx`: a Jakon project's workers (the billing run's unbilled projects, the project
 *   page) were found by scanning every membership once per project: at 10 M memberships and 5,000
 *   projects the run's first query did not finish in five minutes.
 *
 * Payments: a payment moves `bill.paid` (and `settled_on`), millions of
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
    create index membership_project_idx on membership (project_id) where project_id is not null;
    drop index bill_open_idx;
    alter table bill set (fillfactor = 85);
  `.execute(db);
}
