import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { regionNotFound } from '../coverage/coverage.service.ts';
import { type Actor, ANONYMOUS } from './actor.ts';
import { csrfRejected, forbidden, passwordChangeRequired, unauthenticated } from './auth.errors.ts';
import { type AuthSettings, actorOfSession, actorOfToken } from './auth.service.ts';
import type { Permission } from './permissions.ts';
import { PUBLIC_PERMISSIONS } from './roles.ts';
import { inScope } from './scope.ts';
import { csrfTokenFor, sameSecret } from './secrets.ts';

/**
 * How a route limits what it shows beyond its permission:
 * - `none`: nothing regional (reference data, own account);
 * - `region`: the `:regionCode` parameter must lie inside the actor's scope, else 404 like a missing region;
 * - `coverage`: the handler lowers the answer to the public level outside the scope;
 * - `records`: the handler filters lists and answers 404 for records outside the scope.
 */
export type RouteScope = 'none' | 'region' | 'coverage' | 'records';

export interface RouteAccess {
  /** `anyone`: no permission needed at all (login, session, health). */
  readonly permission: Permission | 'anyone';
  readonly scope: RouteScope;
  /**
   * `false` only for login: it starts a new session whatever cookie the browser still holds, and a
   * cross-site form cannot send its JSON body anyway.
   */
  readonly csrf?: false;
}

export interface AccessTableEntry extends RouteAccess {
  readonly method: string;
  readonly url: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor;
    /** The session cookie's secret when the request came with a valid session. */
    sessionSecret: string | null;
  }
  interface FastifyInstance {
    accessTable: AccessTableEntry[];
  }
}

export const SESSION_COOKIE = 'cakupan_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AccessOptions {
  readonly db: Parameters<typeof actorOfSession>[0];
  readonly settings: AuthSettings;
  readonly now: () => Date;
  readonly secureCookies: boolean;
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

async function resolveActor(
  request: FastifyRequest,
  reply: FastifyReply,
  options: AccessOptions,
): Promise<void> {
  const ip = request.ip ?? null;
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await actorOfToken(options.db, match[1], ip, options.now()) : null;
    if (!actor) throw unauthenticated();
    request.actor = actor;
    return;
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return;
  const actor = await actorOfSession(options.db, options.settings, secret, ip, options.now());
  if (!actor) {
    clearSessionCookie(reply, options.secureCookies);
    return;
  }
  request.actor = actor;
  request.sessionSecret = secret;
  if (UNSAFE.has(request.method) && request.routeOptions.config.access?.csrf !== false) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(secret))) throw csrfRejected();
  }
}

/**
 * Authentication and authorization for every API route, in one place. Each route must declare its
 * `config.access`; registering one without it throws at start-up, so no endpoint can ship open by
 * accident. Requests resolve to an actor (API token, session cookie, or the anonymous public), unsafe
 * methods on a cookie session need the CSRF header, and the route's permission is checked before the
 * body is even parsed. Region scope (`scope: 'region'`) is checked after validation, answering 404
 * exactly as for a missing region.
 */
export function registerAccessControl(app: FastifyInstance, options: AccessOptions, apiPrefix: string): void {
  app.decorate('accessTable', [] as AccessTableEntry[]);
  // Reference-type decorators must start as null; every request gets its own actor in onRequest.
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionSecret', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(apiPrefix)) return;
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access)
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no access rule (config.access)`);
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.accessTable.push({ method, url: route.url, ...access });
    }
    // The OpenAPI document says what each route needs (read by @fastify/swagger after this hook).
    if (route.schema) {
      const needs =
        access.permission === 'anyone'
          ? 'Terbuka / open'
          : `Hak akses / permission: \`${access.permission}\`${access.scope === 'none' ? '' : ` (cakupan wilayah / scope: ${access.scope})`}`;
      const schema = route.schema as { description?: string; security?: unknown };
      // GET and its automatic HEAD share one schema object: describe it once.
      if (!schema.description?.includes(needs)) {
        schema.description = schema.description ? `${schema.description}\n\n${needs}` : needs;
      }
      if (access.permission !== 'anyone') {
        const openToPublic = PUBLIC_PERMISSIONS.includes(access.permission);
        schema.security = [{ session: [] }, { bearer: [] }, ...(openToPublic ? [{}] : [])];
      }
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const access = request.routeOptions.config.access;
    if (!access) return;
    await resolveActor(request, reply, options);
    const actor = request.actor;
    if (access.permission === 'anyone') return;
    if (actor.mustChangePassword && access.permission !== 'account.self') throw passwordChangeRequired();
    if (!actor.permissions.has(access.permission)) {
      throw actor.kind === 'anonymous' ? unauthenticated() : forbidden(access.permission);
    }
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access?.scope !== 'region') return;
    const code = (request.params as { regionCode?: string }).regionCode;
    if (code !== undefined && !inScope(request.actor, code)) throw regionNotFound(code);
  });
}
