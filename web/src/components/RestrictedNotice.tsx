import { useT } from '../i18n.ts';

/** Stands in for figures the account may not see in this region (segments, provenance). */
export function RestrictedNotice() {
  const { t } = useT();
  return (
    <p className="restricted-notice" data-testid="restricted-notice">
      <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      {t('restrictedDetails')}
    </p>
  );
}
