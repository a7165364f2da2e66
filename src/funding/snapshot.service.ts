import type { Actor } from '../auth/actor.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import type { CoverageReport } from '../coverage/coverage.schemas.ts';
import { type CoverageContext, getCoverageReport, regionNotFound } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import type { RegionNow, RegionStanding } from './simulator.rules.ts';

export interface RegionSnapshot {
  readonly report: CoverageReport;
  readonly region: RegionNow;
  readonly siblings: RegionStanding[];
  /** "among the 11 regencies/cities of Jambi" */
  readonly parentName: string | null;
}

/** Percent with two decimals (65.5) → basis points of a percent (6550). */
export const pctToBp = (pct: number | null): number | null => (pct === null ? null : Math.round(pct * 100));

/**
 * Where a region stands now, as the coverage engine reports it (latest month, default basis): its
 * workforce, active participants and target, and its siblings for ranks before and after. Regions
 * outside the actor's scope answer like missing ones; a region without a workforce figure cannot be
 * simulated (coverage has no denominator) and says so.
 */
export async function regionSnapshot(
  db: Executor,
  actor: Actor,
  regionCode: string,
  context: CoverageContext,
  month?: Month,
): Promise<RegionSnapshot> {
  if (!(hasNationalScope(actor) || inScope(actor, regionCode))) throw regionNotFound(regionCode);
  const report = await getCoverageReport(db, { regionCode, month }, context);
  if (report.workforce === null || report.active === null)
    throw new AppError('VALIDATION_FAILED', {
      id: `Angkatan kerja atau peserta aktif ${report.region.name} belum tersedia; cakupan tidak dapat disimulasikan`,
      en: `Workforce or active participants of ${report.region.name} are missing; coverage cannot be simulated`,
    });
  const parent = report.ancestors.at(-1) ?? null;
  const siblings: RegionStanding[] = parent
    ? (
        await getCoverageReport(db, { regionCode: parent.code, month: report.month as Month }, context)
      ).children.map((c) => ({ code: c.code, name: c.name, workforce: c.workforce, active: c.active }))
    : [];
  return {
    report,
    region: {
      code: report.region.code,
      name: report.region.name,
      workforce: report.workforce,
      active: report.active,
      targetBp: pctToBp(report.targetPct),
    },
    siblings,
    parentName: parent?.name ?? null,
  };
}
