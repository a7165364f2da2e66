/** The funding domain's permission codes (src/auth/permissions.ts is the authority). */
export const FUNDING_PERMISSION = {
  read: 'funding.read',
  manage: 'funding.manage',
} as const;
