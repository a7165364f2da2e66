import type { RegionRow } from '../regions/regions.repo.ts';
import { REGION_LEVELS } from '../regions/regions.rules.ts';
import { gapCost } from '../regulations/bpu-cost.rules.ts';
import type { RegulationParameter } from '../regulations/parameters.rules.ts';
import type { RegionSummary } from '../shared/schemas.ts';
import type { WorkforceCandidate } from '../workforce/workforce.rules.ts';
import type { CoverageFigures } from './coverage.figures.ts';
import { bpToPct } from './coverage.rules.ts';
import type { CoverageRow } from './coverage.schemas.ts';

/** Pure shaping of figures into API rows: the row of children tables, rankings and trends. */
export function regionSummary(region: RegionRow): RegionSummary {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    levelName: REGION_LEVELS[region.level] ?? 'unknown',
    kind: region.kind,
    parentCode: region.parent_code,
    childCount: region.child_count,
  };
}

/** A workforce figure derived by a stated rule (its note says "Estimasi…") rather than published. */
export function isEstimate(workforce: WorkforceCandidate | null): boolean {
  return typeof workforce?.note === 'string' && /^(estimasi|estimate|derived)/i.test(workforce.note);
}

export function toRow(
  f: CoverageFigures,
  rank: number | null,
  parameters: readonly RegulationParameter[],
): CoverageRow {
  const cost = f.gapWorkers === null ? null : gapCost(parameters, [f.month], f.gapWorkers);
  return {
    code: f.region.code,
    name: f.region.name,
    level: f.region.level,
    month: f.month,
    workforce: f.workforce?.workforce ?? null,
    active: f.active?.total ?? null,
    coveragePct: f.coverageBp === null ? null : bpToPct(f.coverageBp),
    targetPct: f.target ? bpToPct(f.target.targetBp) : null,
    targetYear: f.target?.year ?? null,
    gapWorkers: f.gapWorkers,
    gapMonthlyCost: cost,
    segments: f.segments,
    rank,
    complete: f.activeComplete,
    estimated: isEstimate(f.workforce),
  };
}

/** Highest coverage first (or lowest with `asc`); regions without coverage last, by code. */
export function compareRows(direction: 1 | -1) {
  return (a: CoverageRow, b: CoverageRow): number => {
    if (a.coveragePct === null && b.coveragePct === null) return a.code.localeCompare(b.code);
    if (a.coveragePct === null) return 1;
    if (b.coveragePct === null) return -1;
    return direction * (b.coveragePct - a.coveragePct) || a.code.localeCompare(b.code);
  };
}
