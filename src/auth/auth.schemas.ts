import Type from 'typebox';
import { Nullable } from '../shared/schemas.ts';

export const RegionRefSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
});

export const MeSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  roleNameId: Type.String(),
  roleNameEn: Type.String(),
  permissions: Type.Array(Type.String()),
  regions: Type.Array(RegionRefSchema),
  employerNpp: Nullable(Type.String()),
  agentCode: Nullable(Type.String()),
  mustChangePassword: Type.Boolean(),
  isDemo: Type.Boolean(),
});

export const UserViewSchema = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  role: Type.String(),
  roleNameId: Type.String(),
  roleNameEn: Type.String(),
  regions: Type.Array(RegionRefSchema),
  employerNpp: Nullable(Type.String()),
  agentCode: Nullable(Type.String()),
  active: Type.Boolean(),
  lockedUntil: Nullable(Type.String()),
  lastLoginAt: Nullable(Type.String()),
  mustChangePassword: Type.Boolean(),
  isDemo: Type.Boolean(),
  createdAt: Type.String(),
  masked: Type.Boolean(),
});

export const TokenViewSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  userId: Type.Integer(),
  username: Type.String(),
  scopes: Type.Array(Type.String()),
  expiresAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

/** Free text a person types: bounded, no control characters except none at all. */
export const PersonText = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f]*$' });
