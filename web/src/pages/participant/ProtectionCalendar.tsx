import { useId, useState } from 'react';
import { formatMonth } from '../../../../src/shared/format.ts';
import { addMonths, type Month } from '../../../../src/shared/month.ts';
import type { ParticipantView } from '../../api/registry.types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { formatDate } from '../calculator/calcFormat.ts';
import { currentMonth } from '../calculator/formValues.ts';
import { isMissing } from './ledger/ledgerApi.ts';
import { type ProtectionCalendar as Calendar, type CalendarStatus, useProtection } from './useProtection.ts';
import './ledger/ledger.css';

/** Each state's words and symbol: the colour only repeats what the symbol and the words say. */
const STATUS: Record<CalendarStatus, { label: MessageKey; symbol: string }> = {
  protected: { label: 'calProtected', symbol: '✓' },
  grace: { label: 'calGrace', symbol: '…' },
  unpaid: { label: 'calUnpaid', symbol: '!' },
  not_billed: { label: 'calNotBilled', symbol: '–' },
  not_member: { label: 'calNotMember', symbol: '·' },
};

/** Month × membership grid of the participant's protection (GET /participants/:id/protection). */
export function ProtectionCalendar({ person }: { person: ParticipantView }) {
  const { t } = useT();
  const headingId = useId();
  const [to, setTo] = useState<Month>(() => currentMonth() as Month);
  const from = addMonths(to, -11);
  const version = person.memberships.map((m) => `${m.id}:${m.validTo ?? ''}`).join(',');
  const calendar = useProtection(person.id, from, to, version);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="protection-calendar">
      <div className="panel-header">
        <h2 id={headingId}>{t('calTitle')}</h2>
      </div>
      <div className="cal-nav">
        <button type="button" className="link-button" onClick={() => setTo(addMonths(to, -12))}>
          {t('calEarlier')}
        </button>
        <button type="button" className="link-button" onClick={() => setTo(addMonths(to, 12))}>
          {t('calLater')}
        </button>
      </div>
      {calendar.isError ? (
        isMissing(calendar.error) ? (
          <p className="muted">{t('calUnavailable')}</p>
        ) : (
          <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />
        )
      ) : !calendar.data ? (
        <LoadingText visible />
      ) : (
        <CalendarGrid calendar={calendar.data} />
      )}
      <Legend />
    </section>
  );
}

function CalendarGrid({ calendar }: { calendar: Calendar }) {
  const { t, lang } = useT();
  if (calendar.memberships.length === 0) return <p className="muted">{t('calNoMemberships')}</p>;
  const months = calendar.memberships[0]?.months.map((c) => c.month) ?? [];
  return (
    <>
      <p className="muted small">{t('calIntro', { date: formatDate(calendar.today, lang) })}</p>
      <div className="table-scroll">
        <table className="data-table protection-grid" data-testid="protection-grid">
          <caption className="sr-only">{t('calTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calMembership')}</th>
              {months.map((month) => (
                <th key={month} scope="col" title={formatMonth(month, lang)}>
                  {formatMonth(month, lang, true)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {calendar.memberships.map((m) => {
              const name = `${m.segment} #${m.id}`;
              return (
                <tr key={m.id} data-membership={m.id}>
                  <th scope="row">{name}</th>
                  {m.months.map((cell) => {
                    const status = STATUS[cell.status];
                    const text = t('calCell', {
                      membership: name,
                      month: formatMonth(cell.month, lang),
                      status: t(status.label),
                    });
                    return (
                      <td key={cell.month} data-month={cell.month} data-status={cell.status} title={text}>
                        <span className={`cal-cell cal-${cell.status}`} aria-hidden="true">
                          {status.symbol}
                        </span>
                        <span className="sr-only">{text}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <ul className="cal-legend" aria-label={t('calLegend')} data-testid="protection-legend">
      {(Object.keys(STATUS) as CalendarStatus[]).map((status) => (
        <li key={status}>
          <span className={`cal-cell cal-${status}`} aria-hidden="true">
            {STATUS[status].symbol}
          </span>
          {t(STATUS[status].label)}
        </li>
      ))}
    </ul>
  );
}
