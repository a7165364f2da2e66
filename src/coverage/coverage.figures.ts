import type { RegionRow } from '../regions/regions.repo.ts';
import { CHILD_UNITS } from '../regions/regions.rules.ts';
import { type Month, yearOf } from '../shared/month.ts';
import { pickTarget, type Target } from '../targets/targets.rules.ts';
import { pickWorkforce, type WorkforceCandidate } from '../workforce/workforce.rules.ts';
import {
  type ActiveFigure,
  bpToPct,
  coverageBp,
  gapWorkers,
  isComplete,
  type SegmentCounts,
  segmentsOf,
} from './coverage.rules.ts';

export type NoteCode =
  | 'NO_ACTIVE_DATA'
  | 'ACTIVE_PARTIAL'
  | 'NO_WORKFORCE'
  | 'WORKFORCE_LATER_PERIOD'
  | 'NO_TARGET'
  | 'NO_COST_PARAMETERS'
  | 'DEMO_DATA';

export interface CoverageNote {
  readonly code: NoteCode;
  readonly message: string;
  readonly messageEn: string;
}

/** Everything known about one region in one month on one basis, before money and ranking. */
export interface CoverageFigures {
  readonly region: RegionRow;
  readonly month: Month;
  readonly active: ActiveFigure | null;
  readonly activeComplete: boolean;
  readonly workforce: WorkforceCandidate | null;
  readonly target: Target | null;
  readonly coverageBp: number | null;
  readonly gapWorkers: number | null;
  readonly segments: SegmentCounts | null;
  readonly notes: CoverageNote[];
}

/**
 * Combines a region's active figure, its workforce candidates on the chosen basis and its targets into
 * the figures of one month. Coverage is only computed from a complete active count and a known
 * workforce; anything missing becomes a note that says so rather than a number.
 */
export function figuresFor(
  region: RegionRow,
  month: Month,
  basis: string,
  active: ActiveFigure | null,
  workforceCandidates: readonly WorkforceCandidate[],
  targets: readonly Target[],
): CoverageFigures {
  const notes: CoverageNote[] = [];
  const workforce = pickWorkforce(workforceCandidates, month);
  const target = pickTarget(targets, yearOf(month), basis);
  const complete = active !== null && isComplete(active);
  if (active === null) {
    notes.push({
      code: 'NO_ACTIVE_DATA',
      message: `Belum ada data peserta aktif untuk ${month}`,
      messageEn: `No active-participant data for ${month}`,
    });
  } else if (!complete) {
    const unit = CHILD_UNITS[region.level] ?? { id: 'wilayah', en: 'regions' };
    notes.push({
      code: 'ACTIVE_PARTIAL',
      message: `Hanya ${active.reportingChildren} dari ${region.child_count} ${unit.id} yang melapor; cakupan tidak dihitung`,
      messageEn: `Only ${active.reportingChildren} of ${region.child_count} ${unit.en} reported; coverage not computed`,
    });
  }
  if (workforce === null) {
    notes.push({
      code: 'NO_WORKFORCE',
      message: 'Tidak ada angka angkatan kerja pada basis ini untuk wilayah ini',
      messageEn: 'No workforce figure on this basis for this region',
    });
  } else if (workforce.referenceMonth > month) {
    notes.push({
      code: 'WORKFORCE_LATER_PERIOD',
      message: `Angkatan kerja memakai data ${workforce.referenceMonth} (tidak ada data lebih awal)`,
      messageEn: `Workforce uses the ${workforce.referenceMonth} figure (no earlier one exists)`,
    });
  }
  if (target === null) {
    notes.push({
      code: 'NO_TARGET',
      message: 'Belum ada target cakupan',
      messageEn: 'No coverage target set',
    });
  }
  const coverage = complete && active ? coverageBp(active.total, workforce?.workforce ?? null) : null;
  const gap =
    coverage !== null && active && workforce && target
      ? gapWorkers(target.targetBp, workforce.workforce, active.total)
      : null;
  return {
    region,
    month,
    active,
    activeComplete: complete,
    workforce,
    target,
    coverageBp: coverage,
    gapWorkers: gap,
    segments: active ? segmentsOf(active) : null,
    notes,
  };
}

export const coveragePctOf = (figures: CoverageFigures): number | null =>
  figures.coverageBp === null ? null : bpToPct(figures.coverageBp);
