import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, getJson } from './client.ts';
import type {
  EndMembershipBody,
  EnrolAnswer,
  EnrolBody,
  MembershipInput,
  ParticipantView,
} from './registry.types.ts';

/** The server needs at least two characters: a NIK (16 digits), a KPJ (11 digits) or the start of a name. */
export const MIN_PARTICIPANT_QUERY = 2;

export const REGISTRY_KEY = 'registry';
const participantKey = (id: number) => [REGISTRY_KEY, 'participant', id] as const;

/** POST /participants/search (the NIK goes in the body, never the URL): people visible to the account, masked. */
export function useParticipantSearch(q: string) {
  return useQuery({
    queryKey: [REGISTRY_KEY, 'search', q],
    queryFn: ({ signal }) =>
      apiRequest<{ participants: ParticipantView[] }>('/participants/search', {
        method: 'POST',
        body: { q },
        signal,
      }),
    enabled: q.length >= MIN_PARTICIPANT_QUERY,
    placeholderData: keepPreviousData,
  });
}

/** GET /participants/:id: one person with their memberships, masked. */
export function useParticipant(id: number) {
  return useQuery({
    queryKey: participantKey(id),
    queryFn: ({ signal }) => getJson<ParticipantView>(`/participants/${id}`, undefined, signal),
  });
}

/**
 * A write answered with the (masked) person: store it as the person's current state, and refresh the
 * searches, employers (their worker counts) and the audit log, which all may have changed with it.
 */
function useStoreParticipant() {
  const queryClient = useQueryClient();
  return (participant: ParticipantView) => {
    queryClient.setQueryData(participantKey(participant.id), participant);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY, 'search'] }),
      queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY, 'employer'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  };
}

/** POST /participants: a new person (201), or a membership added to a registered NIK (200). */
export function useEnrol() {
  const store = useStoreParticipant();
  return useMutation<EnrolAnswer, Error, EnrolBody>({
    mutationFn: (body) => apiRequest('/participants', { method: 'POST', body }),
    onSuccess: (answer) => store(answer.participant),
  });
}

/** POST /participants/:id/memberships. */
export function useAddMembership() {
  const store = useStoreParticipant();
  return useMutation<ParticipantView, Error, { participantId: number; membership: MembershipInput }>({
    mutationFn: ({ participantId, membership }) =>
      apiRequest(`/participants/${participantId}/memberships`, { method: 'POST', body: membership }),
    onSuccess: store,
  });
}

/** POST /memberships/:id/end: the last protected day and why. */
export function useEndMembership() {
  const store = useStoreParticipant();
  return useMutation<ParticipantView, Error, { membershipId: number; body: EndMembershipBody }>({
    mutationFn: ({ membershipId, body }) =>
      apiRequest(`/memberships/${membershipId}/end`, { method: 'POST', body }),
    onSuccess: store,
  });
}

/** POST /participants/:id/reveal with a reason (recorded in the audit log) → the unmasked person. */
export function useRevealParticipant() {
  const queryClient = useQueryClient();
  return useMutation<ParticipantView, Error, { id: number; reason: string }>({
    mutationFn: ({ id, reason }) =>
      apiRequest(`/participants/${id}/reveal`, { method: 'POST', body: { reason } }),
    // The unmasked values stay with the component that asked, never in the shared cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
