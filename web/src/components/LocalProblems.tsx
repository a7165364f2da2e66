import { type MessageKey, useT } from '../i18n.ts';

/** Problems the form found before sending, in the current language; nothing when there are none. */
export function LocalProblems({ problems, testId }: { problems: readonly MessageKey[]; testId: string }) {
  const { t } = useT();
  if (problems.length === 0) return null;
  return (
    <div className="form-error form-error-block" role="alert" data-testid={testId}>
      <span>{t('problemsTitle')}</span>
      <ul className="problem-list">
        {problems.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
