import type { Executor } from '../db/database.ts';
import { findRegionsAtLevel } from '../regions/regions.repo.ts';
import { listParameters } from '../regulations/parameters.repo.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { figuresFor } from './coverage.figures.ts';
import { findActiveAtLevel, findLatestMonth } from './coverage.repo.ts';
import { compareRows, regionSummary, toRow } from './coverage.rows.ts';
import { ranksOf } from './coverage.rules.ts';
import type { RankingResponse } from './coverage.schemas.ts';
import { type CoverageContext, loadRegionContext, requireRegion, resolveBasis } from './coverage.service.ts';

export interface RankingQuery {
  readonly regionCode: string;
  readonly level?: number | undefined;
  readonly month?: Month | undefined;
  readonly basis?: string | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** All regions of one level inside a region, ranked by coverage (highest first; no coverage last). */
export async function getRanking(
  db: Executor,
  query: RankingQuery,
  context: CoverageContext,
): Promise<RankingResponse> {
  const region = await requireRegion(db, query.regionCode);
  const level = query.level ?? Math.min(region.level + 1, 4);
  if (level <= region.level) {
    throw new AppError('VALIDATION_FAILED', {
      id: `Tingkat ${level} harus di bawah tingkat wilayah (${region.level})`,
      en: `Level ${level} must be below the region's level (${region.level})`,
    });
  }
  const basis = await resolveBasis(db, query.basis, context.defaultBasis);
  const month = query.month ?? (await findLatestMonth(db, region.code)) ?? context.currentMonth;
  const [regions, active, parameters] = await Promise.all([
    findRegionsAtLevel(db, region.code, level),
    findActiveAtLevel(db, region.code, level, month),
    listParameters(db),
  ]);
  const loaded = await loadRegionContext(
    db,
    regions.map((r) => r.code),
    basis.code,
  );
  const figures = regions.map((r) =>
    figuresFor(
      r,
      month,
      basis.code,
      active.get(r.code) ?? null,
      loaded.candidates.get(r.code) ?? [],
      loaded.targets.get(r.code) ?? [],
    ),
  );
  const ranks = ranksOf(figures.map((f) => ({ code: f.region.code, coverageBp: f.coverageBp })));
  const rows = figures
    .map((f) => toRow(f, ranks.get(f.region.code) ?? null, parameters))
    .sort(compareRows(query.order === 'asc' ? -1 : 1));
  const offset = query.offset ?? 0;
  return {
    region: regionSummary(region),
    month,
    basis: basis.code,
    level,
    total: rows.length,
    withCoverage: rows.filter((r) => r.coveragePct !== null).length,
    rows: rows.slice(offset, offset + (query.limit ?? 1000)),
  };
}
