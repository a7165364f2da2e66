import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, getJson } from './client.ts';

/** Mirrors the target schema of src/targets/targets.routes.ts. */
export interface TargetRecord {
  regionCode: string;
  year: number;
  /** null: applies whatever basis is shown. */
  basis: string | null;
  targetPct: number;
  source: string;
  note: string | null;
}

export interface TargetInput {
  year: number;
  targetPct: number;
  basis: string | null;
  source: string;
  note?: string | undefined;
}

const targetPath = (code: string, year?: number) =>
  `/targets/${encodeURIComponent(code)}${year === undefined ? '' : `/${year}`}`;

export function useTargets(code: string) {
  return useQuery({
    queryKey: ['targets', code],
    queryFn: ({ signal }) => getJson<{ targets: TargetRecord[] }>(targetPath(code), undefined, signal),
    select: (data) => data.targets,
  });
}

/** A target changes the coverage report, its parent's children table and every ranking. */
function useRefreshAfterTargetChange(code: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['targets', code], ['coverage'], ['ranking']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** PUT /targets/{code}/{year}. */
export function useSaveTarget(code: string) {
  const refresh = useRefreshAfterTargetChange(code);
  return useMutation<TargetRecord, Error, TargetInput>({
    mutationFn: ({ year, ...body }) =>
      apiRequest<TargetRecord>(targetPath(code, year), { method: 'PUT', body }),
    onSuccess: refresh,
  });
}

/** DELETE /targets/{code}/{year}?basis=… (no basis: the target for every basis). */
export function useDeleteTarget(code: string) {
  const refresh = useRefreshAfterTargetChange(code);
  return useMutation<void, Error, Pick<TargetRecord, 'year' | 'basis'>>({
    mutationFn: ({ year, basis }) =>
      apiRequest<void>(targetPath(code, year), { method: 'DELETE', params: { basis } }),
    onSuccess: refresh,
  });
}
