import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { formatCount, formatRupiah } from '../../../../src/shared/format.ts';
import { useSession } from '../../api/useSession.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { formatPeriod } from '../calculator/calcFormat.ts';
import { ProjectRegisterForm } from './ProjectRegisterForm.tsx';
import { useProjectSearch } from './useProjects.ts';
import '../participants/registry.css';

/** `/proyek`: find Jakon projects; offices holding employers.manage register new ones. */
export function ProjectsPage() {
  const { t } = useT();
  useDocumentTitle(t('projTitle'));
  const user = useSession().data?.user;
  return (
    <RequirePermission anyOf={[PERMISSION.registryRead]}>
      <div className="registry-page">
        <h1>{t('projTitle')}</h1>
        <ProjectSearch />
        {can(user, PERMISSION.employersManage) && <ProjectRegisterForm />}
      </div>
    </RequirePermission>
  );
}

function ProjectSearch() {
  const { t, lang } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = useProjectSearch(q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="project-search">
      <form className="registry-search" onSubmit={submit}>
        <label id={`${id}-title`} htmlFor={`${id}-q`} className="field-label">
          {t('projSearch')}
        </label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={text}
          maxLength={100}
          onChange={(event) => setText(event.target.value)}
          data-testid="project-search-input"
        />
        <button type="submit" className="button">
          {t('projSearchSubmit')}
        </button>
      </form>
      {search.isError ? (
        <ErrorState error={search.error} onRetry={() => search.refetch()} />
      ) : !search.data ? (
        <LoadingText visible />
      ) : search.data.projects.length === 0 ? (
        <p className="muted">{t('projNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table registry-table" data-testid="project-results">
            <caption className="sr-only">{t('projTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projName')}</th>
                <th scope="col">{t('projNumber')}</th>
                <th scope="col">{t('projContractor')}</th>
                <th scope="col" className="num">
                  {t('projContractValue')}
                </th>
                <th scope="col">{t('projPeriod')}</th>
                <th scope="col" className="num">
                  {t('projActiveWorkers')}
                </th>
              </tr>
            </thead>
            <tbody>
              {search.data.projects.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/proyek/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>
                    <code>{p.projectNumber}</code>
                  </td>
                  <td>
                    {p.contractor.name} <span className="muted">· NPP {p.contractor.npp}</span>
                  </td>
                  <td className="num nowrap">{formatRupiah(p.contractValue, lang)}</td>
                  <td className="nowrap">{formatPeriod(p.startsOn, p.endsOn, lang)}</td>
                  <td className="num">{formatCount(p.activeWorkers, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
