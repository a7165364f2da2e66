import { Link } from 'wouter';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n.ts';
import { useDashboardParams } from '../state/urlParams.ts';

/** Shows the API's own message (Indonesian or English) and offers a retry for transient failures. */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, lang } = useT();
  const { withParams } = useDashboardParams();
  const message = error instanceof ApiError ? error.text(lang) : error.message;
  const code = error instanceof ApiError ? error.code : null;
  const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <div className="error-state" role="alert">
      <h2>{t('errorTitle')}</h2>
      <p>{message}</p>
      {code && <p className="muted small">{code}</p>}
      {onRetry && retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
      {error instanceof ApiError && error.status === 404 && (
        <Link className="button" href={withParams('/')}>
          {t('backToNational')}
        </Link>
      )}
    </div>
  );
}
