import type { Executor } from '../db/database.ts';
import { findRegions } from '../regions/regions.repo.ts';
import { maskEmail, maskName, maskPhone } from './personal-data.ts';
import { isRole, ROLES } from './roles.ts';
import type { UserRecord } from './users.repo.ts';

export interface RegionRef {
  code: string;
  name: string;
  level: number;
}

export interface UserView {
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

/** Names of the given region codes in one query (a code the tree lacks is shown as itself). */
export async function regionRefs(db: Executor, codes: readonly string[]): Promise<RegionRef[]> {
  const unique = [...new Set(codes)];
  const found = new Map((await findRegions(db, unique)).map((r) => [r.code, r]));
  return codes.map((code) => ({
    code,
    name: found.get(code)?.name ?? code,
    level: found.get(code)?.level ?? -1,
  }));
}

const roleNames = (role: string) =>
  isRole(role)
    ? { roleNameId: ROLES[role].nameId, roleNameEn: ROLES[role].nameEn }
    : { roleNameId: role, roleNameEn: role };

/** An account as lists show it: name, e-mail and phone masked unless `reveal`. Never the hash. */
function viewOf(user: UserRecord, regions: ReadonlyMap<string, RegionRef>, reveal: boolean): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: reveal ? user.displayName : maskName(user.displayName),
    email: user.email === null ? null : reveal ? user.email : maskEmail(user.email),
    phone: user.phone === null ? null : reveal ? user.phone : maskPhone(user.phone),
    role: user.role,
    ...roleNames(user.role),
    regions: user.regions.map((code) => regions.get(code) ?? { code, name: code, level: -1 }),
    employerNpp: user.employerNpp,
    agentCode: user.agentCode,
    active: user.active,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    createdAt: user.createdAt.toISOString(),
    masked: !reveal,
  };
}

/** Views of many accounts with one region-name query for all of them (lists and exports). */
export async function userViews(
  db: Executor,
  users: readonly UserRecord[],
  reveal = false,
): Promise<UserView[]> {
  const refs = await regionRefs(
    db,
    users.flatMap((u) => u.regions),
  );
  const byCode = new Map(refs.map((r) => [r.code, r]));
  return users.map((u) => viewOf(u, byCode, reveal));
}

export async function userView(db: Executor, user: UserRecord, reveal = false): Promise<UserView> {
  const [view] = await userViews(db, [user], reveal);
  return view as UserView;
}
