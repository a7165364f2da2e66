import type { Executor } from '../db/database.ts';
import { findRegion, findRegionFamily, type RegionRow } from '../regions/regions.repo.ts';
import { listParameters } from '../regulations/parameters.repo.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { findTargets } from '../targets/targets.repo.ts';
import type { Target } from '../targets/targets.rules.ts';
import { findWorkforceCandidates, listBases, type WorkforceBasis } from '../workforce/workforce.repo.ts';
import { candidatesByRegion, type WorkforceCandidate } from '../workforce/workforce.rules.ts';
import { findActiveAt, findActiveHistory, findLatestMonth } from './coverage.repo.ts';
import { assembleReport } from './coverage.report.ts';
import { defaultCompareMonth } from './coverage.rules.ts';
import type { CoverageReport } from './coverage.schemas.ts';

export { regionSummary } from './coverage.rows.ts';

export interface CoverageContext {
  readonly defaultBasis: string;
  /** The current month (from the caller's clock), used when no data exists yet. */
  readonly currentMonth: Month;
}

export function regionNotFound(code: string): AppError {
  return new AppError(
    'REGION_NOT_FOUND',
    { id: `Wilayah ${code} tidak ditemukan`, en: `Region ${code} not found` },
    { regionCode: code },
  );
}

export async function requireRegion(db: Executor, code: string): Promise<RegionRow> {
  const region = await findRegion(db, code);
  if (!region) throw regionNotFound(code);
  return region;
}

export async function resolveBasis(
  db: Executor,
  requested: string | undefined,
  fallback: string,
): Promise<WorkforceBasis> {
  const bases = await listBases(db);
  const code = requested ?? fallback;
  const basis = bases.find((b) => b.code === code);
  if (!basis) {
    const known = bases.map((b) => b.code);
    throw new AppError(
      'UNKNOWN_BASIS',
      {
        id: `Basis "${code}" tidak dikenal; pilihan: ${known.join(', ')}`,
        en: `Unknown basis "${code}"; known: ${known.join(', ')}`,
      },
      { basis: code, known },
    );
  }
  return basis;
}

export interface RegionContext {
  readonly candidates: Map<string, WorkforceCandidate[]>;
  readonly targets: Map<string, Target[]>;
}

/** Workforce candidates on one basis and targets of many regions, grouped by region. */
export async function loadRegionContext(
  db: Executor,
  codes: readonly string[],
  basis: string,
): Promise<RegionContext> {
  const [candidates, targets] = await Promise.all([
    findWorkforceCandidates(db, codes, basis),
    findTargets(db, codes),
  ]);
  const byRegion = new Map<string, Target[]>();
  for (const target of targets) {
    const list = byRegion.get(target.regionCode);
    if (list) list.push(target);
    else byRegion.set(target.regionCode, [target]);
  }
  return { candidates: candidatesByRegion(candidates), targets: byRegion };
}

/**
 * The coverage of one region in one month on one basis: workforce, active by segment, coverage against
 * target, the gap in workers and rupiah, rank among siblings, change since an earlier month, children
 * and the monthly trend — every figure with its source. Reads one row per region and month whatever
 * lies below: about six queries, the region family and the history in one each.
 */
export async function getCoverageReport(
  db: Executor,
  query: {
    regionCode: string;
    month?: Month | undefined;
    basis?: string | undefined;
    compare?: Month | undefined;
  },
  context: CoverageContext,
): Promise<CoverageReport> {
  const [family, basis, history, parameters] = await Promise.all([
    findRegionFamily(db, query.regionCode),
    resolveBasis(db, query.basis, context.defaultBasis),
    findActiveHistory(db, query.regionCode),
    listParameters(db),
  ]);
  if (!family) throw regionNotFound(query.regionCode);
  const month = query.month ?? history.at(-1)?.month ?? (await findLatestMonth(db)) ?? context.currentMonth;
  const codes = [...new Set([...family.siblings, ...family.children, family.region].map((r) => r.code))];
  const [activeNow, loaded] = await Promise.all([
    findActiveAt(db, codes, month),
    loadRegionContext(db, codes, basis.code),
  ]);
  return assembleReport({
    family,
    month,
    compareMonth: query.compare ?? defaultCompareMonth(month),
    basis,
    history,
    activeNow,
    candidates: loaded.candidates,
    targets: loaded.targets,
    parameters,
  });
}
