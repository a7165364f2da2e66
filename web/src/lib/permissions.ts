import type { Me } from '../api/access.types.ts';

/** Permission codes the dashboard asks about (the server's table in src/auth is the authority). */
export const PERMISSION = {
  coverageDetail: 'coverage.detail',
  coverageExport: 'coverage.export',
  importsActive: 'imports.active',
  importsWorkforce: 'imports.workforce',
  importsHistory: 'imports.history',
  targetsEdit: 'targets.edit',
  usersManage: 'users.manage',
  tokensManage: 'tokens.manage',
  personalReveal: 'personal.reveal',
  auditRead: 'audit.read',
  registryRead: 'registry.read',
  registryEnrol: 'registry.enrol',
  employersManage: 'employers.manage',
} as const;

export type Permission = (typeof PERMISSION)[keyof typeof PERMISSION];

/** Any of these opens the import page. */
export const IMPORT_PERMISSIONS: readonly Permission[] = [
  PERMISSION.importsActive,
  PERMISSION.importsWorkforce,
  PERMISSION.targetsEdit,
];

/**
 * Whether the account holds at least one of the permissions. Only hides what would be refused: the
 * server checks every request (and the region scope) itself.
 */
export function canAny(user: Me | null | undefined, permissions: readonly string[]): boolean {
  return !!user && permissions.some((permission) => user.permissions.includes(permission));
}

export function can(user: Me | null | undefined, permission: string): boolean {
  return canAny(user, [permission]);
}
