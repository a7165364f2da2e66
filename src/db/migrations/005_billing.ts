import { type Kysely, sql } from 'kysely';

/**
 * Billing, payments and protected months (issue 6, second part).
 *
 * - `bill_run`: one billing run of one contribution month, with the parameter rows it read (a snapshot,
 *   so a later rate change never rewrites what a bill was computed with).
 * - `bill`: what one payer owes for one month — a PU employer, a BPU payer (the worker, or one funding
 *   program / group), a Jakon project, a PMI placement — and, separately (`kind = 'fine'`), the late
 *   fine of an employer. `paid` only ever moves through `payment_allocation`.
 * - `bill_line`: one membership's share of a bill and the months it protects (`covers_from` …
 *   `covers_to`, first days of months: one month for PU and BPU, the project or contract for Jakon / PMI).
 * - `payment` + `payment_allocation`: a payment is posted once per idempotency key and allocated to the
 *   payer's open bills oldest first; what is left is the payer's credit. A reversal is a flag plus
 *   negative allocation rows — nothing is deleted.
 * - `protected_month`: derived — one row per membership and month that a settled bill line (or the
 *   segment's grace) protects. The coverage engine counts these as registry `active_report` rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_batch drop constraint import_batch_kind_check;
    alter table import_batch add constraint import_batch_kind_check
      check (kind in ('active', 'workforce', 'targets', 'participants', 'employers', 'wage_reports', 'payments'));

    create table bill_run (
      id serial primary key,
      month date not null check (extract(day from month) = 1),
      as_of date not null,
      parameters jsonb not null,
      bills integer not null default 0,
      lines integer not null default 0,
      total bigint not null default 0,
      actor text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );

    create table bill (
      id bigserial primary key,
      run_id integer not null references bill_run (id),
      month date not null check (extract(day from month) = 1),
      kind text not null check (kind in ('contribution', 'fine')),
      segment text not null check (segment in ('PU', 'BPU', 'JAKON', 'PMI')),
      payer_key text not null,
      payer_kind text not null check (payer_kind in ('employer', 'self', 'government', 'csr', 'group', 'agent')),
      employer_id integer references employer (id),
      project_id integer references jakon_project (id),
      participant_id integer references participant (id),
      region_code text not null references region (code),
      amount bigint not null check (amount >= 0),
      paid bigint not null default 0 check (paid >= 0 and paid <= amount),
      due_on date not null,
      settled_on date,
      created_at timestamptz not null default now(),
      unique (payer_key, month, kind)
    );
    create index bill_open_idx on bill (payer_key, month) where paid < amount;
    create index bill_region_idx on bill (region_code text_pattern_ops, month);
    create index bill_month_idx on bill (month);
    create index bill_employer_idx on bill (employer_id, month) where employer_id is not null;
    create index bill_participant_idx on bill (participant_id, month) where participant_id is not null;
    create index bill_project_idx on bill (project_id) where project_id is not null;

    create table bill_line (
      bill_id bigint not null references bill (id),
      -- No foreign keys to membership and participant: only a billing run writes lines, it reads every
      -- membership and person it bills in the same transaction, and neither table ever deletes a row
      -- (history is validity ranges). Each key would cost a per-row check and a KEY SHARE lock on a
      -- million rows per run, measured at two thirds of the time of writing the lines.
      membership_id integer not null,
      participant_id integer not null,
      covers_from date not null,
      covers_to date not null,
      base bigint,
      employer bigint not null default 0,
      worker bigint not null default 0,
      government bigint not null default 0,
      other bigint not null default 0,
      amount bigint not null check (amount >= 0),
      primary key (bill_id, membership_id),
      check (covers_to >= covers_from)
    );
    create index bill_line_membership_idx on bill_line (membership_id, covers_from);
    create index bill_line_participant_idx on bill_line (participant_id, covers_from);

    create table payment (
      id bigserial primary key,
      idempotency_key text not null unique,
      request_sha256 text not null,
      payer_key text not null,
      amount bigint not null check (amount > 0),
      paid_on date not null,
      channel text,
      reference text,
      actor text not null,
      import_id integer references import_batch (id),
      received_at timestamptz not null default now(),
      reversed_at timestamptz,
      reversed_by text,
      reversal_reason text,
      check ((reversed_at is null) = (reversal_reason is null))
    );
    create index payment_payer_idx on payment (payer_key, received_at);

    create table payment_allocation (
      id bigserial primary key,
      payment_id bigint not null references payment (id),
      bill_id bigint not null references bill (id),
      amount bigint not null check (amount <> 0),
      created_at timestamptz not null default now()
    );
    create index payment_allocation_payment_idx on payment_allocation (payment_id);
    create index payment_allocation_bill_idx on payment_allocation (bill_id);

    create table protected_month (
      membership_id integer not null references membership (id),
      month date not null check (extract(day from month) = 1),
      participant_id integer not null references participant (id),
      segment text not null check (segment in ('PU', 'BPU', 'JAKON', 'PMI')),
      village_code text not null references region (code),
      primary key (membership_id, month)
    );
    create index protected_month_month_idx on protected_month (month, village_code text_pattern_ops);
    create index protected_month_participant_idx on protected_month (participant_id, month);
  `.execute(db);
}
