import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, isPermission, type Permission } from './permissions.ts';
import { isRole, PUBLIC_PERMISSIONS, permissionsOfRole, ROLE_CODES, ROLES, type Role } from './roles.ts';

/** Permissions that change data or reach beyond reading (an auditor must hold none of them). */
const WRITES: readonly Permission[] = [
  'imports.active',
  'imports.workforce',
  'targets.edit',
  'users.manage',
  'tokens.manage',
  'regulations.edit',
  'personal.reveal',
];

const holders = (permission: Permission): Role[] =>
  ROLE_CODES.filter((role) => permissionsOfRole(role).has(permission));

describe('the role table', () => {
  it('has the nine account roles of docs/access.md, and no "public" account role', () => {
    expect(ROLE_CODES).toEqual([
      'national_admin',
      'regional_office',
      'branch_office',
      'province_gov',
      'regency_gov',
      'village_operator',
      'perisai_agent',
      'employer',
      'auditor',
    ]);
  });

  it.each([
    ['national_admin', true, 'a role'],
    ['auditor', true, 'a role'],
    ['public', false, 'the visitor who has not logged in is not an account role'],
    ['toString', false, 'inherited object members are not roles'],
    ['', false, 'empty'],
  ])('isRole(%j) → %s (%s)', (value, expected, _why) => {
    expect(isRole(value)).toBe(expected);
  });

  it.each(ROLE_CODES)('%s: every permission is a known one, listed once', (role) => {
    const permissions = ROLES[role].permissions;
    expect(permissions.filter((p) => !isPermission(p))).toEqual([]);
    expect(new Set(permissions).size).toBe(permissions.length);
  });

  it.each(ROLE_CODES)('%s holds every public permission and account.self', (role) => {
    const held = permissionsOfRole(role);
    expect(PUBLIC_PERMISSIONS.filter((p) => !held.has(p))).toEqual([]);
    expect(held.has('account.self')).toBe(true);
  });

  it('public permissions are the reference data and calculators only', () => {
    expect([...PUBLIC_PERMISSIONS].sort()).toEqual([
      'coverage.public',
      'identifiers.check',
      'quotes.calculate',
      'regions.read',
      'regulations.read',
    ]);
  });

  it('national_admin holds every permission of the table', () => {
    const held = permissionsOfRole('national_admin');
    expect(ALL_PERMISSIONS.filter((p) => !held.has(p))).toEqual([]);
    expect(held.size).toBe(ALL_PERMISSIONS.length);
  });

  it('employer sees no coverage detail and exports nothing', () => {
    const held = permissionsOfRole('employer');
    expect(held.has('coverage.detail')).toBe(false);
    expect(held.has('coverage.export')).toBe(false);
  });

  it('auditor reads the audit log and the detail, and writes nothing', () => {
    const held = permissionsOfRole('auditor');
    expect(held.has('audit.read')).toBe(true);
    expect(held.has('coverage.detail')).toBe(true);
    expect(held.has('imports.history')).toBe(true);
    expect(WRITES.filter((p) => held.has(p))).toEqual([]);
  });

  it.each(ROLE_CODES.filter((r) => r !== 'national_admin'))(
    '%s holds neither regulations.edit nor tokens.manage (national only)',
    (role) => {
      const held = permissionsOfRole(role);
      expect(held.has('regulations.edit')).toBe(false);
      expect(held.has('tokens.manage')).toBe(false);
    },
  );

  it('permissionsOfRole returns a fresh set each time', () => {
    expect(permissionsOfRole('employer')).not.toBe(permissionsOfRole('employer'));
    expect([...permissionsOfRole('employer')]).toEqual([...ROLES.employer.permissions]);
  });
});

describe('who holds each permission (the "Roles" column of docs/access.md)', () => {
  const everyone = ROLE_CODES;
  const allButEmployer = ROLE_CODES.filter((r) => r !== 'employer');
  const offices: Role[] = ['national_admin', 'regional_office', 'branch_office'];
  const governments: Role[] = ['province_gov', 'regency_gov'];
  it.each([
    ['coverage.public', everyone, 'everyone, also without logging in'],
    ['regions.read', everyone, 'public reference data'],
    ['regulations.read', everyone, 'public reference data'],
    ['quotes.calculate', everyone, 'public calculator'],
    ['identifiers.check', everyone, 'public calculator'],
    ['account.self', everyone, 'every account'],
    ['coverage.detail', allButEmployer, 'all but employer (and public)'],
    ['coverage.export', allButEmployer, 'as coverage.detail'],
    ['regulations.edit', ['national_admin'], 'national only'],
    ['imports.active', offices, 'the three BPJS office levels'],
    ['imports.workforce', ['national_admin', 'regional_office'], 'head office and Kanwil'],
    ['targets.edit', [...offices, ...governments], 'BPJS offices and provincial/regency governments'],
    ['imports.history', [...offices, ...governments, 'auditor'], 'BPJS offices, governments, auditor'],
    ['users.manage', offices, 'BPJS offices'],
    ['tokens.manage', ['national_admin'], 'national only'],
    ['personal.reveal', offices, 'BPJS offices'],
    ['audit.read', ['national_admin', 'auditor'], 'head office and the auditor'],
    [
      'registry.read',
      [...offices, ...governments, 'village_operator', 'perisai_agent', 'employer', 'auditor'],
      'everyone with an account: each sees its own regions or records',
    ],
    [
      'registry.enrol',
      [...offices, 'perisai_agent', 'employer'],
      'BPJS offices, agents (BPU), employers (own PU)',
    ],
    ['employers.manage', offices, 'BPJS offices'],
    ['billing.run', offices, 'BPJS offices'],
    [
      'payments.post',
      [...offices, 'perisai_agent', 'employer'],
      'BPJS offices, agents (their participants), employers (their bills)',
    ],
    ['payments.reverse', offices, 'BPJS offices'],
    ['imports.registry', offices, 'BPJS offices'],
    [
      'funding.read',
      [...offices, ...governments, 'village_operator', 'auditor'],
      'BPJS offices, governments (village funds too), auditor',
    ],
    [
      'funding.manage',
      [...offices, ...governments, 'village_operator'],
      'BPJS offices and the governments that pay',
    ],
  ] as const)('%s → %j (%s)', (permission, roles, _why) => {
    expect(holders(permission)).toEqual([...roles]);
  });

  it('the table above names every permission', () => {
    // Guards the table: a new permission must be added to docs/access.md and here.
    expect(ALL_PERMISSIONS.length).toBe(26);
  });
});

describe('scope shapes', () => {
  it.each([
    ['national_admin', { kind: 'national' }, 'all of Indonesia (00)'],
    ['regional_office', { kind: 'level', level: 1, max: null }, 'several provinces'],
    ['branch_office', { kind: 'level', level: 2, max: null }, 'several regencies/cities'],
    ['province_gov', { kind: 'level', level: 1, max: 1 }, 'one province'],
    ['regency_gov', { kind: 'level', level: 2, max: 1 }, 'one regency/city'],
    ['village_operator', { kind: 'level', level: 4, max: 1 }, 'one village'],
    ['perisai_agent', { kind: 'any' }, 'the regions they work in'],
    ['employer', { kind: 'none' }, 'its own company, no regions'],
    ['auditor', { kind: 'any' }, 'read-only in its regions'],
  ] as const)('%s → %j (%s)', (role, scope, _why) => {
    expect(ROLES[role].scope).toEqual(scope);
  });
});
