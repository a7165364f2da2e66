import { useQuery } from '@tanstack/react-query';
import type { RolesAnswer } from './access.types.ts';
import { getJson } from './client.ts';

/** GET /roles: the live role and permission tables. */
export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => getJson<RolesAnswer>('/roles', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
