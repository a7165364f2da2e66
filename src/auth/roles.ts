import type { Permission } from './permissions.ts';

/**
 * How an account's regions are chosen: `national` always holds `00`; the others hold codes of one
 * level (a Kanwil several provinces, a branch several regencies); `any` takes codes of any level.
 */
export type ScopeShape =
  | { kind: 'national' }
  | { kind: 'level'; level: 1 | 2 | 4; max: number | null }
  | { kind: 'any' }
  | { kind: 'none' };

export interface RoleDefinition {
  readonly nameId: string;
  readonly nameEn: string;
  readonly scope: ScopeShape;
  readonly permissions: readonly Permission[];
}

const EVERYONE: readonly Permission[] = [
  'coverage.public',
  'regions.read',
  'regulations.read',
  'quotes.calculate',
  'identifiers.check',
];
const SIGNED_IN: readonly Permission[] = [...EVERYONE, 'account.self'];
const SEES_DETAIL: readonly Permission[] = [...SIGNED_IN, 'coverage.detail', 'coverage.export'];
const BPJS_OFFICE: readonly Permission[] = [
  ...SEES_DETAIL,
  'registry.read',
  'registry.enrol',
  'employers.manage',
  'imports.active',
  'targets.edit',
  'imports.history',
  'users.manage',
  'personal.reveal',
  'billing.run',
  'payments.post',
  'payments.reverse',
  'imports.registry',
  'funding.read',
  'funding.manage',
];
const LOCAL_GOVERNMENT: readonly Permission[] = [
  ...SEES_DETAIL,
  'targets.edit',
  'imports.history',
  'registry.read',
  'funding.read',
  'funding.manage',
];

/** The one role table: who each role is, what regions it holds, and what it may do. */
export const ROLES = {
  national_admin: {
    nameId: 'Administrator Nasional (Kantor Pusat BPJS)',
    nameEn: 'National administrator (BPJS head office)',
    scope: { kind: 'national' },
    permissions: [...BPJS_OFFICE, 'imports.workforce', 'regulations.edit', 'tokens.manage', 'audit.read'],
  },
  regional_office: {
    nameId: 'Kantor Wilayah (Kanwil)',
    nameEn: 'Regional office (Kanwil)',
    scope: { kind: 'level', level: 1, max: null },
    permissions: [...BPJS_OFFICE, 'imports.workforce'],
  },
  branch_office: {
    nameId: 'Kantor Cabang',
    nameEn: 'Branch office',
    scope: { kind: 'level', level: 2, max: null },
    permissions: BPJS_OFFICE,
  },
  province_gov: {
    nameId: 'Pemerintah Provinsi',
    nameEn: 'Provincial government',
    scope: { kind: 'level', level: 1, max: 1 },
    permissions: LOCAL_GOVERNMENT,
  },
  regency_gov: {
    nameId: 'Pemerintah Kabupaten/Kota',
    nameEn: 'Regency/city government',
    scope: { kind: 'level', level: 2, max: 1 },
    permissions: LOCAL_GOVERNMENT,
  },
  village_operator: {
    nameId: 'Operator Desa',
    nameEn: 'Village operator',
    scope: { kind: 'level', level: 4, max: 1 },
    permissions: [...SEES_DETAIL, 'registry.read', 'funding.read', 'funding.manage'],
  },
  perisai_agent: {
    nameId: 'Agen Perisai',
    nameEn: 'Perisai agent',
    scope: { kind: 'any' },
    permissions: [...SEES_DETAIL, 'registry.read', 'registry.enrol', 'payments.post'],
  },
  employer: {
    nameId: 'Pemberi Kerja',
    nameEn: 'Employer',
    scope: { kind: 'none' },
    permissions: [...SIGNED_IN, 'registry.read', 'registry.enrol', 'payments.post'],
  },
  auditor: {
    nameId: 'Auditor',
    nameEn: 'Auditor',
    scope: { kind: 'any' },
    permissions: [...SEES_DETAIL, 'imports.history', 'audit.read', 'registry.read', 'funding.read'],
  },
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof ROLES;

/** Not an account role: what a visitor who has not logged in may do. */
export const PUBLIC_PERMISSIONS: readonly Permission[] = EVERYONE;

export const ROLE_CODES = Object.keys(ROLES) as Role[];

export const isRole = (value: string): value is Role => Object.hasOwn(ROLES, value);

export const permissionsOfRole = (role: Role): ReadonlySet<Permission> =>
  new Set<Permission>(ROLES[role].permissions);
