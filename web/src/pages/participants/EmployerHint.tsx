import { ApiError } from '../../api/client.ts';
import { useEmployer } from '../../api/useEmployers.ts';
import { useT } from '../../i18n.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

/** Names the employer whose id was typed, so a wrong number shows before the form is sent. */
export function EmployerHint({ text }: { text: string }) {
  const { t } = useT();
  const typed = useDebounced(text.trim(), 300);
  const id = /^\d{1,9}$/.test(typed) && Number(typed) > 0 ? Number(typed) : null;
  const employer = useEmployer(id);
  if (id === null) return <span className="field-help">{t('regEmployerIdHelp')}</span>;
  if (employer.data) {
    return (
      <span className="field-help" data-testid="employer-hint">
        {employer.data.name} · NPP {employer.data.npp}
      </span>
    );
  }
  if (employer.isError) {
    // Outside the scope answers like a missing employer (404): the same words for both.
    const missing = employer.error instanceof ApiError && employer.error.status === 404;
    return <span className="field-help">{missing ? t('regEmployerUnknown') : employer.error.message}</span>;
  }
  return <span className="field-help">{t('loading')}</span>;
}
