import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n.ts';
import { ApiProblems } from './ApiProblems.tsx';

/** The server records the reason with a reveal of personal data; it must say why (at least ten characters). */
export const MIN_REASON_LENGTH = 10;

/**
 * Asks why full personal data is needed (UU PDP: the reason goes to the audit log with the reveal)
 * and hands the trimmed reason to `onSubmit`. Used for accounts and for participants alike.
 */
export function ReasonForm({
  label,
  testId,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  label: string;
  /** Prefix of the test ids: `<testId>-form`, `-reason`, `-submit`. */
  testId: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    setTooShort(text.length < MIN_REASON_LENGTH);
    if (text.length >= MIN_REASON_LENGTH) onSubmit(text);
  }

  return (
    <form className="reveal-form" onSubmit={submit} noValidate data-testid={`${testId}-form`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        ref={input}
        className="input textarea"
        rows={2}
        maxLength={500}
        value={reason}
        aria-invalid={tooShort ? true : undefined}
        onChange={(event) => setReason(event.target.value)}
        data-testid={`${testId}-reason`}
      />
      <span className="field-help">{t('revealHelp', { min: MIN_REASON_LENGTH })}</span>
      {tooShort && (
        <p className="form-error" role="alert">
          {t('revealTooShort', { min: MIN_REASON_LENGTH })}
        </p>
      )}
      {!tooShort && error && <ApiProblems error={error} />}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-small"
          disabled={pending}
          data-testid={`${testId}-submit`}
        >
          {t('revealSubmit')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
