import { Link, useLocation, useSearch } from 'wouter';
import { useLogout, useSession } from '../api/useSession.ts';
import { pick, useT } from '../i18n.ts';
import { loginPath } from '../lib/returnPath.ts';

/**
 * A slim bar above the header: who is signed in — name, role, the regions they may see in detail
 * ("Cakupan saya") — with the password and logout actions; or the login link.
 */
export function AccountMenu() {
  const { t, lang } = useT();
  const session = useSession();
  const logout = useLogout();
  const [location] = useLocation();
  const search = useSearch();
  const user = session.data?.user;

  let content = null;
  if (session.data && !user && location !== '/masuk') {
    content = (
      <Link
        className="account-login"
        href={loginPath(search ? `${location}?${search}` : location)}
        data-testid="login-link"
      >
        {t('login')}
      </Link>
    );
  } else if (user) {
    const scope = user.regions.map((region) => region.name).join(', ');
    content = (
      <>
        <span className="account-who">
          <span className="account-name" data-testid="account-name">
            {user.displayName}
          </span>
          {user.isDemo && (
            <span className="account-demo" data-testid="account-demo">
              {t('demo')}
            </span>
          )}
          <span className="account-role" data-testid="account-role">
            {pick(lang, user.roleNameId, user.roleNameEn)}
          </span>
          <span className="account-scope" data-testid="account-scope" title={scope}>
            {t('myScope')}: {scope || '—'}
          </span>
        </span>
        <Link href="/sandi" className="account-action" data-testid="password-link">
          {t('passwordLink')}
        </Link>
        <button
          type="button"
          className="account-action account-logout"
          disabled={logout.isPending}
          onClick={() => logout.mutate()}
          data-testid="logout"
        >
          {t('logout')}
        </button>
      </>
    );
  }

  return (
    <div className="account-bar">
      <div className="account" data-testid={user ? 'account' : undefined}>
        {content}
      </div>
    </div>
  );
}
