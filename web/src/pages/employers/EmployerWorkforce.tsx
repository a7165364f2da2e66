import { useId } from 'react';
import { Link } from 'wouter';
import { formatCount } from '../../../../src/shared/format.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { formatDate } from '../calculator/calcFormat.ts';
import { useWorkforce } from './useWorkforce.ts';

/** The employer's active PU members, masked (NIK and name), each linking to the person. */
export function EmployerWorkforce({ employerId }: { employerId: number }) {
  const { t, lang } = useT();
  const headingId = useId();
  const workforce = useWorkforce(employerId);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="employer-workforce">
      <div className="panel-header">
        <h2 id={headingId}>{t('wfTitle')}</h2>
        {workforce.data && (
          <span className="muted" data-testid="employer-workforce-count">
            {t('wfCount', { count: formatCount(workforce.data.total, lang) })}
          </span>
        )}
      </div>
      {workforce.isError ? (
        <ErrorState error={workforce.error} onRetry={() => workforce.refetch()} />
      ) : !workforce.data ? (
        <LoadingText visible />
      ) : workforce.data.workers.length === 0 ? (
        <p className="muted">{t('wfNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table registry-table">
            <caption className="sr-only">{t('wfTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wfName')}</th>
                <th scope="col">NIK</th>
                <th scope="col">KPJ</th>
                <th scope="col">{t('wfPrograms')}</th>
                <th scope="col">{t('wfSince')}</th>
              </tr>
            </thead>
            <tbody>
              {workforce.data.workers.map((w) => (
                <tr key={w.membershipId}>
                  <th scope="row">
                    <Link href={`/peserta/${w.participantId}`}>{w.name}</Link>
                  </th>
                  <td>
                    <code>{w.nik}</code>
                  </td>
                  <td>
                    <code>{w.kpj}</code>
                  </td>
                  <td>{w.programs.join(', ')}</td>
                  <td className="nowrap">{formatDate(w.validFrom, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {workforce.data.workers.length < workforce.data.total && (
            <p className="muted small">
              {t('wfShowing', {
                shown: formatCount(workforce.data.workers.length, lang),
                total: formatCount(workforce.data.total, lang),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
