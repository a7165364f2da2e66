import type { CoverageAnswer } from '../api/useCoverage.ts';

/** Whether the account sees only the public level of this region (docs/access.md). */
export function isPublicOnly(report: Pick<CoverageAnswer, 'visibility'>): boolean {
  return report.visibility === 'public';
}
