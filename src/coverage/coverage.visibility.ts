import type { Actor } from '../auth/actor.ts';
import { coverageVisibility, PUBLIC_MAX_LEVEL, type Visibility } from '../auth/scope.ts';
import type { CoverageReport, CoverageRow } from './coverage.schemas.ts';
import { regionNotFound } from './coverage.service.ts';

/**
 * Coverage under the scope rule (src/auth/scope.ts): inside the actor's scope everything; elsewhere
 * the public level — headline figures of the nation, provinces and regencies/cities, without the
 * segment split or which import the figure came from; districts and villages outside the scope are
 * not there at all (404, like a missing region).
 */
export function visibilityOf(actor: Actor, regionCode: string): Visibility {
  const visibility = coverageVisibility(actor, regionCode);
  if (visibility === 'hidden') throw regionNotFound(regionCode);
  return visibility;
}

const publicRow = (row: CoverageRow): CoverageRow => ({ ...row, segments: null });

/** The rows an actor may see, each at its own level of detail. */
export function visibleRows(actor: Actor, rows: readonly CoverageRow[]): CoverageRow[] {
  const shown: CoverageRow[] = [];
  for (const row of rows) {
    const visibility = coverageVisibility(actor, row.code);
    if (visibility === 'full') shown.push(row);
    else if (visibility === 'public') shown.push(publicRow(row));
  }
  return shown;
}

export function visibleReport(
  actor: Actor,
  report: CoverageReport,
): CoverageReport & { visibility: Visibility } {
  const visibility = visibilityOf(actor, report.region.code);
  const children = visibleRows(actor, report.children);
  if (visibility === 'full') return { ...report, children, visibility };
  return {
    ...report,
    segments: null,
    // Which import (file name, source) a figure came from is provenance: only inside the scope.
    source: {
      ...report.source,
      active: {
        ...report.source.active,
        importId: null,
        ...(report.source.active.kind === 'import' && report.source.active.origin === 'reported'
          ? { label: 'Laporan impor', labelEn: 'Imported report' }
          : {}),
      },
    },
    children,
    trend: report.trend.map(publicRow),
    visibility,
  };
}

/** A ranking below the regency level (districts, villages) exists only inside the scope. */
export function rankingVisibility(actor: Actor, regionCode: string, level: number | undefined): Visibility {
  const visibility = visibilityOf(actor, regionCode);
  if ((level ?? 0) > PUBLIC_MAX_LEVEL && visibility !== 'full') throw regionNotFound(regionCode);
  return visibility;
}
