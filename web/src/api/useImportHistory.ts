import { useQuery } from '@tanstack/react-query';
import { getJson } from './client.ts';

/** Mirrors GET /api/v1/imports (declared inline in src/imports/import.routes.ts). */
export interface ImportBatch {
  id: number;
  kind: string;
  fileName: string | null;
  source: string | null;
  mode: string;
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  isDemo: boolean;
  createdAt: string;
}

export function useImportHistory() {
  return useQuery({
    queryKey: ['imports'],
    queryFn: ({ signal }) => getJson<{ batches: ImportBatch[] }>('/imports', undefined, signal),
    // Newest first whatever order the server uses; ids break ties within the same millisecond.
    select: (data) => [...data.batches].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id),
  });
}
