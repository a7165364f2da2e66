import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { UserRow } from '../../api/access.types.ts';
import { ApiError } from '../../api/client.ts';
import { useRevealUser } from '../../api/useUsers.ts';
import { useT } from '../../i18n.ts';

/** The server records the reason with the reveal; it must say why (at least ten characters). */
export const MIN_REASON_LENGTH = 10;

/** Asks why the full personal data is needed, then POSTs the reveal. */
export function RevealForm({
  user,
  onRevealed,
  onCancel,
}: {
  user: UserRow;
  onRevealed: (user: UserRow) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const id = useId();
  const reveal = useRevealUser();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    setTooShort(text.length < MIN_REASON_LENGTH);
    if (text.length < MIN_REASON_LENGTH) return;
    reveal.mutate({ id: user.id, reason: text }, { onSuccess: (answer) => onRevealed(answer.user) });
  }

  const apiError = reveal.error instanceof ApiError ? reveal.error.text(lang) : reveal.error?.message;
  return (
    <form className="reveal-form" onSubmit={submit} noValidate data-testid="reveal-form">
      <label htmlFor={id} className="field-label">
        {t('revealReason', { username: user.username })}
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
        data-testid="reveal-reason"
      />
      <span className="field-help">{t('revealHelp', { min: MIN_REASON_LENGTH })}</span>
      {(tooShort || apiError) && (
        <p className="form-error" role="alert">
          {tooShort ? t('revealTooShort', { min: MIN_REASON_LENGTH }) : apiError}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-small"
          disabled={reveal.isPending}
          data-testid="reveal-submit"
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
