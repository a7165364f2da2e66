import { useQuery } from '@tanstack/react-query';
import type { CoverageReport } from '../../../src/coverage/coverage.schemas.ts';
import { getJson } from './client.ts';

/**
 * GET /coverage/{code} as the reader receives it: the report plus how much of it the account may see
 * (`full` inside its scope, `public` elsewhere: no segments, no provenance, no districts or villages).
 */
export type CoverageAnswer = CoverageReport & { visibility: 'full' | 'public' };

export interface CoverageArgs {
  code: string;
  /** Omitted: the API answers for the latest month with data. */
  month?: string | undefined;
  basis?: string | undefined;
}

export function useCoverage({ code, month, basis }: CoverageArgs) {
  return useQuery({
    queryKey: ['coverage', code, month ?? '', basis ?? ''],
    queryFn: ({ signal }) =>
      getJson<CoverageAnswer>(`/coverage/${encodeURIComponent(code)}`, { month, basis }, signal),
    // Keep the previous report only while switching month/basis of the same region, so charts do not
    // flash; a different region never shows the old region's figures.
    placeholderData: (previous) => (previous?.region.code === code ? previous : undefined),
  });
}
