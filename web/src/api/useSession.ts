import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginAnswer, SessionInfo } from './access.types.ts';
import { apiRequest, getJson, setCsrfToken } from './client.ts';

export const SESSION_KEY = ['session'] as const;

/** GET /auth/session: who is signed in (or null), the CSRF token, and the demo accounts. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const session = await getJson<SessionInfo>('/auth/session', undefined, signal);
      setCsrfToken(session.csrfToken);
      return session;
    },
    // The session changes only through login, logout and password changes, which refetch it.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Everything cached was fetched as the previous account (coverage detail, user lists, audit entries):
 * drop it and refetch what is on screen, so no figure of one account is shown to the next.
 */
function forgetAccountData(queryClient: QueryClient) {
  return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
}

export interface Credentials {
  username: string;
  password: string;
}

/** POST /auth/login. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<LoginAnswer, Error, Credentials>({
    mutationFn: (credentials) =>
      apiRequest<LoginAnswer>('/auth/login', { method: 'POST', body: credentials }),
    onSuccess: async (answer) => {
      setCsrfToken(answer.csrfToken);
      queryClient.setQueryData<SessionInfo>(SESSION_KEY, (previous) => ({
        demo: previous?.demo ?? { enabled: false, accounts: [] },
        user: answer.user,
        csrfToken: answer.csrfToken,
      }));
      await forgetAccountData(queryClient);
    },
  });
}

/** POST /auth/logout, then the anonymous session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, void>({
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      setCsrfToken(null);
      await queryClient.refetchQueries({ queryKey: SESSION_KEY });
      await forgetAccountData(queryClient);
    },
  });
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** POST /auth/password; the session stays, and `mustChangePassword` is cleared on refetch. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, PasswordChange>({
    mutationFn: (body) => apiRequest<void>('/auth/password', { method: 'POST', body }),
    onSuccess: () => queryClient.refetchQueries({ queryKey: SESSION_KEY }),
  });
}

/** Whether the signed-in account holds the permission (false while loading or signed out). */
export function useCan(permission: string): boolean {
  return useSession().data?.user?.permissions.includes(permission) ?? false;
}
