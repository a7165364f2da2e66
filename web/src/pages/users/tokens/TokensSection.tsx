import { useId, useState } from 'react';
import { formatDateTime } from '../../../../../src/shared/format.ts';
import type { ApiTokenRow, CreatedToken } from '../../../api/access.types.ts';
import { ApiError } from '../../../api/client.ts';
import { useRevokeToken, useTokens } from '../../../api/useTokens.ts';
import { Badge } from '../../../components/Badge.tsx';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { Missing } from '../../../components/Missing.tsx';
import { OneTimeSecret } from '../../../components/OneTimeSecret.tsx';
import { LoadingText } from '../../../components/Skeleton.tsx';
import { useT } from '../../../i18n.ts';
import { TokenForm } from './TokenForm.tsx';

/** API tokens for integrations: list, create (the secret is shown once), revoke. */
export function TokensSection() {
  const { t, lang } = useT();
  const headingId = useId();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang) : <Missing />);

  function state(token: ApiTokenRow) {
    if (token.revokedAt) return <Badge tone="neutral">{t('tokenRevoked')}</Badge>;
    if (new Date(token.expiresAt).getTime() <= Date.now())
      return <Badge tone="warn">{t('tokenExpired')}</Badge>;
    return t('tokenValid');
  }

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="tokens-section">
      <h2 id={headingId} className="panel-title">
        {t('tokensTitle')}
      </h2>
      {created && (
        <OneTimeSecret
          title={t('tokenCreated', { name: created.name })}
          value={created.token}
          onDismiss={() => setCreated(null)}
          testId="token-secret"
        />
      )}
      {revoke.error && (
        <p className="form-error" role="alert">
          {revoke.error instanceof ApiError ? revoke.error.text(lang) : revoke.error.message}
        </p>
      )}
      {tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : !tokens.data ? (
        <LoadingText visible />
      ) : tokens.data.length === 0 ? (
        <p className="empty">{t('tokensEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="tokens-table">
            <caption className="sr-only">{t('tokensTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokenName')}</th>
                <th scope="col">{t('tokenPrefix')}</th>
                <th scope="col">{t('tokenUser')}</th>
                <th scope="col">{t('tokenScopes')}</th>
                <th scope="col">{t('tokenExpires')}</th>
                <th scope="col">{t('tokenLastUsed')}</th>
                <th scope="col">{t('userStatus')}</th>
                <th scope="col">{t('userActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id} data-testid={`token-row-${token.id}`}>
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{token.username}</td>
                  <td className="wrap">{token.scopes.join(', ')}</td>
                  <td>{when(token.expiresAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>{state(token)}</td>
                  <td>
                    {!token.revokedAt && (
                      <button
                        type="button"
                        className="link-button"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(token.id)}
                        data-testid={`token-revoke-${token.id}`}
                      >
                        {t('tokenRevoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TokenForm onCreated={setCreated} />
    </section>
  );
}
