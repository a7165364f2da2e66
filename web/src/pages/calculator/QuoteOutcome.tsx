import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/client.ts';
import { type FieldProblem, isMissingRoute, type QuoteResult } from '../../api/useQuotes.ts';
import { pick, useT } from '../../i18n.ts';
import { BenefitResult } from './BenefitResult.tsx';
import { ContributionResult } from './ContributionResult.tsx';
import type { TabSpec, Values } from './calculatorTabs.ts';
import { FineResult } from './FineResult.tsx';
import { visibleFields } from './formValues.ts';

/** The right-hand side of a tab: nothing yet, a spinner, why it failed, or the quote with its reasons. */
export function QuoteOutcome({
  tab,
  values,
  result,
  error,
  problems,
  pending,
}: {
  tab: TabSpec;
  values: Values;
  result: QuoteResult | undefined;
  error: Error | null;
  problems: readonly FieldProblem[];
  pending: boolean;
}) {
  const { t } = useT();
  return (
    <section className="calc-outcome" aria-busy={pending} aria-label={t('calcResultTitle')}>
      {pending && <p className="loading-text">{t('calcCalculating')}</p>}
      {!pending && (error || problems.length > 0) && (
        <QuoteError tab={tab} values={values} error={error} problems={problems} />
      )}
      {result?.kind === 'contribution' && <ContributionResult quote={result.quote} />}
      {result?.kind === 'fine' && <FineResult quote={result.quote} />}
      {result?.kind === 'benefit' && <BenefitResult quote={result.quote} />}
      {!pending && !result && !error && problems.length === 0 && (
        <p className="calc-empty">{t('calcEmpty')}</p>
      )}
    </section>
  );
}

function QuoteError({
  tab,
  values,
  error,
  problems,
}: {
  tab: TabSpec;
  values: Values;
  error: Error | null;
  problems: readonly FieldProblem[];
}) {
  const { t, lang } = useT();
  const alert = useRef<HTMLDivElement>(null);
  const shown = new Set(visibleFields(tab, values).map((field) => field.name));
  // Problems with a field on screen are shown beside it; anything else is listed here.
  const elsewhere = problems.filter((problem) => !shown.has(problem.field));
  const unavailable = tab.kind === 'benefit' && isMissingRoute(error);
  const message = unavailable
    ? t('calcBenefitUnavailable')
    : error instanceof ApiError
      ? error.text(lang)
      : (error?.message ?? t('calcFixFields'));

  useEffect(() => {
    alert.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      ref={alert}
      tabIndex={-1}
      // Not offered yet is a notice, not a mistake of the user's.
      className={unavailable ? 'hint form-error-block' : 'form-error form-error-block'}
      role="alert"
      data-testid="calc-error"
    >
      <strong>{t(unavailable ? 'calcUnavailableTitle' : 'calcFailed')}</strong>
      <span>{message}</span>
      {elsewhere.length > 0 && (
        <ul className="calc-problems">
          {elsewhere.map((problem) => (
            <li key={`${problem.field}:${problem.message.id}`}>
              {problem.field && <code>{problem.field}</code>}{' '}
              {pick(lang, problem.message.id, problem.message.en)}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ApiError && <span className="muted small">{error.code}</span>}
    </div>
  );
}
