import { useQuery } from '@tanstack/react-query';
import type { MovementResponse } from '../../../src/protection/movement.schemas.ts';
import { getJson } from './client.ts';

export type MovementAnswer = MovementResponse;

/** GET /coverage/{code}/movement?from=&to= — why active participants changed (registry regions only). */
export function useMovement({ code, from, to }: { code: string; from: string; to: string }) {
  return useQuery({
    queryKey: ['movement', code, from, to],
    queryFn: ({ signal }) =>
      getJson<MovementAnswer>(`/coverage/${encodeURIComponent(code)}/movement`, { from, to }, signal),
    enabled: from < to,
  });
}
