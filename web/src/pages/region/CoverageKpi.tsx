import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatPercent } from '../../../../src/shared/format.ts';
import { Figure } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { KpiCard } from './KpiCard.tsx';

/** Coverage against target, with a 0–100 % bar and a marker where the target sits. */
export function CoverageKpi({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const { coveragePct: coverage, targetPct: target } = report;
  const points = (v: number) => formatPercent(v, lang).replace(/\s?%$/, '');

  let caption: string;
  if (target === null) caption = t('kpiNoTarget');
  else if (coverage === null) caption = t('missingCoverage');
  else if (coverage >= target) caption = t('kpiTargetReached');
  else caption = t('kpiBelowTarget', { points: points(target - coverage) });

  return (
    <KpiCard
      wide
      label={t('kpiCoverage')}
      refreshing={refreshing}
      value={
        <>
          <span className="kpi-value kpi-value-large" data-testid="kpi-coverage">
            <Figure value={coverage} format={(v) => formatPercent(v, lang)} reason={t('missingCoverage')} />
          </span>
          <span className="kpi-target">
            {report.targetYear ? t('kpiTargetYear', { year: report.targetYear }) : t('kpiTarget')}{' '}
            <strong data-testid="kpi-target">
              <Figure value={target} format={(v) => formatPercent(v, lang)} reason={t('missingTarget')} />
            </strong>
          </span>
        </>
      }
      extra={
        <div
          className="progress"
          role="img"
          aria-label={t('kpiProgressLabel', {
            coverage: formatPercent(coverage, lang),
            target: formatPercent(target, lang),
          })}
        >
          {coverage !== null && (
            <div
              className={target !== null && coverage >= target ? 'progress-fill reached' : 'progress-fill'}
              style={{ width: `${Math.min(100, Math.max(0, coverage))}%` }}
            />
          )}
          {target !== null && (
            <div className="progress-target" style={{ left: `${Math.min(100, target)}%` }} />
          )}
        </div>
      }
      caption={caption}
    />
  );
}
