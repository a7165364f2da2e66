import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatMonth, formatPercent } from '../../../../src/shared/format.ts';
import { Missing } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { KpiCard } from './KpiCard.tsx';

/** Change in active participants since the comparison month (by default December of the year before). */
export function ChangeKpi({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const change = report.change;
  if (!change) {
    return (
      <KpiCard
        label={t('kpiChange')}
        refreshing={refreshing}
        value={
          <span className="kpi-value" data-testid="kpi-change">
            <Missing reason={t('noChange')} />
          </span>
        }
        caption={t('noChange')}
      />
    );
  }
  const signedCount = `${change.activeChange < 0 ? '−' : change.activeChange > 0 ? '+' : ''}${formatCount(
    Math.abs(change.activeChange),
    lang,
  )}`;
  const points = formatPercent(change.coveragePctChange, lang, { signed: true }).replace(/\s?%$/, '');
  const direction = change.activeChange < 0 ? 'down' : change.activeChange > 0 ? 'up' : 'flat';
  const since = t('changeSince', { month: formatMonth(change.fromMonth, lang) });

  return (
    <KpiCard
      label={t('kpiChange')}
      refreshing={refreshing}
      value={
        <div data-testid="kpi-change" className={`kpi-change ${direction}`}>
          <span className="kpi-value">
            <span className="change-arrow" aria-hidden="true">
              {direction === 'down' ? '▼' : direction === 'up' ? '▲' : '■'}
            </span>
            {change.activeChangePct !== null
              ? formatPercent(change.activeChangePct, lang, { signed: true })
              : signedCount}
          </span>{' '}
          <span className="kpi-unit">{since}</span>
        </div>
      }
      caption={t('changeDetail', { count: signedCount, points })}
    />
  );
}
