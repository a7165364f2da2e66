import { useId, useMemo } from 'react';
import { formatMonth, formatPercent } from '../../../../src/shared/format.ts';
import type { CoverageAnswer } from '../../api/useCoverage.ts';
import { EChart } from '../../charts/EChart.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { useT } from '../../i18n.ts';
import { isPublicOnly } from '../../lib/visibility.ts';
import { trendOption } from './trendOption.ts';

export function TrendPanel({ report }: { report: CoverageAnswer }) {
  const { t, lang } = useT();
  const headingId = useId();
  const option = useMemo(() => trendOption(report, t, lang), [report, t, lang]);
  const first = report.trend[0];
  const last = report.trend.at(-1);

  return (
    <section className="panel" data-testid="trend-chart" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('trendTitle')}</h2>
        {!isPublicOnly(report) && (
          <ExportLinks
            args={{ code: report.region.code, table: 'trend', month: report.month, basis: report.basis }}
            testId="export-trend"
            label={t('exportTrend')}
          />
        )}
      </div>
      {first && last ? (
        <>
          <EChart
            option={option}
            height={300}
            ariaLabel={t('trendAria', {
              first: formatMonth(first.month, lang),
              last: formatMonth(last.month, lang),
              name: report.region.name,
            })}
          />
          <p className="chart-note">
            <span className="chart-note-line" aria-hidden="true" />
            {t('trendSelected')}: {formatMonth(report.month, lang)}
          </p>
          {/* The chart is an image to assistive technology; its endpoints are given as text. */}
          <p className="sr-only">
            {formatMonth(first.month, lang)}: {formatPercent(first.coveragePct, lang)} —{' '}
            {formatMonth(last.month, lang)}: {formatPercent(last.coveragePct, lang)}
          </p>
        </>
      ) : (
        <p className="empty">{t('trendEmpty')}</p>
      )}
    </section>
  );
}
