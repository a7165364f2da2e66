import { isRegionCode, levelOfCode, NATIONAL_CODE } from '../regions/regions.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import type { Actor } from './actor.ts';
import { ROLES, type Role } from './roles.ts';
import { hasNationalScope, scopeCovers } from './scope.ts';

export interface Grant {
  readonly role: Role;
  readonly regions: readonly string[];
  readonly employerNpp: string | null;
  readonly agentCode: string | null;
}

/** Problems with the regions and ownership a role is given (the shape the role table asks for). */
export function grantShapeProblems(grant: Grant): Bilingual[] {
  const problems: Bilingual[] = [];
  const shape = ROLES[grant.role].scope;
  const bad = grant.regions.filter((c) => !isRegionCode(c));
  if (bad.length > 0)
    problems.push({
      id: `Kode wilayah tidak valid: ${bad.join(', ')}`,
      en: `Invalid region codes: ${bad.join(', ')}`,
    });
  if (shape.kind === 'national' && (grant.regions.length !== 1 || grant.regions[0] !== NATIONAL_CODE)) {
    problems.push({ id: 'Peran nasional memakai wilayah 00', en: 'A national role has region 00' });
  }
  if (shape.kind === 'level') {
    const names = {
      1: ['provinsi', 'province'],
      2: ['kabupaten/kota', 'regency/city'],
      4: ['desa/kelurahan', 'village'],
    }[shape.level];
    if (grant.regions.length === 0 || grant.regions.some((c) => levelOfCode(c) !== shape.level)) {
      problems.push({ id: `Peran ini memakai kode ${names[0]}`, en: `This role takes ${names[1]} codes` });
    }
    if (shape.max !== null && grant.regions.length > shape.max) {
      problems.push({
        id: `Peran ini memakai tepat ${shape.max} wilayah`,
        en: `This role takes exactly ${shape.max} region(s)`,
      });
    }
  }
  if (shape.kind === 'any' && grant.regions.length === 0) {
    problems.push({ id: 'Pilih minimal satu wilayah', en: 'Choose at least one region' });
  }
  if (shape.kind === 'none' && grant.regions.length > 0) {
    problems.push({ id: 'Peran ini tidak memakai wilayah', en: 'This role takes no regions' });
  }
  // Ownership is what lets an account see records outside any region: only the role it belongs to holds it.
  if (grant.role !== 'employer' && grant.employerNpp) {
    problems.push({
      id: 'Hanya akun pemberi kerja yang memegang NPP',
      en: 'Only an employer account holds an NPP',
    });
  }
  if (grant.role !== 'perisai_agent' && grant.agentCode) {
    problems.push({
      id: 'Hanya akun agen Perisai yang memegang kode agen',
      en: 'Only a Perisai agent account holds an agent code',
    });
  }
  if (grant.role === 'employer' && !grant.employerNpp) {
    problems.push({ id: 'Pemberi kerja membutuhkan NPP', en: 'An employer account needs its NPP' });
  }
  if (grant.role === 'perisai_agent' && !grant.agentCode) {
    problems.push({
      id: 'Agen Perisai membutuhkan kode agen',
      en: 'A Perisai agent account needs its agent code',
    });
  }
  return problems;
}

/**
 * Whether `manager` may give `grant`: only permissions the manager holds, only regions inside the
 * manager's scope. Accounts without regions (employers) are managed from national scope only. This is
 * what stops a branch office from creating a national administrator.
 */
export function grantRefusal(manager: Actor, grant: Grant): Bilingual | null {
  const missing = ROLES[grant.role].permissions.filter((p) => !manager.permissions.has(p));
  if (missing.length > 0) {
    return {
      id: `Anda tidak dapat memberi hak yang tidak Anda miliki: ${missing.join(', ')}`,
      en: `You cannot grant permissions you do not hold: ${missing.join(', ')}`,
    };
  }
  const outside =
    grant.regions.length === 0 ? !hasNationalScope(manager) : !scopeCovers(manager, grant.regions);
  if (outside) return { id: 'Wilayah di luar cakupan Anda', en: 'Regions outside your scope' };
  return null;
}

/** An account is managed (seen, changed) by a manager whose scope covers all of its regions. */
export const managesAccount = (manager: Actor, account: { regions: readonly string[] }): boolean =>
  hasNationalScope(manager) || (account.regions.length > 0 && scopeCovers(manager, account.regions));
