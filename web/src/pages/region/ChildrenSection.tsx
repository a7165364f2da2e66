import { useId } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import type { CoverageAnswer } from '../../api/useCoverage.ts';
import { CoverageLegend } from '../../components/CoverageLegend.tsx';
import { CoverageTable } from '../../components/coverage-table/CoverageTable.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { RestrictedNotice } from '../../components/RestrictedNotice.tsx';
import { useT } from '../../i18n.ts';
import { capitalize, pluralLabel } from '../../lib/regionLevel.ts';
import { isPublicOnly } from '../../lib/visibility.ts';

const COLUMNS = ['name', 'workforce', 'active', 'coverage', 'target', 'gap', 'monthlyCost', 'rank'] as const;

/** The regions one level down, sortable, with the same export the API offers. Villages have none. */
export function ChildrenSection({ report, busy }: { report: CoverageAnswer; busy: boolean }) {
  const { t, lang } = useT();
  const headingId = useId();
  const title = capitalize(t('childrenTitle', { plural: pluralLabel(t, report.region.level + 1) }));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {title} <span className="count">{formatCount(report.children.length, lang)}</span>
        </h2>
        {!isPublicOnly(report) && (
          <ExportLinks
            args={{ code: report.region.code, table: 'children', month: report.month, basis: report.basis }}
            testId="export-children"
          />
        )}
      </div>
      {report.children.length === 0 && isPublicOnly(report) ? (
        // Districts and villages outside the account's scope are not sent at all.
        <RestrictedNotice />
      ) : report.children.length === 0 ? (
        <p className="empty">{t('childrenEmpty')}</p>
      ) : (
        <>
          <CoverageTable
            rows={report.children}
            columns={COLUMNS}
            caption={title}
            testId="children-table"
            rowTestIdPrefix="child-row-"
            sortable
            busy={busy}
          />
          <CoverageLegend />
        </>
      )}
    </section>
  );
}
