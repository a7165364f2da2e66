import { type FormEvent, useId, useState } from 'react';
import { MIN_PARTICIPANT_QUERY, useParticipantSearch } from '../../api/useParticipants.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { ParticipantResults } from './ParticipantResults.tsx';
import { nikDigits } from './personDraft.ts';

/** Digits typed with spaces or dots (a NIK copied from a KTP) are sent as digits; a name as typed. */
const queryOf = (text: string): string => (/^[\d\s.-]+$/.test(text) ? nikDigits(text) : text.trim());

/**
 * Search by NIK (16 digits), KPJ (11 digits) or the start of a name. The query is kept in this
 * component only, never in the address bar: a NIK does not belong in URLs and browser history.
 */
export function ParticipantSearch() {
  const { t } = useT();
  const headingId = useId();
  const inputId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useParticipantSearch(q);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = queryOf(text);
    setTooShort(query.length < MIN_PARTICIPANT_QUERY);
    if (query.length >= MIN_PARTICIPANT_QUERY) setQ(query);
  }

  const rows = search.data?.participants;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {t('regSearchTitle')} {q && rows && <span className="count">{rows.length}</span>}
        </h2>
      </div>
      <form className="registry-search" onSubmit={submit} data-testid="participant-search">
        <label htmlFor={inputId} className="sr-only">
          {t('regSearchLabel')}
        </label>
        <input
          id={inputId}
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder={t('regSearchLabel')}
          value={text}
          aria-invalid={tooShort ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          data-testid="participant-search-input"
        />
        <button type="submit" className="button" data-testid="participant-search-submit">
          {t('regSearchSubmit')}
        </button>
      </form>
      <p className="field-help">{tooShort ? t('regSearchTooShort') : t('regSearchHelp')}</p>
      {!q ? null : search.isError ? (
        <ErrorState error={search.error} onRetry={() => search.refetch()} />
      ) : !rows ? (
        <LoadingText visible />
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="participant-results-empty">
          {t('regSearchEmpty')}
        </p>
      ) : (
        <ParticipantResults participants={rows} busy={search.isFetching} />
      )}
    </section>
  );
}
