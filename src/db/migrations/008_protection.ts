import { type Kysely, sql } from 'kysely';

/**
 * Protected months feed the coverage engine (issue 6): `protectBills` / `unprotectBills` note every month
 * whose protected_month rows changed here, and `refreshQueuedCoverage` rebuilds the registry's
 * `active_report` rows and the rollup for those months, then forgets them.
 *
 * Deliberately no unique key on `month`: payments posted in parallel for the same month must not wait
 * for each other on one queue row (an `on conflict` insert would block until the other commits).
 * Duplicates are harmless; the drain takes the distinct months.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table coverage_refresh_queue (
      id bigserial primary key,
      month date not null check (extract(day from month) = 1),
      queued_at timestamptz not null default now()
    );
    create index coverage_refresh_queue_month_idx on coverage_refresh_queue (month);
  `.execute(db);
}
