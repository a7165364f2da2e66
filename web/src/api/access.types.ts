/**
 * Response shapes of the access-control API, typed by hand after docs/access.md (the server declares
 * them inside src/auth, which the dashboard does not import).
 */

export interface RegionRef {
  code: string;
  name: string;
  level: number;
}

/** The signed-in account (`Me` in the contract). */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: string;
  roleNameId: string;
  roleNameEn: string;
  permissions: string[];
  regions: RegionRef[];
  employerNpp: string | null;
  agentCode: string | null;
  mustChangePassword: boolean;
  isDemo: boolean;
}

/** A demo account offered on the login page when the server runs with demo data. */
export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  roleNameId: string;
  roleNameEn: string;
  scope: string;
}

/** GET /auth/session. */
export interface SessionInfo {
  user: Me | null;
  csrfToken: string | null;
  demo: { enabled: boolean; accounts: DemoAccount[] };
}

/** POST /auth/login. */
export interface LoginAnswer {
  user: Me;
  csrfToken: string;
}

/** One account as GET /users lists it: name, e-mail and phone masked unless revealed. */
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: string;
  roleNameId: string;
  roleNameEn: string;
  regions: RegionRef[];
  employerNpp: string | null;
  agentCode: string | null;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  isDemo: boolean;
  createdAt: string;
  masked: boolean;
}

export interface RoleInfo {
  code: string;
  nameId: string;
  nameEn: string;
  permissions: string[];
}

export interface PermissionInfo {
  code: string;
  descriptionId: string;
  descriptionEn: string;
}

/** GET /roles. */
export interface RolesAnswer {
  roles: RoleInfo[];
  permissions: PermissionInfo[];
}

export interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  userId: number;
  username: string;
  scopes: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

/** POST /tokens: the row plus the secret, which is never shown again. */
export interface CreatedToken extends ApiTokenRow {
  token: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  regionCode: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
}
