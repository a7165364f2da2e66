import type { ReactNode } from 'react';
import { useMeta } from '../api/useMeta.ts';
import { useT } from '../i18n.ts';
import { Header } from './Header.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useT();
  const meta = useMeta();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      {meta.data?.demo && (
        <div className="demo-banner" role="note" data-testid="demo-banner">
          <strong>{t('demoBanner')}</strong>
        </div>
      )}
      <Header meta={meta.data} />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <footer className="footer">
        <p>
          {t('footerText')} · <a href="/docs">{t('footerApi')}</a>
        </p>
      </footer>
    </div>
  );
}
