import { Link, useLocation } from 'wouter';
import { useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useDashboardParams } from '../../state/urlParams.ts';

export function NotFoundPage() {
  const { t } = useT();
  const [location] = useLocation();
  const { withParams } = useDashboardParams();
  useDocumentTitle(t('notFoundTitle'));
  return (
    <section className="not-found">
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody', { path: location })}</p>
      <Link className="button" href={withParams('/')}>
        {t('backToNational')}
      </Link>
    </section>
  );
}
