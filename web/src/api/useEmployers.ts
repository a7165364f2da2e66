import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, getJson } from './client.ts';
import type { EmployerInput, EmployerStatus, EmployerView } from './registry.types.ts';
import { REGISTRY_KEY } from './useParticipants.ts';

const employerKey = (id: number) => [REGISTRY_KEY, 'employer', id] as const;

/** GET /employers/:id (null: nothing asked yet). */
export function useEmployer(id: number | null) {
  return useQuery({
    queryKey: employerKey(id ?? 0),
    queryFn: ({ signal }) => getJson<EmployerView>(`/employers/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

/** GET /employers?q=: employers visible to the account by NPP or the start of the name (null: none asked). */
export function useEmployerSearch(q: string | null) {
  return useQuery({
    queryKey: [REGISTRY_KEY, 'employer-search', q],
    queryFn: ({ signal }) => getJson<{ employers: EmployerView[] }>('/employers', { q }, signal),
    enabled: q !== null && q.length >= 2,
  });
}

/** POST /employers: registered as active from a date. */
export function useRegisterEmployer() {
  const queryClient = useQueryClient();
  return useMutation<EmployerView, Error, EmployerInput>({
    mutationFn: (body) => apiRequest('/employers', { method: 'POST', body }),
    onSuccess: (employer) => {
      queryClient.setQueryData(employerKey(employer.id), employer);
      return queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/**
 * POST /employers/:id/status. Closing ends the open PU memberships of its workers, so every person
 * on screen is fetched again.
 */
export function useChangeEmployerStatus() {
  const queryClient = useQueryClient();
  return useMutation<EmployerView, Error, { id: number; status: EmployerStatus; from: string }>({
    mutationFn: ({ id, status, from }) =>
      apiRequest(`/employers/${id}/status`, { method: 'POST', body: { status, from } }),
    onSuccess: (employer) => {
      queryClient.setQueryData(employerKey(employer.id), employer);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY, 'participant'] }),
        queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY, 'search'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
