import { type Kysely, sql } from 'kysely';

/**
 * Regions, regulation parameters, import batches, workforce denominators, targets and the
 * aggregate active-participant reports with their maintained rollup. Plain SQL so the identical
 * statements run on PGlite and on the PostgreSQL server.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table region (
      code text primary key,
      parent_code text references region (code),
      level smallint not null check (level between 0 and 4),
      kind text not null check (kind in ('national', 'province', 'regency', 'city', 'district', 'village')),
      name text not null,
      search_name text not null,
      child_count integer not null default 0
    );
    create index region_parent_idx on region (parent_code);
    create index region_code_prefix_idx on region (code text_pattern_ops);
    create index region_level_idx on region (level, code);

    create table regulation_parameter (
      id serial primary key,
      code text not null,
      effective_from date not null,
      effective_to date,
      value bigint not null,
      unit text not null check (unit in ('rupiah', 'bp', 'count', 'months')),
      legal_basis text not null,
      article text,
      confidence text not null check (confidence in ('H', 'M', 'L')),
      note text,
      created_at timestamptz not null default now(),
      unique (code, effective_from),
      check (effective_to is null or effective_to >= effective_from)
    );

    create table import_batch (
      id serial primary key,
      kind text not null check (kind in ('active', 'workforce', 'targets')),
      file_name text,
      file_sha256 text not null,
      source text,
      mode text not null check (mode in ('all', 'valid-only')),
      rows_total integer not null,
      rows_valid integer not null,
      rows_invalid integer not null,
      rows_inserted integer not null default 0,
      rows_updated integer not null default 0,
      rows_unchanged integer not null default 0,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    );

    create table workforce_basis (
      code text primary key,
      name_id text not null,
      name_en text not null,
      description_id text not null,
      description_en text not null
    );

    create table workforce_dataset (
      id serial primary key,
      key text not null unique,
      basis text not null references workforce_basis (code),
      name text not null,
      reference_month date not null check (extract(day from reference_month) = 1),
      source text not null,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    );

    create table workforce_figure (
      dataset_id integer not null references workforce_dataset (id) on delete cascade,
      region_code text not null references region (code),
      workforce bigint not null check (workforce >= 0),
      note text,
      import_id integer references import_batch (id),
      primary key (dataset_id, region_code)
    );

    create table workforce_effective (
      region_code text not null,
      dataset_id integer not null references workforce_dataset (id) on delete cascade,
      workforce bigint not null,
      origin text not null check (origin in ('reported', 'children')),
      note text,
      primary key (region_code, dataset_id)
    );

    create table coverage_target (
      id serial primary key,
      region_code text not null references region (code),
      year integer not null check (year between 2000 and 2100),
      basis text references workforce_basis (code),
      target_bp integer not null check (target_bp between 0 and 10000),
      source text not null,
      note text,
      import_id integer references import_batch (id),
      updated_at timestamptz not null default now()
    );
    create unique index coverage_target_key on coverage_target (region_code, year, (coalesce(basis, '*')));

    create table active_report (
      region_code text not null references region (code),
      month date not null check (extract(day from month) = 1),
      segment text not null check (segment in ('PU', 'BPU', 'JAKON', 'PMI', 'UNSPECIFIED')),
      source_kind text not null check (source_kind in ('import', 'registry')),
      active bigint not null check (active >= 0),
      import_id integer references import_batch (id),
      primary key (region_code, month, segment, source_kind)
    );
    create index active_report_month_idx on active_report (month);

    create table active_effective (
      region_code text not null,
      month date not null,
      pu bigint not null,
      bpu bigint not null,
      jakon bigint not null,
      pmi bigint not null,
      unspecified bigint not null,
      total bigint not null,
      origin text not null check (origin in ('reported', 'children')),
      source_kind text not null check (source_kind in ('import', 'registry', 'mixed')),
      import_id integer,
      reporting_children integer not null,
      complete boolean not null,
      primary key (region_code, month)
    );
    create index active_effective_month_idx on active_effective (month);
  `.execute(db);
}
