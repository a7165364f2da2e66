import type { Actor } from './actor.ts';
import { permissionsOfRole, type Role } from './roles.ts';

/** For rule tests: a logged-in account of `role` holding `regions`, with exactly the role's permissions. */
export const sessionActor = (role: Role, regions: string[], extra: Partial<Actor> = {}): Actor => ({
  kind: 'session',
  userId: 1,
  label: `uji-${role}`,
  role,
  permissions: permissionsOfRole(role),
  regions,
  employerNpp: null,
  agentCode: null,
  mustChangePassword: false,
  ip: null,
  ...extra,
});
