import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { DemoAccount } from '../../api/access.types.ts';
import { type Credentials, useLogin, useSession } from '../../api/useSession.ts';
import { Field } from '../../components/Field.tsx';
import { pick, useT } from '../../i18n.ts';
import { RETURN_PARAM, safeReturnPath } from '../../lib/returnPath.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { DemoAccounts } from './DemoAccounts.tsx';
import { loginErrorText } from './loginError.ts';

/** `/masuk`: username and password (or a demo account), then back to `?kembali=` or `/`. */
export function LoginPage() {
  const { t, lang } = useT();
  const ids = { username: useId(), password: useId() };
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const session = useSession();
  const login = useLogin();
  const [form, setForm] = useState<Credentials>({ username: '', password: '' });
  const [missing, setMissing] = useState(false);
  useDocumentTitle(t('loginTitle'));

  function signIn(credentials: Credentials) {
    login.mutate(credentials, { onSuccess: () => navigate(returnTo, { replace: true }) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const credentials = { username: form.username.trim(), password: form.password };
    setMissing(!credentials.username || !credentials.password);
    if (credentials.username && credentials.password) signIn(credentials);
  }

  const user = session.data?.user;
  const demo = session.data?.demo;
  if (user && !login.isPending && !login.isSuccess) {
    return (
      <section className="access-message" data-testid="already-logged-in">
        <h1>{t('loginTitle')}</h1>
        <p>
          {t('loginAlready', { name: user.displayName, role: pick(lang, user.roleNameId, user.roleNameEn) })}
        </p>
        <Link className="button" href={returnTo}>
          {t('loginContinue')}
        </Link>
      </section>
    );
  }

  return (
    <div className="login-page">
      <form className="panel login-form" onSubmit={submit} noValidate data-testid="login-form">
        <h1>{t('loginTitle')}</h1>
        <p className="muted">{t('loginIntro')}</p>
        <Field id={ids.username} label={t('loginUsername')}>
          <input
            id={ids.username}
            className="input"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={form.username}
            onChange={(event) => setForm({ ...form, username: event.target.value })}
            data-testid="login-username"
          />
        </Field>
        <Field id={ids.password} label={t('loginPassword')}>
          <input
            id={ids.password}
            className="input"
            type="password"
            autoComplete="current-password"
            value={form.password}
            onChange={(event) => setForm({ ...form, password: event.target.value })}
            data-testid="login-password"
          />
        </Field>
        {(missing || login.error) && (
          <p className="form-error" role="alert" data-testid="login-error">
            {missing ? t('loginMissing') : login.error && loginErrorText(login.error, lang)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={login.isPending} data-testid="login-submit">
            {login.isPending && <span className="spinner" aria-hidden="true" />}
            {t('login')}
          </button>
        </div>
      </form>
      {demo?.enabled && demo.accounts.length > 0 && (
        <DemoAccounts
          accounts={demo.accounts}
          busy={login.isPending}
          onChoose={(account: DemoAccount) => {
            setMissing(false);
            signIn({ username: account.username, password: account.password });
          }}
        />
      )}
    </div>
  );
}
