import type { InjectOptions } from 'fastify';
import { systemActor } from '../../src/auth/actor.ts';
import type { Role } from '../../src/auth/roles.ts';
import { ROLES } from '../../src/auth/roles.ts';
import { createToken } from '../../src/auth/tokens.service.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { TypedApp } from '../../src/http/deps.ts';
import { TEST_CLOCK } from '../setup/templates.ts';
import { freshDatabase } from './database.ts';

export interface TestApp {
  readonly app: TypedApp;
  readonly database: Database;
  /** The national administrator whose token requests carry by default (null when anonymous). */
  readonly admin: TestAccount | null;
  close(): Promise<void>;
}

export interface TestAccount {
  readonly id: number;
  readonly username: string;
  readonly token: string;
  /** Headers that authenticate as this account (a bearer token: no CSRF needed). */
  readonly headers: { authorization: string };
}

const SETUP = systemActor('test-setup');

/**
 * An account of `role` over `regions` with an API token holding every permission of the role, made
 * through the real account and token services.
 */
export async function testAccount(
  database: Database,
  role: Role,
  regions: readonly string[],
  extra: { username?: string; employerNpp?: string; agentCode?: string } = {},
): Promise<TestAccount> {
  const username = extra.username ?? `t-${role.replace(/_/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  const { user } = await createAccount(database.db, SETUP, {
    username,
    displayName: `Uji ${role}`,
    role,
    regions: [...regions],
    employerNpp: extra.employerNpp ?? (role === 'employer' ? '15030001' : null),
    agentCode: extra.agentCode ?? (role === 'perisai_agent' ? 'PRS-UJI' : null),
    password: 'kata-sandi-uji-123',
  });
  const token = await createToken(
    database.db,
    SETUP,
    {
      name: `uji-${username}`,
      userId: user.id,
      scopes: [...ROLES[role].permissions],
      expiresAt: '2026-12-31',
    },
    TEST_CLOCK.now(),
  );
  return { id: user.id, username, token: token.token, headers: { authorization: `Bearer ${token.token}` } };
}

/**
 * The real HTTP application on a fresh database, driven through `inject`. Requests carry a national
 * administrator's token unless `as` says otherwise (`anonymous`: no credentials) or the request sets
 * its own `authorization` or `cookie` header.
 */
export async function testApp(
  template: 'base' | 'demo' = 'demo',
  env: Record<string, string> = {},
  as: 'national_admin' | 'anonymous' = 'national_admin',
): Promise<TestApp> {
  const database = await freshDatabase(template);
  const config = loadConfig({
    CAKUPAN_DEMO: '0',
    LOG_LEVEL: 'silent',
    CAKUPAN_WEB_DIR: '/nonexistent',
    ...env,
  });
  const app = await buildApp({ database, config, clock: TEST_CLOCK });
  await app.ready();
  const admin = as === 'anonymous' ? null : await testAccount(database, 'national_admin', ['00']);
  if (admin) {
    const inject = app.inject.bind(app) as (options: InjectOptions) => ReturnType<TypedApp['inject']>;
    const withAdmin = (options: InjectOptions) => {
      const headers = { ...(options.headers ?? {}) } as Record<string, string>;
      if (headers.authorization === undefined && headers.cookie === undefined)
        Object.assign(headers, admin.headers);
      return inject({ ...options, headers });
    };
    (app as unknown as { inject: typeof withAdmin }).inject = withAdmin;
  }
  return {
    app,
    database,
    admin,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
