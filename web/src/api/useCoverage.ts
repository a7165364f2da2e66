import { useQuery } from '@tanstack/react-query';
import type { CoverageReport } from '../../../src/coverage/coverage.schemas.ts';
import { getJson } from './client.ts';

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
      getJson<CoverageReport>(`/coverage/${encodeURIComponent(code)}`, { month, basis }, signal),
    // Keep the previous report only while switching month/basis of the same region, so charts do not
    // flash; a different region never shows the old region's figures.
    placeholderData: (previous) => (previous?.region.code === code ? previous : undefined),
  });
}
