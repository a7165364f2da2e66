import { type Kysely, sql } from 'kysely';

/**
 * Regulation engine: more parameter units (pension ages in years, yes/no flags such as the industries
 * a discount covers), where each row came from (the product's seed or an operator), and an
 * append-only change log so every edit of a rate keeps who, when, why, before and after.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table regulation_parameter drop constraint regulation_parameter_unit_check;
    alter table regulation_parameter add constraint regulation_parameter_unit_check
      check (unit in ('rupiah', 'bp', 'count', 'months', 'years', 'flag'));
    alter table regulation_parameter add column source text not null default 'seed'
      check (source in ('seed', 'operator'));

    create table regulation_parameter_change (
      id bigserial primary key,
      parameter_id integer not null references regulation_parameter (id),
      action text not null check (action in ('create', 'update', 'close')),
      actor text not null,
      reason text not null,
      before jsonb,
      after jsonb not null,
      changed_at timestamptz not null default now()
    );
    create index regulation_parameter_change_parameter_idx on regulation_parameter_change (parameter_id, id);
  `.execute(db);
}
