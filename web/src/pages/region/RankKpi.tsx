import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatCount } from '../../../../src/shared/format.ts';
import { Missing } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { pluralLabel } from '../../lib/regionLevel.ts';
import { KpiCard } from './KpiCard.tsx';

/** "3 dari 11" among the siblings; the country has no peers, so it shows "—" rather than "1 dari 1". */
export function RankKpi({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const { rank, rankOf, region } = report;
  const parent = report.ancestors.at(-1);
  const national = region.level === 0;
  const reason = national ? t('rankNone') : t('missingRank');
  return (
    <KpiCard
      label={t('kpiRank')}
      refreshing={refreshing}
      value={
        <span className="kpi-value" data-testid="kpi-rank">
          {national || rank === null || rankOf === null ? (
            <Missing reason={reason} />
          ) : (
            t('rankOf', { rank: formatCount(rank, lang), total: formatCount(rankOf, lang) })
          )}
        </span>
      }
      caption={
        national || rank === null || !parent
          ? reason
          : t('rankAmong', { plural: pluralLabel(t, region.level), parent: parent.name })
      }
    />
  );
}
