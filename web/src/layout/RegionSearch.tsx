import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { RegionSummary } from '../../../src/shared/schemas.ts';
import { MIN_SEARCH_LENGTH, type SearchResult, useRegionSearch } from '../api/useRegionSearch.ts';
import { useT } from '../i18n.ts';
import { levelLabel } from '../lib/regionLevel.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { regionPath, useDashboardParams } from '../state/urlParams.ts';

/**
 * Region search as an ARIA combobox: type, move with ↑/↓, open with Enter, close with Esc.
 * By default a choice opens the region page (keeping month and basis); `onSelect` overrides that.
 */
export function RegionSearch({
  onSelect,
  inputTestId,
  resultTestIdPrefix,
  label,
}: {
  onSelect?: (region: RegionSummary) => void;
  inputTestId?: string;
  resultTestIdPrefix?: string;
  label?: string;
}) {
  const { t } = useT();
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [, navigate] = useLocation();
  const { withParams } = useDashboardParams();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), 200);
  const search = useRegionSearch(query);
  const ready = query.length >= MIN_SEARCH_LENGTH;
  const results: SearchResult[] = ready ? (search.data?.results ?? []) : [];
  const showList = open && text.trim().length >= MIN_SEARCH_LENGTH;

  function choose(result: SearchResult) {
    setText('');
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    if (onSelect) onSelect(result.region);
    else navigate(withParams(regionPath(result.region.code)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const chosen = results[active] ?? results[0];
      if (chosen) {
        event.preventDefault();
        choose(chosen);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="search">
      <label htmlFor={id} className="sr-only">
        {label ?? t('searchLabel')}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        data-testid={inputTestId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        className="search-results"
        hidden={!showList}
        aria-label={t('searchLabel')}
      >
        {results.map((result, index) => (
          <SearchOption
            key={result.region.code}
            id={`${listId}-${index}`}
            result={result}
            active={index === active}
            testId={resultTestIdPrefix ? `${resultTestIdPrefix}${result.region.code}` : undefined}
            onChoose={() => choose(result)}
          />
        ))}
        {showList && results.length === 0 && (
          <div className="search-status" aria-live="polite">
            {!ready || search.isFetching ? t('searchSearching') : t('searchNoResults')}
          </div>
        )}
      </div>
    </div>
  );
}

function SearchOption({
  id,
  result,
  active,
  testId,
  onChoose,
}: {
  id: string;
  result: SearchResult;
  active: boolean;
  testId: string | undefined;
  onChoose: () => void;
}) {
  const { t } = useT();
  const { region, path } = result;
  return (
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'search-option active' : 'search-option'}
      data-testid={testId}
      // Keep focus in the input so the blur does not close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChoose();
      }}
    >
      <span className="search-option-name">{region.name}</span>
      <span className="search-option-meta">
        {levelLabel(t, region.level, region.kind)}
        {path ? ` · ${path}` : ''}
      </span>
    </div>
  );
}
