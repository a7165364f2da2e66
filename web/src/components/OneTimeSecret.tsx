import { useState } from 'react';
import { useT } from '../i18n.ts';

/**
 * A password or token the server shows only once: displayed with a copy button and a warning, and
 * gone when dismissed (it is never stored or refetched).
 */
export function OneTimeSecret({
  title,
  value,
  onDismiss,
  testId,
}: {
  title: string;
  value: string;
  onDismiss: () => void;
  testId?: string;
}) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard access (plain http, permissions): the value is selectable on screen.
    }
  }
  return (
    <div className="one-time-secret" role="status">
      <p className="one-time-title">{title}</p>
      <p className="one-time-value">
        <code data-testid={testId}>{value}</code>
        <button type="button" className="button button-small button-secondary" onClick={copy}>
          {t(copied ? 'secretCopied' : 'secretCopy')}
        </button>
      </p>
      <p className="field-help">{t('secretOnce')}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('secretDismiss')}
      </button>
    </div>
  );
}
