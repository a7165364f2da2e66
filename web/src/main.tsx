import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ApiError, shouldRetry } from './api/client.ts';
import { SESSION_KEY } from './api/useSession.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/table.css';
import './styles/region.css';
import './styles/forms.css';
import './styles/import.css';
import './styles/targets.css';
import './styles/access.css';

const queryClient: QueryClient = new QueryClient({
  // A session that ended (expired, logged out elsewhere) or a password reset by an administrator shows
  // up as a failed request: refetch the session so the header, guards and password gate follow.
  queryCache: new QueryCache({
    onError: (error) => {
      if (sessionChanged(error)) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  }),
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      // Figures change with imports, not by the second; avoid refetching on every tab switch.
      staleTime: 60_000,
      refetchOnWindowFocus: false,
    },
  },
});

function sessionChanged(error: Error): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'UNAUTHENTICATED' || error.code === 'PASSWORD_CHANGE_REQUIRED')
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
