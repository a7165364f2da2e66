import { useId } from 'react';
import type { DemoAccount } from '../../api/access.types.ts';
import { Badge } from '../../components/Badge.tsx';
import { pick, useT } from '../../i18n.ts';

/** One button per demo role; the passwords are public demo data, shown so anyone can try a role. */
export function DemoAccounts({
  accounts,
  busy,
  onChoose,
}: {
  accounts: DemoAccount[];
  busy: boolean;
  onChoose: (account: DemoAccount) => void;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <section className="panel demo-accounts" aria-labelledby={headingId} data-testid="demo-accounts">
      <h2 id={headingId}>
        <Badge tone="demo">{t('demo')}</Badge> {t('demoAccountsTitle')}
      </h2>
      <p className="muted small">{t('demoAccountsIntro')}</p>
      <ul>
        {accounts.map((account) => (
          <li key={account.username}>
            <button
              type="button"
              className="demo-account"
              disabled={busy}
              onClick={() => onChoose(account)}
              data-testid={`demo-login-${account.username}`}
            >
              <span className="demo-account-role">{pick(lang, account.roleNameId, account.roleNameEn)}</span>
              <span className="demo-account-scope">{account.scope}</span>
              <span className="demo-account-user">
                <code>{account.username}</code> · <code>{account.password}</code>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
