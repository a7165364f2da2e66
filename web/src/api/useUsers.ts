import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserRow } from './access.types.ts';
import { apiRequest, getJson } from './client.ts';

export interface UserQuery {
  q?: string | undefined;
  role?: string | undefined;
  limit: number;
  offset: number;
}

/** GET /users: accounts inside the administrator's scope, personal data masked. */
export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: ({ signal }) => getJson<{ users: UserRow[]; total: number }>('/users', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | undefined;
  phone?: string | undefined;
  role: string;
  regions: string[];
  employerNpp?: string | undefined;
  agentCode?: string | undefined;
}

export interface UserChange {
  displayName?: string;
  email?: string;
  phone?: string;
  role?: string;
  regions?: string[];
  active?: boolean;
}

const userPath = (id: number, action = '') => `/users/${id}${action}`;

/** Every account change refreshes the list (and the audit log, which records it). */
function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** POST /users → the new row and its one-time temporary password. */
export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation<{ user: UserRow; temporaryPassword: string }, Error, NewUser>({
    mutationFn: (body) => apiRequest('/users', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** PATCH /users/:id (here: activate or deactivate). */
export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation<{ user: UserRow }, Error, { id: number; change: UserChange }>({
    mutationFn: ({ id, change }) => apiRequest(userPath(id), { method: 'PATCH', body: change }),
    onSuccess: refresh,
  });
}

/** POST /users/:id/reset-password → a temporary password, shown once. */
export function useResetPassword() {
  const refresh = useRefreshUsers();
  return useMutation<{ temporaryPassword: string }, Error, number>({
    mutationFn: (id) => apiRequest(userPath(id, '/reset-password'), { method: 'POST' }),
    onSuccess: refresh,
  });
}

/** POST /users/:id/unlock. */
export function useUnlockUser() {
  const refresh = useRefreshUsers();
  return useMutation<{ user: UserRow }, Error, number>({
    mutationFn: (id) => apiRequest(userPath(id, '/unlock'), { method: 'POST' }),
    onSuccess: refresh,
  });
}

/** POST /users/:id/reveal with a reason (recorded in the audit log) → the unmasked row. */
export function useRevealUser() {
  const queryClient = useQueryClient();
  return useMutation<{ user: UserRow }, Error, { id: number; reason: string }>({
    mutationFn: ({ id, reason }) => apiRequest(userPath(id, '/reveal'), { method: 'POST', body: { reason } }),
    // The unmasked values stay with the component that asked, never in the shared cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
