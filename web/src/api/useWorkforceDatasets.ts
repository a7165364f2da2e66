import { useQuery } from '@tanstack/react-query';
import { getJson } from './client.ts';

/** Mirrors GET /api/v1/workforce/datasets (declared inline in src/workforce/workforce.routes.ts). */
export interface WorkforceDataset {
  id: number;
  key: string;
  basis: string;
  name: string;
  referenceMonth: string;
  source: string;
  isDemo: boolean;
  regions: number;
}

export function useWorkforceDatasets(enabled = true) {
  return useQuery({
    queryKey: ['workforce-datasets'],
    queryFn: ({ signal }) =>
      getJson<{ datasets: WorkforceDataset[] }>('/workforce/datasets', undefined, signal),
    select: (data) => data.datasets,
    enabled,
  });
}
