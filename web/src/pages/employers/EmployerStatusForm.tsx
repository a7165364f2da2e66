import { type FormEvent, useId, useState } from 'react';
import { dayBefore, isIsoDate } from '../../../../src/shared/dates.ts';
import { formatCount } from '../../../../src/shared/format.ts';
import type { EmployerStatus, EmployerView } from '../../api/registry.types.ts';
import { useChangeEmployerStatus } from '../../api/useEmployers.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { EMPLOYER_STATUS_LABEL } from '../../lib/registryLabels.ts';
import { formatDate } from '../calculator/calcFormat.ts';
import { currentDate } from '../calculator/formValues.ts';

const STATUSES: readonly EmployerStatus[] = ['active', 'arrears', 'closed'];

/**
 * "Status baru": a status from a date; the open one ends the day before. Closing also ends every open
 * PU membership at the employer on that day, so the form says how many and asks to confirm.
 */
export function EmployerStatusForm({
  employer,
  current,
}: {
  employer: EmployerView;
  current: EmployerView['status'][number] | null;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const id = useId();
  const change = useChangeEmployerStatus();
  const [status, setStatus] = useState<EmployerStatus | ''>('');
  const [from, setFrom] = useState(currentDate);
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const closing = status === 'closed';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = !status
      ? t('regStatusMissing')
      : !isIsoDate(from)
        ? t('regValidFromMissing')
        : current && from <= current.validFrom
          ? t('regStatusAfter', { date: formatDate(current.validFrom, lang) })
          : closing && !confirmed
            ? t('regCloseConfirmMissing')
            : null;
    setProblem(found);
    if (found || !status) return;
    change.mutate(
      { id: employer.id, status, from },
      {
        onSuccess: () => {
          setStatus('');
          setConfirmed(false);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('regStatusNew')}
      </h2>
      <form className="user-form" onSubmit={submit} noValidate data-testid="employer-status-form">
        <div className="form-grid">
          <Field id={`${id}-status`} label={t('userStatus')}>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as EmployerStatus | '');
                setConfirmed(false);
              }}
              data-testid="employer-status"
            >
              <option value="">{t('regChoose')}</option>
              {STATUSES.map((code) => (
                <option key={code} value={code}>
                  {t(EMPLOYER_STATUS_LABEL[code])}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-from`} label={t('regStatusFrom')}>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              data-testid="employer-status-from"
            />
          </Field>
        </div>
        {closing && isIsoDate(from) && (
          <div className="form-warning" role="note" data-testid="employer-close-warning">
            <p>
              {t('regCloseWarning', {
                count: formatCount(employer.activeWorkers, lang),
                date: formatDate(dayBefore(from), lang),
              })}
            </p>
            <label className="scope-option">
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
                data-testid="employer-close-confirm"
              />
              <span>{t('regCloseConfirm')}</span>
            </label>
          </div>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        {!problem && change.error && <ApiProblems error={change.error} testId="employer-status-error" />}
        <div className="form-actions">
          <button
            type="submit"
            className={closing ? 'button button-danger' : 'button'}
            disabled={change.isPending}
            data-testid="employer-status-submit"
          >
            {t(closing ? 'regCloseSubmit' : 'regStatusSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
