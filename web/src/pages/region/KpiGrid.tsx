import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatMonth } from '../../../../src/shared/format.ts';
import { Badge } from '../../components/Badge.tsx';
import { Figure } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { ChangeKpi } from './ChangeKpi.tsx';
import { CoverageKpi } from './CoverageKpi.tsx';
import { GapCostKpi, GapKpi } from './GapKpis.tsx';
import { KpiCard } from './KpiCard.tsx';
import { RankKpi } from './RankKpi.tsx';

export function KpiGrid({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const workforceSource = report.source.workforce;
  const activeSource = report.source.active;
  return (
    <section className="kpi-grid" aria-label={t('kpiSection')}>
      <CoverageKpi report={report} refreshing={refreshing} />
      <KpiCard
        label={t('kpiWorkforce')}
        refreshing={refreshing}
        value={
          <span className="kpi-value" data-testid="kpi-workforce">
            <Figure
              value={report.workforce}
              format={(v) => formatCount(v, lang)}
              reason={t('missingWorkforce')}
            />
          </span>
        }
        caption={
          workforceSource && (
            <>
              {t('kpiWorkforceCaption', {
                dataset: workforceSource.datasetName,
                month: formatMonth(workforceSource.referenceMonth, lang),
              })}
              {workforceSource.origin === 'children' && (
                <>
                  {' '}
                  <Badge tone="info" title={t('sourceDerived')}>
                    {t('estimated')}
                  </Badge>
                </>
              )}
            </>
          )
        }
      />
      <KpiCard
        label={t('kpiActive')}
        refreshing={refreshing}
        value={
          <span className="kpi-value" data-testid="kpi-active">
            <Figure value={report.active} format={(v) => formatCount(v, lang)} reason={t('missingActive')} />
          </span>
        }
        caption={
          <>
            {t('kpiActiveCaption', { month: formatMonth(report.month, lang) })}
            {!activeSource.complete && activeSource.kind !== 'none' && (
              <>
                {' '}
                <Badge tone="warn" title={t('incompleteHelp')}>
                  {t('incomplete')}
                </Badge>
              </>
            )}
          </>
        }
      />
      <GapKpi report={report} refreshing={refreshing} />
      <GapCostKpi report={report} refreshing={refreshing} />
      <RankKpi report={report} refreshing={refreshing} />
      <ChangeKpi report={report} refreshing={refreshing} />
    </section>
  );
}
