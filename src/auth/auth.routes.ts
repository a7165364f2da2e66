import Type from 'typebox';
import { isDemoDatabase } from '../demo/demo.repo.ts';
import type { AppDeps, RoutePlugin } from '../http/deps.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { clearSessionCookie, SESSION_COOKIE } from './access.ts';
import type { Actor } from './actor.ts';
import { tooManyAttempts } from './auth.errors.ts';
import { MeSchema } from './auth.schemas.ts';
import { actorOfUser, authSettings, changeOwnPassword, login, logout } from './auth.service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { LoginThrottle } from './login-throttle.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { ROLE_CODES, ROLES } from './roles.ts';
import { csrfTokenFor } from './secrets.ts';
import { regionRefs } from './user.view.ts';
import { findUserById } from './users.repo.ts';

/** Demo mode is on only when the configuration asks for it and the database is a demo database. */
export const demoActive = (deps: AppDeps) => async (): Promise<boolean> =>
  deps.config.demo && (await isDemoDatabase(deps.database.db));

async function meOf(deps: AppDeps, actor: Actor) {
  if (actor.userId === null) return null;
  const user = await findUserById(deps.database.db, actor.userId);
  if (!user) return null;
  const role = ROLES[actor.role as keyof typeof ROLES];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    roleNameId: role?.nameId ?? user.role,
    roleNameEn: role?.nameEn ?? user.role,
    permissions: [...actor.permissions],
    regions: await regionRefs(deps.database.db, user.regions),
    employerNpp: user.employerNpp,
    agentCode: user.agentCode,
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
  };
}

const Credentials = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const authRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  const settings = authSettings(deps.config, demoActive(deps));
  const throttle = new LoginThrottle(deps.config.loginAttemptsPerMinute, 60_000);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: { access: { permission: 'anyone', scope: 'none', csrf: false } },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['auth'],
        summary: 'Masuk / log in',
        body: Credentials,
        response: {
          200: Type.Object({ user: MeSchema, csrfToken: Type.String() }),
          400: ErrorBody,
          401: ErrorBody,
          423: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const now = deps.clock.now();
      if (!throttle.allow(request.ip, now.getTime())) throw tooManyAttempts();
      const result = await login(
        db,
        settings,
        {
          username: request.body.username,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        now,
      );
      reply.setCookie(SESSION_COOKIE, result.secret, { ...cookieOptions, expires: result.expiresAt });
      const me = await meOf(deps, actorOfUser(result.user, 'session', request.ip));
      return { user: me as NonNullable<typeof me>, csrfToken: csrfTokenFor(result.secret) };
    },
  );

  app.get(
    '/auth/session',
    {
      config: { access: { permission: 'anyone', scope: 'none' } },
      schema: {
        tags: ['auth'],
        summary: 'Sesi saat ini / the current session',
        response: {
          200: Type.Object({
            user: Type.Union([MeSchema, Type.Null()]),
            csrfToken: Type.Union([Type.String(), Type.Null()]),
            demo: Type.Object({
              enabled: Type.Boolean(),
              accounts: Type.Array(
                Type.Object({
                  username: Type.String(),
                  password: Type.String(),
                  role: Type.String(),
                  roleNameId: Type.String(),
                  roleNameEn: Type.String(),
                  scope: Type.String(),
                }),
              ),
            }),
          }),
        },
      },
    },
    async (request) => {
      const demo = await settings.demoActive();
      const names = demo
        ? new Map(
            (
              await regionRefs(
                db,
                DEMO_ACCOUNTS.flatMap((a) => a.regions),
              )
            ).map((r) => [r.code, r.name]),
          )
        : new Map<string, string>();
      const accounts = demo
        ? DEMO_ACCOUNTS.map((a) => ({
            username: a.username,
            password: DEMO_PASSWORD,
            role: a.role,
            roleNameId: ROLES[a.role].nameId,
            roleNameEn: ROLES[a.role].nameEn,
            scope:
              a.regions.length > 0
                ? a.regions.map((code) => names.get(code) ?? code).join(', ')
                : `NPP ${a.employerNpp ?? ''}`,
          }))
        : [];
      return {
        user: await meOf(deps, request.actor),
        csrfToken: request.sessionSecret ? csrfTokenFor(request.sessionSecret) : null,
        demo: { enabled: demo, accounts },
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: { permission: 'anyone', scope: 'none' } },
      schema: { tags: ['auth'], summary: 'Keluar / log out', response: { 204: Type.Null(), 403: ErrorBody } },
    },
    async (request, reply) => {
      if (request.sessionSecret) await logout(db, request.actor, request.sessionSecret, deps.clock.now());
      clearSessionCookie(reply, deps.config.secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { access: { permission: 'account.self', scope: 'none' } },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ['auth'],
        summary: 'Ganti kata sandi sendiri / change own password',
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
            newPassword: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(
        db,
        request.actor,
        { ...request.body, keepSession: request.sessionSecret },
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/roles',
    {
      config: { access: { permission: 'anyone', scope: 'none' } },
      schema: {
        tags: ['auth'],
        summary: 'Peran dan hak akses / roles and permissions',
        response: {
          200: Type.Object({
            roles: Type.Array(
              Type.Object({
                code: Type.String(),
                nameId: Type.String(),
                nameEn: Type.String(),
                scope: Type.String(),
                permissions: Type.Array(Type.String()),
              }),
            ),
            permissions: Type.Array(
              Type.Object({
                code: Type.String(),
                descriptionId: Type.String(),
                descriptionEn: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      roles: ROLE_CODES.map((code) => ({
        code,
        nameId: ROLES[code].nameId,
        nameEn: ROLES[code].nameEn,
        scope: ROLES[code].scope.kind,
        permissions: [...ROLES[code].permissions],
      })),
      permissions: (Object.keys(PERMISSIONS) as Permission[]).map((code) => ({
        code,
        descriptionId: PERMISSIONS[code].id,
        descriptionEn: PERMISSIONS[code].en,
      })),
    }),
  );
};
