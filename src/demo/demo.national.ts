import { addMonths, type Month, monthIndex, monthsBetween } from '../shared/month.ts';
import { apportion, seriesThrough } from './demo.series.ts';

export const DEMO_FIRST_MONTH = '2023-01' as Month;
export const DEMO_LAST_MONTH = '2025-12' as Month;
export const DEMO_MONTHS: readonly Month[] = monthsBetween(DEMO_FIRST_MONTH, DEMO_LAST_MONTH);

/** Published national active counts (reported_coverage.csv: Kemnaker Satu Data, BPJS, kontan.co.id). */
export interface NationalAnchor {
  readonly month: Month;
  readonly total: number;
  /** PU, BPU, JAKON, PMI in persons. */
  readonly segments: readonly [number, number, number, number];
}

/** Monthly change used outside the published months: the Dec 2023 → Dec 2024 average. */
export function nationalMonthlyStep(anchors: readonly NationalAnchor[]): number {
  const dec2023 = anchors.find((a) => a.month === '2023-12');
  const dec2024 = anchors.find((a) => a.month === '2024-12');
  if (!dec2023 || !dec2024) throw new Error('demo: national Dec 2023 and Dec 2024 anchors needed');
  return Math.round((dec2024.total - dec2023.total) / 12);
}

/** Total national active participants per month: linear between anchors, the 2024 step outside them. */
export function nationalSeries(anchors: readonly NationalAnchor[]): Map<Month, number> {
  const sorted = [...anchors].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const step = nationalMonthlyStep(anchors);
  const inner = seriesThrough(
    sorted.map((a) => ({ month: a.month, value: a.total })),
    DEMO_MONTHS,
  );
  const first = sorted[0] as NationalAnchor;
  const last = sorted.at(-1) as NationalAnchor;
  for (const month of DEMO_MONTHS) {
    if (monthIndex(month) < monthIndex(first.month)) {
      inner.set(month, first.total - (monthIndex(first.month) - monthIndex(month)) * step);
    } else if (monthIndex(month) > monthIndex(last.month)) {
      inner.set(month, last.total + (monthIndex(month) - monthIndex(last.month)) * step);
    }
  }
  return inner;
}

/** Segment shares per month (parts per million): linear between anchors, held outside them. */
export function segmentShares(anchors: readonly NationalAnchor[]): Map<Month, number[]> {
  const perSegment = [0, 1, 2, 3].map((s) =>
    seriesThrough(
      anchors.map((a) => ({
        month: a.month,
        value: Math.round(((a.segments[s] as number) * 1e6) / a.segments.reduce((x, y) => x + y, 0)),
      })),
      DEMO_MONTHS,
    ),
  );
  return new Map(DEMO_MONTHS.map((m) => [m, perSegment.map((series) => series.get(m) as number)]));
}

/** Splits a total into PU, BPU, JAKON, PMI by weights (exact integers). */
export const splitSegments = (total: number, weights: readonly number[]): number[] =>
  apportion(total, weights);

export const previousMonth = (month: Month): Month => addMonths(month, -1);
