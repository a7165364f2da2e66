import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenRow, CreatedToken } from './access.types.ts';
import { apiRequest, getJson } from './client.ts';

/** GET /tokens. */
export function useTokens() {
  return useQuery({
    queryKey: ['tokens'],
    queryFn: ({ signal }) => getJson<{ tokens: ApiTokenRow[] }>('/tokens', undefined, signal),
    select: (data) => data.tokens,
  });
}

export interface NewToken {
  name: string;
  userId: number;
  scopes: string[];
  /** The last day the token works, `YYYY-MM-DD`. */
  expiresAt: string;
}

function useRefreshTokens() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tokens'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** POST /tokens → the row and the secret `ckp_…`, shown once. */
export function useCreateToken() {
  const refresh = useRefreshTokens();
  return useMutation<CreatedToken, Error, NewToken>({
    mutationFn: (body) => apiRequest('/tokens', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** DELETE /tokens/:id (revoke). */
export function useRevokeToken() {
  const refresh = useRefreshTokens();
  return useMutation<void, Error, number>({
    mutationFn: (id) => apiRequest(`/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
