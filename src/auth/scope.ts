import { isWithin, levelOfCode, NATIONAL_CODE } from '../regions/regions.rules.ts';
import type { Actor } from './actor.ts';

/**
 * The scope rule, in one place: a region is inside an actor's scope when its code is one of the
 * actor's roots or descends from one. Region codes are paths, so this is a prefix check, in memory
 * here and as `code = root or code like root || '.%'` in SQL.
 */
export function inScope(actor: Pick<Actor, 'regions'>, regionCode: string): boolean {
  return actor.regions.some((root) => isWithin(regionCode, root));
}

/** True when every region of `codes` lies inside the actor's scope (used when granting scope). */
export function scopeCovers(actor: Pick<Actor, 'regions'>, codes: readonly string[]): boolean {
  return codes.every((code) => inScope(actor, code));
}

export const hasNationalScope = (actor: Pick<Actor, 'regions'>): boolean =>
  actor.regions.includes(NATIONAL_CODE);

/** Coverage levels everyone may see: the nation (0), provinces (1) and regencies/cities (2). */
export const PUBLIC_MAX_LEVEL = 2;

export type Visibility = 'full' | 'public';

/**
 * How much of a region's coverage an actor sees: everything inside the scope (with the detail
 * permission), the public level (headline figures) for nation, provinces and regencies elsewhere,
 * and nothing at all for districts and villages outside the scope (they answer like missing ones).
 */
export function coverageVisibility(actor: Actor, regionCode: string): Visibility | 'hidden' {
  if (actor.permissions.has('coverage.detail') && inScope(actor, regionCode)) return 'full';
  if (actor.permissions.has('coverage.public') && levelOfCode(regionCode) <= PUBLIC_MAX_LEVEL)
    return 'public';
  return 'hidden';
}

/**
 * A personal record (a participant, a payment) is visible when its region is inside the scope, or
 * when the actor owns it: the Perisai agent who enrolled the worker, the employer of the worker.
 */
export function ownsRecord(
  actor: Actor,
  record: { regionCode: string | null; agentCode?: string | null; employerNpp?: string | null },
): boolean {
  if (actor.agentCode !== null && record.agentCode === actor.agentCode) return true;
  if (actor.employerNpp !== null && record.employerNpp === actor.employerNpp) return true;
  if (actor.role === 'perisai_agent' || actor.role === 'employer') return false;
  return record.regionCode !== null && inScope(actor, record.regionCode);
}

/** The smallest region containing all `codes` (their common code-path prefix); `00` for none or mixed provinces. */
export function commonAncestor(codes: Iterable<string>): string {
  let common: string[] | null = null;
  for (const code of codes) {
    if (code === NATIONAL_CODE) return NATIONAL_CODE;
    const parts = code.split('.');
    if (common === null) common = parts;
    else {
      let i = 0;
      while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
      common = common.slice(0, i);
    }
    if (common.length === 0) return NATIONAL_CODE;
  }
  return common === null || common.length === 0 ? NATIONAL_CODE : common.join('.');
}
