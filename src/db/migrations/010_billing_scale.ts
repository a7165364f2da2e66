import { type Kysely, sql } from 'kysely';

/**
 * Billing at national scale (issue 8): what a monthly run must maintain for every bill and line it writes.
 *
 * - `bill_line` → `bill` key dropped. Only a billing run writes lines, with the ids of the bills it has
 *   just inserted in the same transaction, and bills are never deleted. The key cost a per-row trigger and
 *   a KEY SHARE lock on the bill: measured at half the time of writing a million lines (4.1 of 8.6 s).
 * - `bill_line_participant_idx` dropped: no query looks lines up by person (a person's lines are reached
 *   through the membership), and it cost 1.3 s per million lines.
 * - The `bill` keys to `bill_run`, `employer`, `jakon_project`, `participant` and `region` dropped for the
 *   same reason as the line keys of 005: the run writes every bill (and fine) from rows it read in the
 *   same transaction, and none of those tables deletes a row. 1.4 s per 118,000 bills, 14 s at 10 M
 *   memberships. `payment_allocation` → `bill` stays: payments write it one allocation at a time.
 *
 * Kept: the line's primary key (bill_id, membership_id), which the run fills at its right edge (lines are
 * written in bill order) and which serves a bill's lines; `bill_line_membership_idx`, which serves the
 * calendar, lapse and protection reads by membership; the bill's indexes (each serves a reader).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table bill_line drop constraint bill_line_bill_id_fkey;
    drop index bill_line_participant_idx;
    alter table bill
      drop constraint bill_run_id_fkey,
      drop constraint bill_employer_id_fkey,
      drop constraint bill_project_id_fkey,
      drop constraint bill_participant_id_fkey,
      drop constraint bill_region_code_fkey;
  `.execute(db);
}
