import { ApiError } from '../../api/client.ts';
import { useEmployer, useEmployerSearch } from '../../api/useEmployers.ts';
import { useT } from '../../i18n.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

/** Up to seven digits is an employer id; an 8-digit NPP or a name is looked up instead. */
const asId = (text: string): number | null =>
  /^\d{1,7}$/.test(text) && Number(text) > 0 ? Number(text) : null;

/**
 * Under the employer field: names the employer whose id was typed, so a wrong number shows before the
 * form is sent; or, for an NPP or the start of a name, lists the matching employers to pick from.
 */
export function EmployerHint({ text, onPick }: { text: string; onPick: (id: number) => void }) {
  const { t } = useT();
  const typed = useDebounced(text.trim(), 300);
  const id = asId(typed);
  const employer = useEmployer(id);
  const search = useEmployerSearch(id === null && typed.length >= 2 ? typed : null);
  if (id === null && typed.length >= 2) {
    const found = search.data?.employers ?? [];
    if (search.isPending) return <span className="field-help">{t('loading')}</span>;
    if (found.length === 0) return <span className="field-help">{t('regEmployerUnknown')}</span>;
    return (
      <ul className="employer-matches" data-testid="employer-matches">
        {found.slice(0, 5).map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onPick(e.id)}>
              {e.name} · NPP {e.npp} · id {e.id}
            </button>
          </li>
        ))}
      </ul>
    );
  }
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
