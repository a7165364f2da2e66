import { useId, useState } from 'react';
import { Link } from 'wouter';
import { formatCount } from '../../../../src/shared/format.ts';
import { useBeneficiaries } from '../../api/useFunding.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { formatPeriod } from '../calculator/calcFormat.ts';
import { labelOr, POVERTY_LABEL } from './fundingLabels.ts';

const PAGE_SIZE = 25;

/** The program's beneficiaries, NIK and name masked (UU PDP); each links to the participant page. */
export function BeneficiariesPanel({ programId }: { programId: number }) {
  const { t, lang } = useT();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const list = useBeneficiaries(programId, page, PAGE_SIZE);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-beneficiary-list">
      <div className="panel-header">
        <h2 id={headingId}>{t('fundBeneficiariesTitle')}</h2>
        {list.data && (
          <span className="muted" data-testid="fund-beneficiary-total">
            {t('fundPeopleCount', { count: formatCount(list.data.total, lang) })}
          </span>
        )}
      </div>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : !list.data ? (
        <LoadingText visible />
      ) : list.data.rows.length === 0 ? (
        <p className="empty">{t('fundBeneficiariesNone')}</p>
      ) : (
        <>
          <div className={list.isPlaceholderData ? 'table-scroll is-busy' : 'table-scroll'}>
            <table className="data-table registry-table">
              <caption className="sr-only">{t('fundBeneficiariesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fundBenName')}</th>
                  <th scope="col">NIK</th>
                  <th scope="col">KPJ</th>
                  <th scope="col">{t('fundBenVillage')}</th>
                  <th scope="col">{t('fundBenOccupation')}</th>
                  <th scope="col">{t('fundBenPoverty')}</th>
                  <th scope="col">{t('fundBenValid')}</th>
                  <th scope="col" className="num">
                    {t('fundBenProtectedMonths')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((row) => (
                  <tr key={`${row.participantId}-${row.validFrom}`}>
                    <th scope="row">
                      <Link href={`/peserta/${row.participantId}`}>{row.nameMasked}</Link>
                    </th>
                    <td>
                      <code>{row.nikMasked}</code>
                    </td>
                    <td>
                      <code>{row.kpj}</code>
                    </td>
                    <td className="fund-wrap">
                      {row.villageName} <code className="muted small">{row.villageCode}</code>
                    </td>
                    <td>{row.occupation ?? '—'}</td>
                    <td>{labelOr(POVERTY_LABEL, row.povertyLevel, t)}</td>
                    <td className="nowrap">{formatPeriod(row.validFrom, row.validTo, lang)}</td>
                    <td className="num">{formatCount(row.protectedMonths, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </section>
  );
}
