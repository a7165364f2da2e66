import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { useFundingProgram } from '../../api/useFunding.ts';
import { useSession } from '../../api/useSession.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { ChartPanelFallback } from '../region/ChartPanelFallback.tsx';
import { BeneficiariesPanel } from './BeneficiariesPanel.tsx';
import { BeneficiaryImportPanel } from './BeneficiaryImportPanel.tsx';
import { FUNDING_PERMISSION } from './fundingPermissions.ts';
import { ProgramActions } from './ProgramActions.tsx';
import { ProgramDetails } from './ProgramDetails.tsx';
import { ProgramSummary } from './ProgramSummary.tsx';
import '../participants/registry.css';
import './funding.css';

// The usage charts load ECharts on demand, after the figures are on screen.
const UsagePanel = lazy(() => import('./UsagePanel.tsx').then((m) => ({ default: m.UsagePanel })));

/**
 * `/pendanaan/:id`: one program — what it costs and buys, the use of its money month by month, its
 * beneficiaries (masked); the beneficiary import and status changes for funding.manage.
 */
export function ProgramPage({ id }: { id: string }) {
  const { t } = useT();
  const numeric = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  useDocumentTitle(numeric < 1 ? null : t('fundProgramTitle'));
  if (numeric < 1) return <NotFoundPage />;
  return (
    <RequirePermission anyOf={[FUNDING_PERMISSION.read]}>
      <Program id={numeric} />
    </RequirePermission>
  );
}

function Program({ id }: { id: number }) {
  const { t } = useT();
  const user = useSession().data?.user;
  const manage = can(user, FUNDING_PERMISSION.manage);
  const program = useFundingProgram(id);
  useDocumentTitle(program.data?.name ?? null);
  if (program.isError) return <ErrorState error={program.error} onRetry={() => program.refetch()} />;
  if (!program.data) return <LoadingText visible />;
  return (
    <div className="registry-page fund-page">
      <p>
        <Link href="/pendanaan">← {t('fundBack')}</Link>
      </p>
      <ProgramSummary program={program.data} />
      <ProgramActions program={program.data} manage={manage} />
      <Suspense fallback={<ChartPanelFallback testId="fund-usage" />}>
        <UsagePanel program={program.data} />
      </Suspense>
      <BeneficiariesPanel programId={id} />
      {manage && program.data.status !== 'closed' && <BeneficiaryImportPanel program={program.data} />}
      <ProgramDetails program={program.data} />
    </div>
  );
}
