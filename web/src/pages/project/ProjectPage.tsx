import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'wouter';
import { formatCount, formatRupiah } from '../../../../src/shared/format.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Fact } from '../../components/Fact.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { formatDate, formatPeriod } from '../calculator/calcFormat.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { BillsPanel } from '../participant/ledger/BillsTable.tsx';
import type { Bill } from '../participant/ledger/ledgerApi.ts';
import { RegionName } from '../participants/VillageField.tsx';
import { type ProjectView, useProject } from './useProjects.ts';
import '../participants/registry.css';

/** `/proyek/:id`: a Jakon project — contract, contractor, workers (masked) and bills. */
export function ProjectPage({ id }: { id: string }) {
  const { t } = useT();
  const numeric = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  useDocumentTitle(numeric < 1 ? null : t('projPageTitle'));
  if (numeric < 1) return <NotFoundPage />;
  return (
    <RequirePermission anyOf={[PERMISSION.registryRead]}>
      <Project id={numeric} />
    </RequirePermission>
  );
}

function Project({ id }: { id: number }) {
  const { t } = useT();
  const project = useProject(id);
  // The project answer carries its bills; the panel takes them in the shape of a query.
  const bills = { ...project, data: project.data?.bills } as UseQueryResult<Bill[], Error>;
  return (
    <div className="registry-page">
      <p>
        <Link href="/proyek">{t('projBack')}</Link>
      </p>
      {project.isError ? (
        <ErrorState error={project.error} onRetry={() => project.refetch()} />
      ) : !project.data ? (
        <LoadingText visible />
      ) : (
        <>
          <Contract project={project.data} />
          <Workers project={project.data} />
          <BillsPanel title="billTitleProject" query={bills} testId="project-bills" />
        </>
      )}
    </div>
  );
}

function Contract({ project }: { project: ProjectView }) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="project">
      <div className="panel-header">
        <h1 id={headingId} className="person-name" data-testid="project-name">
          {project.name}
        </h1>
      </div>
      <dl className="registry-facts">
        <Fact label={t('projNumber')}>
          <code data-testid="project-number">{project.projectNumber}</code>
        </Fact>
        <Fact label={t('projContractor')}>
          <Link href={`/pemberi-kerja/${project.contractor.id}`} data-testid="project-contractor">
            {project.contractor.name}
          </Link>{' '}
          <span className="muted">· NPP {project.contractor.npp}</span>
        </Fact>
        <Fact label={t('projContractValue')}>
          <span data-testid="project-value">{formatRupiah(project.contractValue, lang)}</span>
        </Fact>
        <Fact label={t('projPeriod')}>{formatPeriod(project.startsOn, project.endsOn, lang)}</Fact>
        <Fact label={t('projLocation')}>
          <code>{project.villageCode}</code>{' '}
          <span className="muted">
            <RegionName code={project.villageCode} />
          </span>
        </Fact>
        <Fact label={t('projActiveWorkers')}>
          <span data-testid="project-workers-count">{formatCount(project.activeWorkers, lang)}</span>
        </Fact>
      </dl>
    </section>
  );
}

function Workers({ project }: { project: ProjectView }) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="project-workers">
      <div className="panel-header">
        <h2 id={headingId}>{t('projWorkers')}</h2>
      </div>
      {project.workers.length === 0 ? (
        <p className="muted">{t('projWorkersNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table registry-table">
            <caption className="sr-only">{t('projWorkers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wfName')}</th>
                <th scope="col">NIK</th>
                <th scope="col">KPJ</th>
                <th scope="col">{t('regPeriod')}</th>
              </tr>
            </thead>
            <tbody>
              {project.workers.map((w) => (
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
                  <td className="nowrap">
                    {w.validTo ? formatPeriod(w.validFrom, w.validTo, lang) : formatDate(w.validFrom, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
