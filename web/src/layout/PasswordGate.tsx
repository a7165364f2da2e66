import type { ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useSession } from '../api/useSession.ts';

/** An account whose password an administrator reset may do nothing else until it sets its own. */
export function PasswordGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const mustChange = useSession().data?.user?.mustChangePassword ?? false;
  if (mustChange && location !== '/sandi') return <Redirect to="/sandi" replace />;
  return <>{children}</>;
}
