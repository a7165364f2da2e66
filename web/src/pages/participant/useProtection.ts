import { useQuery } from '@tanstack/react-query';
import type { ProtectionCalendar } from '../../../../src/registry/protection-calendar.routes.ts';
import { getJson } from '../../api/client.ts';
import { REGISTRY_KEY } from '../../api/useParticipants.ts';

export type { ProtectionCalendar };
export type CalendarStatus = ProtectionCalendar['memberships'][number]['months'][number]['status'];

/**
 * GET /participants/:id/protection?from=&to= (months `YYYY-MM`; both null: the last 12 months).
 * `version` changes when the person's memberships do (one added or ended), which asks again.
 */
export function useProtection(id: number, from: string | null, to: string | null, version: string) {
  return useQuery({
    queryKey: [REGISTRY_KEY, 'protection', id, from, to, version],
    staleTime: 0,
    queryFn: ({ signal }) =>
      getJson<ProtectionCalendar>(`/participants/${id}/protection`, { from, to }, signal),
  });
}
