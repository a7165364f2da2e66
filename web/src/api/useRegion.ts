import { useQuery } from '@tanstack/react-query';
import type { RegionSummary } from '../../../src/shared/schemas.ts';
import { getJson } from './client.ts';

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** GET /regions/:code: one region and its ancestors (public reference data); idle for a malformed code. */
export function useRegion(code: string) {
  return useQuery({
    queryKey: ['region', code],
    queryFn: ({ signal }) =>
      getJson<{ region: RegionSummary; ancestors: RegionSummary[] }>(`/regions/${code}`, undefined, signal),
    enabled: REGION_CODE.test(code),
    staleTime: 60 * 60_000,
  });
}
