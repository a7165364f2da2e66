import { type Month, monthIndex } from '../shared/month.ts';

/** One workforce figure a region could use: a dataset's own figure or the sum of all its children. */
export interface WorkforceCandidate {
  readonly regionCode: string;
  readonly datasetId: number;
  readonly datasetKey: string;
  readonly datasetName: string;
  readonly basis: string;
  readonly referenceMonth: Month;
  readonly source: string;
  readonly isDemo: boolean;
  readonly workforce: number;
  readonly origin: 'reported' | 'children';
  readonly note: string | null;
}

/**
 * Which denominator a region uses in a month, among its figures on one basis: the most recent dataset
 * whose reference month is not after the month; if every dataset is later, the earliest one (and the
 * response shows its reference month, so a 2024 figure used for 2023 is visible). Ties: the newer dataset.
 *
 * @example pickWorkforce([aug2023, aug2024], '2024-10') // aug2024
 * @example pickWorkforce([aug2024], '2024-01')          // aug2024 (nothing earlier exists)
 */
export function pickWorkforce(
  candidates: readonly WorkforceCandidate[],
  month: Month,
): WorkforceCandidate | null {
  const target = monthIndex(month);
  let best: WorkforceCandidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const reference = monthIndex(candidate.referenceMonth);
    // Datasets at or before the month rank by recency; later ones rank below all of them, earliest first.
    const score = reference <= target ? 1e6 + reference : -reference;
    if (score > bestScore || (score === bestScore && best !== null && candidate.datasetId > best.datasetId)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Groups candidates by region so one query can serve a region, its siblings and its children. */
export function candidatesByRegion(
  candidates: readonly WorkforceCandidate[],
): Map<string, WorkforceCandidate[]> {
  const byRegion = new Map<string, WorkforceCandidate[]>();
  for (const candidate of candidates) {
    const list = byRegion.get(candidate.regionCode);
    if (list) list.push(candidate);
    else byRegion.set(candidate.regionCode, [candidate]);
  }
  return byRegion;
}
