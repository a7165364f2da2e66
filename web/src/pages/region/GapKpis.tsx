import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatRupiah, formatRupiahShort } from '../../../../src/shared/format.ts';
import { InfoTip } from '../../components/InfoTip.tsx';
import { Missing } from '../../components/Missing.tsx';
import { pick, type Translate, useT } from '../../i18n.ts';
import { KpiCard } from './KpiCard.tsx';

function gapReason(t: Translate, report: CoverageReport): string {
  if (report.targetPct === null) return t('missingTarget');
  if (report.coveragePct === null) return t('missingCoverage');
  return t('missingGap');
}

export function GapKpi({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const gap = report.gapWorkers;
  return (
    <KpiCard
      label={t('kpiGap')}
      refreshing={refreshing}
      value={
        <span className="kpi-value" data-testid="kpi-gap-workers">
          {gap === null ? <Missing reason={gapReason(t, report)} /> : formatCount(gap, lang)}
        </span>
      }
      caption={gap === null ? gapReason(t, report) : gap === 0 ? t('kpiTargetReached') : t('kpiGapCaption')}
    />
  );
}

/**
 * What closing the gap would cost if every missing worker were enrolled as BPU at the lowest
 * contribution (JKK + JKM). Short amounts for reading, the exact rupiah for budget documents.
 */
export function GapCostKpi({ report, refreshing }: { report: CoverageReport; refreshing: boolean }) {
  const { t, lang } = useT();
  const monthly = report.gapMonthlyCost;
  const cost = formatRupiah(report.costPerWorkerMonth, lang);
  const lines = report.costExplanation.map((l) => `${l.program} ${formatRupiah(l.amount, lang)}`).join(' + ');
  const legal = [...new Set(report.costExplanation.map((l) => l.legalBasis))].join('; ');
  const why = report.costExplanation
    .map((l) => `${pick(lang, l.explanation.id, l.explanation.en)}${l.article ? ` (${l.article})` : ''}`)
    .concat(legal)
    .join(' · ');

  return (
    <KpiCard
      label={t('kpiGapCost')}
      refreshing={refreshing}
      value={
        <div data-testid="kpi-gap-cost" className="kpi-cost">
          {monthly === null ? (
            <span className="kpi-value">
              <Missing reason={gapReason(t, report)} />
            </span>
          ) : (
            <>
              <span className="kpi-value" title={formatRupiah(monthly, lang)}>
                {formatRupiahShort(monthly, lang)}
              </span>{' '}
              <span className="kpi-unit">{t('perMonth')}</span>
              <span className="kpi-sub">
                {formatRupiah(monthly, lang)} {t('perMonth')} ·{' '}
                <span title={formatRupiah(report.gapYearlyCost, lang)}>
                  {formatRupiahShort(report.gapYearlyCost, lang)} {t('perYear')}
                </span>
              </span>
            </>
          )}
        </div>
      }
      caption={
        report.costPerWorkerMonth !== null && (
          <>
            {t('kpiCostBasis', { cost, lines })}{' '}
            <InfoTip label={t('kpiCostWhy', { cost })} text={why} align="end" />
          </>
        )
      }
    />
  );
}
