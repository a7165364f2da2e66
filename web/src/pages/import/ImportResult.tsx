import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client.ts';
import type { ImportReport } from '../../api/useImport.ts';
import { useT } from '../../i18n.ts';
import { ImportReportView } from './ImportReportView.tsx';

/** The answer to the last post: the report (saved, checked or rejected), or why the server refused. */
export function ImportResult({ report, error }: { report: ImportReport | undefined; error: Error | null }) {
  const { t, lang } = useT();
  const alert = useRef<HTMLDivElement>(null);

  // Like a report, a refusal takes focus so it is seen (and read out) below a long form.
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);

  if (error) {
    return (
      <div
        ref={alert}
        tabIndex={-1}
        className="form-error form-error-block"
        role="alert"
        data-testid="import-error"
      >
        <strong>{t('importFailed')}</strong>
        <span>{error instanceof ApiError ? error.text(lang) : error.message}</span>
        {error instanceof ApiError && <span className="muted small">{error.code}</span>}
      </div>
    );
  }
  return report ? <ImportReportView report={report} /> : null;
}
