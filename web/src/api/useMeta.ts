import { useQuery } from '@tanstack/react-query';
import { getJson } from './client.ts';

/** Mirrors GET /api/v1/meta (declared inline in src/http/meta.routes.ts, so not importable as a type). */
export interface Meta {
  product: string;
  demo: boolean;
  database: string;
  defaultBasis: string;
  bases: { code: string; nameId: string; nameEn: string }[];
  months: { first: string; last: string } | null;
  regions: Record<string, number>;
  segments: { code: string; nameId: string; nameEn: string }[];
}

export function useMeta() {
  return useQuery({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getJson<Meta>('/meta', undefined, signal),
    // What the database holds changes only with imports; one fetch per page view is enough.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
