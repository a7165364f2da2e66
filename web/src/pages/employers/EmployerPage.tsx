import { useId } from 'react';
import { Link } from 'wouter';
import { formatCount } from '../../../../src/shared/format.ts';
import type { EmployerView } from '../../api/registry.types.ts';
import { useEmployer } from '../../api/useEmployers.ts';
import { useSession } from '../../api/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Fact } from '../../components/Fact.tsx';
import { Missing } from '../../components/Missing.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { EMPLOYER_STATUS_LABEL, labelOf, SIZE_CLASS_LABEL } from '../../lib/registryLabels.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { formatDate, formatPeriod } from '../calculator/calcFormat.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { BillsPanel } from '../participant/ledger/BillsTable.tsx';
import { useBills, usePayments } from '../participant/ledger/ledgerApi.ts';
import { PaymentsPanel } from '../participant/ledger/PaymentsTable.tsx';
import { RegionName } from '../participants/VillageField.tsx';
import { EmployerAccountPanel } from './EmployerAccountPanel.tsx';
import { EmployerStatusForm } from './EmployerStatusForm.tsx';
import { EmployerWorkforce } from './EmployerWorkforce.tsx';
import { RecordPaymentForm } from './RecordPaymentForm.tsx';
import '../participants/registry.css';

/**
 * `/pemberi-kerja/:id`: an employer, its account, bills and payments (a payment form for those holding
 * payments.post), its workforce (masked), status history; status changes for offices.
 */
export function EmployerPage({ id }: { id: string }) {
  const { t } = useT();
  const numeric = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  useDocumentTitle(numeric < 1 ? null : t('regEmployerTitle'));
  if (numeric < 1) return <NotFoundPage />;
  return (
    <RequirePermission anyOf={[PERMISSION.registryRead]}>
      <Employer id={numeric} />
    </RequirePermission>
  );
}

function Employer({ id }: { id: number }) {
  const { t } = useT();
  const user = useSession().data?.user;
  const employer = useEmployer(id);
  if (employer.isError) return <ErrorState error={employer.error} onRetry={() => employer.refetch()} />;
  if (!employer.data) return <LoadingText visible />;
  const current = employer.data.status.find((s) => s.validTo === null);
  return (
    <div className="registry-page">
      <p>
        <Link href="/peserta">← {t('regBackToSearch')}</Link>
      </p>
      <EmployerDetails employer={employer.data} />
      <EmployerLedger employerId={id} canPay={can(user, 'payments.post')} />
      <EmployerWorkforce employerId={id} />
      <StatusHistory employer={employer.data} />
      {can(user, PERMISSION.employersManage) && current?.status !== 'closed' && (
        <EmployerStatusForm employer={employer.data} current={current ?? null} />
      )}
    </div>
  );
}

/** Account summary, bills by month, payments, and the payment form for those who may post one. */
function EmployerLedger({ employerId, canPay }: { employerId: number; canPay: boolean }) {
  const bills = useBills({ employerId });
  const payments = usePayments([`employer:${employerId}`]);
  return (
    <>
      <EmployerAccountPanel employerId={employerId} bills={bills} />
      <BillsPanel title="billTitleEmployer" query={bills} testId="employer-bills" />
      {canPay && <RecordPaymentForm payerKey={`employer:${employerId}`} />}
      <PaymentsPanel query={payments} testId="employer-payments" />
    </>
  );
}

function EmployerDetails({ employer }: { employer: EmployerView }) {
  const { t, lang } = useT();
  const headingId = useId();
  const current = employer.status.find((s) => s.validTo === null);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="employer">
      <div className="panel-header">
        <h1 id={headingId} className="person-name" data-testid="employer-name">
          {employer.name}
        </h1>
        {current && (
          <Badge tone={current.status === 'active' ? 'info' : 'warn'}>
            {labelOf(EMPLOYER_STATUS_LABEL, current.status, t)}
          </Badge>
        )}
      </div>
      <dl className="registry-facts">
        <Fact label="NPP">
          <code data-testid="employer-npp">{employer.npp}</code>
        </Fact>
        <Fact label={t('regKbli')}>{employer.kbli ? <code>{employer.kbli}</code> : <Missing />}</Fact>
        <Fact label={t('regJkkGroup')}>{employer.jkkRiskGroup}</Fact>
        <Fact label={t('regSizeClass')}>{labelOf(SIZE_CLASS_LABEL, employer.sizeClass, t)}</Fact>
        <Fact label={t('regEmployerRegion')}>
          <code>{employer.villageCode}</code>{' '}
          <span className="muted">
            <RegionName code={employer.villageCode} />
          </span>
        </Fact>
        <Fact label={t('regActiveWorkers')}>
          <span data-testid="employer-workers">{formatCount(employer.activeWorkers, lang)}</span>
        </Fact>
        {current && <Fact label={t('regStatusSince')}>{formatDate(current.validFrom, lang)}</Fact>}
      </dl>
    </section>
  );
}

function StatusHistory({ employer }: { employer: EmployerView }) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('regStatusHistory')}</h2>
      </div>
      <div className="table-scroll">
        <table className="data-table registry-table" data-testid="employer-status-history">
          <caption className="sr-only">{t('regStatusHistory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('userStatus')}</th>
              <th scope="col">{t('regPeriod')}</th>
            </tr>
          </thead>
          <tbody>
            {employer.status.map((s) => (
              <tr key={s.validFrom} data-status={s.status}>
                <th scope="row">{labelOf(EMPLOYER_STATUS_LABEL, s.status, t)}</th>
                <td>{formatPeriod(s.validFrom, s.validTo, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
