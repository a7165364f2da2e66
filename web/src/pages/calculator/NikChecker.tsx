import { type FormEvent, useId, useState } from 'react';
import { isMissingRoute, type NikCheck, useNikCheck } from '../../api/useQuotes.ts';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { pick, useT } from '../../i18n.ts';
import { formatDate } from './calcFormat.ts';

/**
 * A small NIK checker: structure, region of issue, sex and possible birth dates. The NIK is sent only
 * on "Periksa", in the request body, and shown back masked (UU 27/2022, personal data protection).
 */
export function NikChecker() {
  const { t } = useT();
  const inputId = useId();
  const helpId = useId();
  const [text, setText] = useState('');
  const check = useNikCheck();

  function submit(event: FormEvent) {
    event.preventDefault();
    check.mutate(text.replace(/[\s.-]/g, ''));
  }

  return (
    <form className="panel calc-nik" onSubmit={submit} noValidate data-testid="calc-nik">
      <h2 className="panel-title">{t('calcNikTitle')}</h2>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('calcNikLabel')}
        </label>
        <div className="calc-inline">
          <input
            id={inputId}
            className="input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            aria-describedby={helpId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="calc-nik-input"
          />
          <button type="submit" className="button button-secondary" disabled={!text.trim()}>
            {t('calcNikCheck')}
          </button>
        </div>
        <span id={helpId} className="field-help">
          {t('calcNikHelp')}
        </span>
      </div>
      <div aria-live="polite">
        {check.isPending && <p className="loading-text">{t('loading')}</p>}
        {check.error &&
          (isMissingRoute(check.error) ? (
            <p className="hint">{t('calcNikUnavailable')}</p>
          ) : (
            <ErrorState error={check.error} />
          ))}
        {check.data && <NikAnswer check={check.data} />}
      </div>
    </form>
  );
}

function NikAnswer({ check }: { check: NikCheck }) {
  const { t, lang } = useT();
  const birth = check.birthDate?.candidates ?? [];
  return (
    <div className="calc-nik-answer" data-testid="calc-nik-answer">
      <p>
        <code>{check.masked}</code>{' '}
        <Badge tone={check.valid ? 'info' : 'warn'}>
          {t(check.valid ? 'calcNikValid' : 'calcNikInvalid')}
        </Badge>
      </p>
      {check.errors.length > 0 && (
        <ul className="calc-problems">
          {check.errors.map((e) => (
            <li key={e.code}>{pick(lang, e.message.id, e.message.en)}</li>
          ))}
        </ul>
      )}
      <dl className="calc-facts">
        {check.regionCodes && (
          <>
            <dt>{t('calcNikRegion')}</dt>
            <dd>{check.regionCodes.district}</dd>
          </>
        )}
        {check.sex && (
          <>
            <dt>{t('calcNikSex')}</dt>
            <dd>{t(check.sex === 'F' ? 'calcNikFemale' : 'calcNikMale')}</dd>
          </>
        )}
        {birth.length > 0 && (
          <>
            <dt>{t('calcNikBirth')}</dt>
            <dd>{birth.map((date) => formatDate(date, lang)).join(t('calcOr'))}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
