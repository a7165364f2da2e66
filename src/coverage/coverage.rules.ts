import { divideRoundHalfUp } from '../shared/money.ts';
import type { Month } from '../shared/month.ts';

/** Active participants of a region in one month, as stored in the rollup. */
export interface ActiveFigure {
  readonly month: Month;
  readonly pu: number;
  readonly bpu: number;
  readonly jakon: number;
  readonly pmi: number;
  readonly unspecified: number;
  readonly total: number;
  readonly origin: 'reported' | 'children';
  readonly sourceKind: 'import' | 'registry' | 'mixed';
  readonly importId: number | null;
  readonly reportingChildren: number;
  /** Own report, registry data, or every child present and itself complete, all the way down. */
  readonly complete: boolean;
}

export interface SegmentCounts {
  PU: number;
  BPU: number;
  JAKON: number;
  PMI: number;
  UNSPECIFIED?: number;
}

export function segmentsOf(figure: ActiveFigure): SegmentCounts {
  const counts: SegmentCounts = { PU: figure.pu, BPU: figure.bpu, JAKON: figure.jakon, PMI: figure.pmi };
  if (figure.unspecified > 0) counts.UNSPECIFIED = figure.unspecified;
  return counts;
}

/**
 * Whether a figure counts everyone: the region's own report, registry data (it counts people where
 * they live, so a village without a row simply has none), or a sum in which every child is present and
 * itself complete — decided by the rollup all the way down, so a gap among villages is not hidden at
 * the regency above.
 */
export function isComplete(figure: ActiveFigure): boolean {
  return figure.origin === 'reported' || figure.sourceKind === 'registry' || figure.complete;
}

/**
 * Coverage in basis points of a percent (active ÷ workforce), rounded half up: 48,160 ÷ 112,000 =
 * 43.00 % → 4,300. Null when the workforce is unknown or zero.
 */
export function coverageBp(active: number, workforce: number | null): number | null {
  if (workforce === null || workforce <= 0) return null;
  return Number(divideRoundHalfUp(BigInt(active) * 10_000n, BigInt(workforce)));
}

/** Basis points of a percent → percent with two decimals (4,300 → 43; 3,193 → 31.93). */
export const bpToPct = (bp: number): number => bp / 100;

/** Workers needed to reach the target: ⌈target × workforce⌉ (65 % of 112,000 = 72,800). */
export function targetWorkers(targetBp: number, workforce: number): number {
  return Number((BigInt(targetBp) * BigInt(workforce) + 9_999n) / 10_000n);
}

/** Workers still to protect to reach the target; zero once it is reached (72,800 − 48,160 = 24,640). */
export function gapWorkers(targetBp: number, workforce: number, active: number): number {
  return Math.max(0, targetWorkers(targetBp, workforce) - active);
}

/** Rank by coverage among siblings: 1 + the number with strictly higher coverage (ties share a rank). */
export function rankAmong(
  coverages: readonly { code: string; coverageBp: number | null }[],
  code: string,
): { rank: number; of: number } | null {
  const own = coverages.find((c) => c.code === code)?.coverageBp;
  if (own === null || own === undefined) return null;
  const ranked = coverages.filter((c) => c.coverageBp !== null);
  return { rank: 1 + ranked.filter((c) => (c.coverageBp as number) > own).length, of: ranked.length };
}

/**
 * Ranks of many regions at once (same rule as {@link rankAmong}), in O(n log n): a national ranking of
 * 83,763 villages must not compare every village with every other.
 */
export function ranksOf(
  coverages: readonly { code: string; coverageBp: number | null }[],
): Map<string, number> {
  const sorted = coverages
    .filter((c): c is { code: string; coverageBp: number } => c.coverageBp !== null)
    .sort((a, b) => b.coverageBp - a.coverageBp);
  const ranks = new Map<string, number>();
  sorted.forEach((entry, index) => {
    const previous = sorted[index - 1];
    ranks.set(
      entry.code,
      previous && previous.coverageBp === entry.coverageBp ? (ranks.get(previous.code) as number) : index + 1,
    );
  });
  return ranks;
}

export interface ActiveChange {
  readonly fromMonth: Month;
  readonly fromActive: number;
  readonly toActive: number;
  readonly activeChange: number;
  /** Relative change in percent, two decimals: (32,051 − 36,000) ÷ 36,000 = −10.97 %. */
  readonly activeChangePct: number | null;
}

export function activeChange(fromMonth: Month, fromActive: number, toActive: number): ActiveChange {
  const difference = toActive - fromActive;
  const pct =
    fromActive > 0 ? Number(divideRoundHalfUp(BigInt(difference) * 10_000n, BigInt(fromActive))) / 100 : null;
  return { fromMonth, fromActive, toActive, activeChange: difference, activeChangePct: pct };
}

/** Default comparison month: December of the previous year (year-to-date change, as BPJS reports it). */
export function defaultCompareMonth(month: Month): Month {
  return `${Number(month.slice(0, 4)) - 1}-12` as Month;
}
