import { useId, useState } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import { type AuditFilter, useAudit } from '../../api/useAudit.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;

/** `/audit`: who did what, where and why — searchable, newest first. */
export function AuditPage() {
  const { t } = useT();
  useDocumentTitle(t('auditTitle'));
  return (
    <RequirePermission anyOf={[PERMISSION.auditRead]}>
      <AuditLog />
    </RequirePermission>
  );
}

function AuditLog() {
  const { t, lang } = useT();
  const headingId = useId();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const audit = useAudit(filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = audit.data?.total ?? 0;

  return (
    <div className="audit-page">
      <div className="region-heading">
        <h1>{t('auditTitle')}</h1>
        <p className="region-meta">{t('auditIntro')}</p>
      </div>
      <AuditFilters
        onApply={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      <section className="panel" aria-labelledby={headingId}>
        <div className="panel-header">
          <h2 id={headingId}>
            {t('auditEntries')} {audit.data && <span className="count">{formatCount(total, lang)}</span>}
          </h2>
        </div>
        {audit.isError ? (
          <ErrorState error={audit.error} onRetry={() => audit.refetch()} />
        ) : !audit.data ? (
          <LoadingText visible />
        ) : audit.data.entries.length === 0 ? (
          <p className="empty">{t('auditEmpty')}</p>
        ) : (
          <AuditTable entries={audit.data.entries} busy={audit.isFetching} />
        )}
        <Pagination page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} onPage={setPage} />
      </section>
    </div>
  );
}
