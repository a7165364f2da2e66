import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ParticipantView } from '../../api/registry.types.ts';
import { useRevealParticipant } from '../../api/useParticipants.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { useT } from '../../i18n.ts';
import { MIN_REASON_LENGTH } from '../users/RevealForm.tsx';

/** Asks why the full personal data is needed (recorded in the audit log), then POSTs the reveal. */
export function RevealParticipantForm({
  participantId,
  onRevealed,
  onCancel,
}: {
  participantId: number;
  onRevealed: (full: ParticipantView) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const reveal = useRevealParticipant();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    setTooShort(text.length < MIN_REASON_LENGTH);
    if (text.length < MIN_REASON_LENGTH) return;
    reveal.mutate({ id: participantId, reason: text }, { onSuccess: onRevealed });
  }

  return (
    <form className="reveal-form" onSubmit={submit} noValidate data-testid="person-reveal-form">
      <label htmlFor={id} className="field-label">
        {t('regRevealReason')}
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
        data-testid="person-reveal-reason"
      />
      <span className="field-help">{t('revealHelp', { min: MIN_REASON_LENGTH })}</span>
      {tooShort && (
        <p className="form-error" role="alert">
          {t('revealTooShort', { min: MIN_REASON_LENGTH })}
        </p>
      )}
      {!tooShort && reveal.error && <ApiProblems error={reveal.error} />}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-small"
          disabled={reveal.isPending}
          data-testid="person-reveal-submit"
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
