import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/client.ts';
import { REGISTRY_KEY } from '../../api/useParticipants.ts';

export interface Workforce {
  total: number;
  workers: {
    membershipId: number;
    participantId: number;
    kpj: string;
    nik: string;
    name: string;
    programs: string[];
    validFrom: string;
  }[];
}

/** GET /employers/:id/workers: the open PU memberships, masked. */
export function useWorkforce(id: number) {
  return useQuery({
    queryKey: [REGISTRY_KEY, 'workforce', id],
    queryFn: ({ signal }) => getJson<Workforce>(`/employers/${id}/workers`, undefined, signal),
    // Members are enrolled and ended from other pages: fetch again whenever the employer is shown.
    staleTime: 0,
  });
}
