import { type Kysely, sql } from 'kysely';

/**
 * Bulk registry imports (issue 6): one job row per import attempt — also for a rejected file or a
 * dry run, which leave no `import_batch` — and the problems it found, so the error report can be
 * downloaded after the import whatever its outcome. The job and its problems are written outside the
 * import's own transaction: a rolled-back import still explains itself.
 *
 * `kpj_of(serial)` is `kpjFromSerial` (src/registry/membership.rules.ts) in SQL — the 10-digit serial
 * and its Luhn digit — so a bulk import can issue KPJ numbers with `nextval` for a million rows at once.
 * Luhn from the right: the 10th, 8th, 6th, 4th and 2nd digits (from the left) are doubled.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registry_import_job (
      id serial primary key,
      kind text not null check (kind in ('participants', 'employers', 'wage_reports', 'payments')),
      status text not null check (status in ('running', 'committed', 'rejected', 'validated', 'failed')),
      mode text not null check (mode in ('all', 'valid-only')),
      dry_run boolean not null,
      client_ref text,
      file_name text,
      file_sha256 text,
      actor text not null,
      actor_id integer,
      region_code text,
      batch_id integer references import_batch (id),
      rows_total integer not null default 0,
      rows_valid integer not null default 0,
      rows_invalid integer not null default 0,
      rows_inserted integer not null default 0,
      rows_updated integer not null default 0,
      rows_unchanged integer not null default 0,
      bytes_read bigint not null default 0,
      issues_total integer not null default 0,
      error text,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index registry_import_job_actor_idx on registry_import_job (actor_id, id);

    create table registry_import_issue (
      job_id integer not null references registry_import_job (id),
      seq integer not null,
      row_number integer not null,
      column_name text,
      code text not null,
      message text not null,
      message_en text not null,
      value text,
      primary key (job_id, seq)
    );

    create function kpj_of(serial bigint) returns text
      language sql immutable strict parallel safe
      return lpad(serial::text, 10, '0') || (
        (10 - (
          (serial / 1000000000 % 10) + (serial / 10000000 % 10) + (serial / 100000 % 10)
          + (serial / 1000 % 10) + (serial / 10 % 10)
          + (serial / 100000000 % 10) * 2 - case when serial / 100000000 % 10 >= 5 then 9 else 0 end
          + (serial / 1000000 % 10) * 2 - case when serial / 1000000 % 10 >= 5 then 9 else 0 end
          + (serial / 10000 % 10) * 2 - case when serial / 10000 % 10 >= 5 then 9 else 0 end
          + (serial / 100 % 10) * 2 - case when serial / 100 % 10 >= 5 then 9 else 0 end
          + (serial % 10) * 2 - case when serial % 10 >= 5 then 9 else 0 end
        ) % 10) % 10
      )::text;
  `.execute(db);
}
