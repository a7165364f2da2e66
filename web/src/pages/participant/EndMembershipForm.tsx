import { type FormEvent, useId, useState } from 'react';
import { isIsoDate } from '../../../../src/shared/dates.ts';
import type { EndReason, MembershipView } from '../../api/registry.types.ts';
import { useEndMembership } from '../../api/useParticipants.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { END_REASON_LABEL, END_REASONS } from '../../lib/registryLabels.ts';
import { currentDate } from '../calculator/formValues.ts';

/** Ends an open membership on its last protected day, for a reason from the server's list. */
export function EndMembershipForm({
  membership,
  onDone,
  onCancel,
}: {
  membership: MembershipView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const end = useEndMembership();
  const [validTo, setValidTo] = useState(currentDate);
  const [reason, setReason] = useState<EndReason | ''>('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = !isIsoDate(validTo)
      ? t('regValidToMissing')
      : !reason
        ? t('regEndReasonMissing')
        : validTo < membership.validFrom
          ? t('regValidToBeforeStart')
          : null;
    setProblem(found);
    if (found || !reason) return;
    end.mutate({ membershipId: membership.id, body: { validTo, reason } }, { onSuccess: onDone });
  }

  return (
    <form className="end-form" onSubmit={submit} noValidate data-testid="membership-end-form">
      <p className="field-label">{t('regEndTitle', { segment: membership.segment })}</p>
      <div className="form-grid">
        <Field id={`${id}-to`} label={t('regValidTo')} help={t('regValidToHelp')}>
          <input
            id={`${id}-to`}
            className="input"
            type="date"
            min={membership.validFrom}
            value={validTo}
            onChange={(event) => setValidTo(event.target.value)}
            data-testid="membership-end-date"
          />
        </Field>
        <Field id={`${id}-reason`} label={t('regEndReason')}>
          <select
            id={`${id}-reason`}
            value={reason}
            onChange={(event) => setReason(event.target.value as EndReason | '')}
            data-testid="membership-end-reason"
          >
            <option value="">{t('regChoose')}</option>
            {END_REASONS.map((code) => (
              <option key={code} value={code}>
                {t(END_REASON_LABEL[code])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {reason === 'death' && <p className="hint">{t('regEndDeathNote')}</p>}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {!problem && end.error && <ApiProblems error={end.error} testId="membership-end-error" />}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-small"
          disabled={end.isPending}
          data-testid="membership-end-submit"
        >
          {t('regEndSubmit')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
