import { type Kysely, sql } from 'kysely';

/**
 * Local-government funding of vulnerable workers (issue 7).
 *
 * - `funding_program`: who pays (a province, regency, village, company CSR, zakat body…), from which
 *   money (APBD, APBD Perubahan, ADD, Dana Desa, DBH Sawit, CSR…), for which fiscal year, budget,
 *   package and period, and who may be enrolled (villages, occupations, poverty levels). Its `code` is
 *   the `payer_ref` of the memberships it pays, so billing and payments need nothing new: the funder is
 *   the payer `program:<payer_kind>:<code>`.
 * - `welfare_entry`: the imported social-welfare list (DTSEN / P3KE), one row per NIK, the latest list
 *   wins. Poverty levels drive eligibility and the optimizer's "poorest first" rule (Inpres 4/2022).
 * - `funding_beneficiary`: which memberships a program created, so its use of money can be reported.
 *
 * A funded membership ends with the program (`funding_ended`): after the period the funder pays no
 * more, and the worker's cover stops unless someone else takes over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table funding_program (
      id serial primary key,
      code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
      name text not null,
      funder_kind text not null check (funder_kind in ('province', 'regency', 'village', 'csr', 'zakat', 'other')),
      funder_name text not null,
      region_code text not null references region (code),
      source text not null check (source in ('apbd', 'apbd_perubahan', 'add', 'dana_desa', 'dbh_sawit', 'csr', 'other')),
      fiscal_year integer not null check (fiscal_year between 2015 and 2100),
      budget bigint not null check (budget > 0),
      programs text[] not null,
      declared_income bigint not null check (declared_income > 0),
      period_from date not null check (extract(day from period_from) = 1),
      period_to date not null check (extract(day from period_to) = 1),
      eligible_villages text[],
      eligible_occupations text[],
      poverty_levels text[],
      legal_basis text,
      notes text,
      status text not null default 'draft' check (status in ('draft', 'active', 'closed')),
      created_at timestamptz not null default now(),
      created_by text not null,
      updated_at timestamptz not null default now(),
      check (period_to >= period_from),
      check (extract(year from period_from) = fiscal_year and extract(year from period_to) = fiscal_year)
    );
    create index funding_program_region_idx on funding_program (region_code text_pattern_ops);

    create table welfare_entry (
      nik text primary key,
      name text not null,
      sex text not null check (sex in ('F', 'M')),
      birth_date date not null,
      village_code text not null references region (code),
      poverty_level text not null check (poverty_level in ('extreme', 'poor', 'vulnerable')),
      decile smallint check (decile between 1 and 10),
      occupation text,
      list_name text,
      import_batch_id integer references import_batch (id),
      updated_at timestamptz not null default now()
    );
    create index welfare_entry_village_idx on welfare_entry (village_code text_pattern_ops);

    create table funding_beneficiary (
      program_id integer not null references funding_program (id),
      participant_id integer not null references participant (id),
      membership_id integer not null unique references membership (id),
      village_code text not null references region (code),
      occupation text,
      poverty_level text,
      import_batch_id integer references import_batch (id),
      enrolled_at timestamptz not null default now(),
      primary key (program_id, participant_id)
    );
    create index funding_beneficiary_participant_idx on funding_beneficiary (participant_id);

    alter table membership drop constraint membership_end_reason_check;
    alter table membership add constraint membership_end_reason_check
      check (end_reason in ('lapsed', 'employer_closed', 'resigned', 'death', 'retirement', 'jht_claim', 'moved',
        'project_ended', 'placement_ended', 'funding_ended', 'correction'));

    alter table import_batch drop constraint import_batch_kind_check;
    alter table import_batch add constraint import_batch_kind_check
      check (kind in ('active', 'workforce', 'targets', 'participants', 'employers', 'wage_reports', 'payments',
        'beneficiaries', 'welfare'));

    alter table registry_import_job drop constraint registry_import_job_kind_check;
    alter table registry_import_job add constraint registry_import_job_kind_check
      check (kind in ('participants', 'employers', 'wage_reports', 'payments', 'beneficiaries', 'welfare'));
    alter table registry_import_job add column funding_program_id integer references funding_program (id);
  `.execute(db);
}
