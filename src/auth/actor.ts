import { NATIONAL_CODE } from '../regions/regions.rules.ts';
import type { Permission } from './permissions.ts';
import { ALL_PERMISSIONS } from './permissions.ts';
import { PUBLIC_PERMISSIONS, type Role } from './roles.ts';

/**
 * Who is asking: resolved once per request (cookie session, API token, or nobody) and passed to every
 * service that reads or writes scoped data. Services never look at cookies or headers.
 */
export interface Actor {
  readonly kind: 'anonymous' | 'session' | 'token' | 'system';
  readonly userId: number | null;
  /** What the audit log records: the username, `token:<name>`, `cli:<os user>` or `publik`. */
  readonly label: string;
  readonly role: Role | 'public' | 'system';
  readonly permissions: ReadonlySet<Permission>;
  /** Scope roots: region codes whose subtrees the actor may see in detail. Empty: none. */
  readonly regions: readonly string[];
  readonly employerNpp: string | null;
  readonly agentCode: string | null;
  readonly mustChangePassword: boolean;
  readonly ip: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({
  kind: 'anonymous',
  userId: null,
  label: 'publik',
  role: 'public',
  permissions: new Set(PUBLIC_PERMISSIONS),
  regions: [],
  employerNpp: null,
  agentCode: null,
  mustChangePassword: false,
  ip: null,
});

/**
 * The operator at the command line: someone with the database's credentials is already past every
 * check the server could make, so the CLI acts with national scope, and its writes are still audited
 * under `cli:<os user>`.
 */
export function systemActor(label: string): Actor {
  return {
    kind: 'system',
    userId: null,
    label,
    role: 'system',
    permissions: new Set(ALL_PERMISSIONS),
    regions: [NATIONAL_CODE],
    employerNpp: null,
    agentCode: null,
    mustChangePassword: false,
    ip: null,
  };
}

export const can = (actor: Actor, permission: Permission): boolean => actor.permissions.has(permission);
