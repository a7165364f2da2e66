import type Type from 'typebox';
import type { AuditEntrySchema } from '../../../src/audit/audit.routes.ts';
import type {
  MeSchema,
  RegionRefSchema,
  TokenViewSchema,
  UserViewSchema,
} from '../../../src/auth/auth.schemas.ts';

/** Response shapes of the access-control API: the server's own schemas where it exports them. */
export type RegionRef = Type.Static<typeof RegionRefSchema>;

/** The signed-in account (`Me` in the contract). */
export type Me = Type.Static<typeof MeSchema>;

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
export type UserRow = Type.Static<typeof UserViewSchema>;

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

export type ApiTokenRow = Type.Static<typeof TokenViewSchema>;

/** POST /tokens: the row plus the secret, which is never shown again. */
export interface CreatedToken extends ApiTokenRow {
  token: string;
}

export type AuditEntry = Type.Static<typeof AuditEntrySchema>;
