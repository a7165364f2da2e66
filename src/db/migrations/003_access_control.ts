import { type Kysely, sql } from 'kysely';

/**
 * Access control: accounts with argon2id hashes, their region scope, server-side sessions (only the
 * SHA-256 of the cookie is stored), hashed API tokens with scopes and expiry, and the audit log. The
 * audit log is append-only for every database role the application uses: a trigger refuses UPDATE,
 * DELETE and TRUNCATE, so neither a bug nor an injected statement can rewrite history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table app_user (
      id serial primary key,
      username text not null,
      display_name text not null,
      email text,
      phone text,
      role text not null,
      password_hash text not null,
      must_change_password boolean not null default false,
      active boolean not null default true,
      is_demo boolean not null default false,
      employer_npp text,
      agent_code text,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      created_by integer references app_user (id)
    );
    create unique index app_user_username_key on app_user (lower(username));

    create table app_user_region (
      user_id integer not null references app_user (id) on delete cascade,
      region_code text not null references region (code),
      primary key (user_id, region_code)
    );

    create table auth_session (
      token_hash text primary key,
      user_id integer not null references app_user (id) on delete cascade,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ended_at timestamptz,
      ip text,
      user_agent text
    );
    create index auth_session_user_idx on auth_session (user_id);

    create table api_token (
      id serial primary key,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      user_id integer not null references app_user (id) on delete cascade,
      scopes text[] not null,
      expires_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null default now(),
      created_by integer references app_user (id)
    );

    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_id integer,
      actor text not null,
      actor_role text not null,
      action text not null,
      entity text not null,
      entity_id text,
      region_code text,
      before jsonb,
      after jsonb,
      reason text,
      ip text
    );
    create index audit_log_at_idx on audit_log (at desc, id desc);
    create index audit_log_action_idx on audit_log (action, at desc);
    create index audit_log_entity_idx on audit_log (entity, entity_id);

    alter table import_batch add column actor text;
    alter table import_batch add column region_code text;

    create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_refuse_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_refuse_change();
  `.execute(db);
}
