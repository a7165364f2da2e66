import { type Kysely, sql } from 'kysely';

/**
 * The participant registry (issue 6, first part): employers with a status history, Jakon projects,
 * people identified by NIK with a product-issued KPJ, and memberships — one person, many over time,
 * each a validity range in one segment with its programs and payer. History is kept as ranges
 * (`valid_from` … `valid_to`, inclusive; open when null), never overwritten.
 *
 * The two conflicts the issue names are also unique indexes, so no race can slip past the service
 * checks: one open BPU membership per person, one open PU membership per person and employer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table employer (
      id serial primary key,
      npp text not null unique,
      name text not null,
      kbli text,
      jkk_risk_group smallint not null check (jkk_risk_group between 1 and 5),
      size_class text not null check (size_class in ('micro', 'small', 'medium', 'large')),
      village_code text not null references region (code),
      created_at timestamptz not null default now()
    );
    create index employer_village_idx on employer (village_code text_pattern_ops);

    create table employer_status (
      employer_id integer not null references employer (id),
      status text not null check (status in ('active', 'arrears', 'closed')),
      valid_from date not null,
      valid_to date,
      primary key (employer_id, valid_from),
      check (valid_to is null or valid_to >= valid_from)
    );

    create table jakon_project (
      id serial primary key,
      project_number text not null unique,
      name text not null,
      contractor_id integer not null references employer (id),
      contract_value bigint not null check (contract_value > 0),
      starts_on date not null,
      ends_on date not null check (ends_on >= starts_on),
      village_code text not null references region (code)
    );

    create sequence kpj_serial;

    create table participant (
      id serial primary key,
      nik text not null unique,
      kpj text not null unique,
      name text not null,
      sex text not null check (sex in ('F', 'M')),
      birth_date date not null,
      village_code text not null references region (code),
      phone text,
      died_on date,
      agent_code text,
      created_at timestamptz not null default now(),
      created_by text not null
    );
    create index participant_village_idx on participant (village_code text_pattern_ops);
    create index participant_name_idx on participant (lower(name) text_pattern_ops);
    create index participant_agent_idx on participant (agent_code) where agent_code is not null;

    create table membership (
      id serial primary key,
      participant_id integer not null references participant (id),
      segment text not null check (segment in ('PU', 'BPU', 'JAKON', 'PMI')),
      employer_id integer references employer (id),
      project_id integer references jakon_project (id),
      payer_kind text not null check (payer_kind in ('employer', 'self', 'government', 'csr', 'group', 'agent')),
      payer_ref text,
      programs text[] not null,
      declared_income bigint check (declared_income is null or declared_income > 0),
      occupation text,
      placement_country text,
      valid_from date not null,
      valid_to date,
      end_reason text check (end_reason in ('lapsed', 'employer_closed', 'resigned', 'death', 'retirement', 'jht_claim', 'moved', 'project_ended', 'placement_ended', 'correction')),
      agent_code text,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from),
      check ((valid_to is null) = (end_reason is null)),
      check (segment <> 'PU' or employer_id is not null),
      check (segment <> 'JAKON' or project_id is not null),
      check (segment <> 'BPU' or declared_income is not null)
    );
    create index membership_participant_idx on membership (participant_id, valid_from);
    create index membership_employer_idx on membership (employer_id) where employer_id is not null;
    create unique index membership_one_open_bpu on membership (participant_id)
      where segment = 'BPU' and valid_to is null;
    create unique index membership_one_open_pu on membership (participant_id, employer_id)
      where segment = 'PU' and valid_to is null;

    create table wage_report (
      membership_id integer not null references membership (id),
      month date not null,
      wage bigint not null check (wage > 0),
      primary key (membership_id, month)
    );
  `.execute(db);
}
