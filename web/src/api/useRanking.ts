import { useQuery } from '@tanstack/react-query';
import type { RankingResponse } from '../../../src/coverage/coverage.schemas.ts';
import { getJson } from './client.ts';

export interface RankingArgs {
  code: string;
  level: number;
  month?: string | undefined;
  basis?: string | undefined;
  order: 'desc' | 'asc';
  limit: number;
  offset: number;
}

export function useRanking(args: RankingArgs) {
  const { code, level, month, basis, order, limit, offset } = args;
  return useQuery({
    queryKey: ['ranking', code, level, month ?? '', basis ?? '', order, limit, offset],
    queryFn: ({ signal }) =>
      getJson<RankingResponse>(
        `/coverage/${encodeURIComponent(code)}/ranking`,
        { level, month, basis, order, limit, offset },
        signal,
      ),
    // Paging through the same ranking keeps the old page visible (dimmed) until the next one arrives.
    placeholderData: (previous) =>
      previous?.region.code === code && previous.level === level ? previous : undefined,
    staleTime: 5 * 60_000,
  });
}
