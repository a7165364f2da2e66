import { ApiError } from '../api/client.ts';
import { pick, useT } from '../i18n.ts';

interface Problem {
  id: string;
  en: string;
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).id === 'string' &&
  typeof (value as Problem).en === 'string';

/** The bilingual problems a domain error lists in `details` (empty for any other error). */
export function problemsOf(error: Error): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.every(isProblem) ? error.details : [];
}

/**
 * A refused write, in the current language: every problem the server named, one per line, or its
 * message when it named none. A role="alert" region, so it is read out when it appears.
 */
export function ApiProblems({ error, testId }: { error: Error; testId?: string }) {
  const { t, lang } = useT();
  const problems = problemsOf(error);
  const message = error instanceof ApiError ? error.text(lang) : error.message;
  return (
    <div className="form-error form-error-block" role="alert" data-testid={testId}>
      {problems.length === 0 ? (
        <span>{message}</span>
      ) : (
        <>
          <span>{t('problemsTitle')}</span>
          <ul className="problem-list">
            {problems.map((problem) => (
              <li key={problem.id}>{pick(lang, problem.id, problem.en)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
