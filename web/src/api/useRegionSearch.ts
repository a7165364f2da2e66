import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionSummary } from '../../../src/shared/schemas.ts';
import { getJson } from './client.ts';

export interface SearchResult {
  region: RegionSummary;
  /** Ancestors from the province down, e.g. `Jambi › Kabupaten Sarolangun`; empty for provinces. */
  path: string;
}

export const MIN_SEARCH_LENGTH = 2;

export function useRegionSearch(query: string, limit = 10) {
  const q = query.trim();
  return useQuery({
    queryKey: ['region-search', q.toLowerCase(), limit],
    queryFn: ({ signal }) => getJson<{ results: SearchResult[] }>('/regions/search', { q, limit }, signal),
    enabled: q.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}
