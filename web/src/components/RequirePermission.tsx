import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../api/useSession.ts';
import { pick, useT } from '../i18n.ts';
import { canAny } from '../lib/permissions.ts';
import { currentPath, loginPath } from '../lib/returnPath.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingText } from './Skeleton.tsx';

/**
 * Renders `children` only for an account holding one of `anyOf`; otherwise a login prompt (signed out)
 * or "not authorized" (signed in without the permission). An empty `anyOf` means "any account".
 */
export function RequirePermission({ anyOf, children }: { anyOf: readonly string[]; children: ReactNode }) {
  const { t, lang } = useT();
  const session = useSession();
  if (session.isError) return <ErrorState error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) return <LoadingText visible />;
  const user = session.data.user;
  if (!user) {
    return (
      <section className="access-message" data-testid="login-required">
        <h1>{t('loginRequiredTitle')}</h1>
        <p>{t('loginRequiredBody')}</p>
        <Link className="button" href={loginPath(currentPath())}>
          {t('login')}
        </Link>
      </section>
    );
  }
  if (anyOf.length > 0 && !canAny(user, anyOf)) {
    return (
      <section className="access-message" role="alert" data-testid="not-authorized">
        <h1>{t('notAuthorizedTitle')}</h1>
        <p>{t('notAuthorizedBody', { role: pick(lang, user.roleNameId, user.roleNameEn) })}</p>
      </section>
    );
  }
  return <>{children}</>;
}
