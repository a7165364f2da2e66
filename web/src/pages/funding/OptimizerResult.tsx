import { useId, useMemo } from 'react';
import { formatCount, formatMonth, formatPercent, formatRupiah } from '../../../../src/shared/format.ts';
import type { OptimizeAnswer } from '../../api/useFundingTools.ts';
import { EChart } from '../../charts/EChart.tsx';
import { pick, useT } from '../../i18n.ts';
import { ChoicesTable } from './ChoicesTable.tsx';
import { CostLines } from './CostLines.tsx';
import { DistrictsTable } from './DistrictsTable.tsx';
import { districtOption } from './districtOption.ts';
import { Kpi } from './Kpi.tsx';

/** The optimizer's answer: headline figures, the rule it followed, districts before/after, choices. */
export function OptimizerResult({ answer }: { answer: OptimizeAnswer }) {
  const { t, lang } = useT();
  const headingId = useId();
  const option = useMemo(() => districtOption(answer.districts, t, lang), [answer, t, lang]);
  const pct = (bp: number | null) => formatPercent(bp === null ? null : bp / 100, lang);
  const rupiah = (value: number) => formatRupiah(value, lang);
  const chartHeight = Math.max(220, answer.districts.length * 34 + 60);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-opt-result">
      <div className="panel-header">
        <h2 id={headingId}>{t('fundResultFor', { name: answer.region.name })}</h2>
        <span className="muted small">
          {t('fundDataMonth', { month: formatMonth(answer.dataMonth, lang) })}
        </span>
      </div>
      <dl className="fund-kpis">
        <Kpi label={t('fundWorkersProtected')} testId="fund-opt-workers" large>
          {formatCount(answer.workers, lang)}
        </Kpi>
        <Kpi label={t('fundTotalCost')}>
          {rupiah(answer.cost)}{' '}
          <span className="kpi-unit">{t('fundLeftover', { amount: rupiah(answer.leftover) })}</span>
        </Kpi>
        <Kpi label={t('fundCostPerWorker')}>
          {rupiah(answer.costPerWorker)}{' '}
          <span className="kpi-unit">{t('fundForMonths', { count: answer.monthCosts.length })}</span>
        </Kpi>
        <Kpi label={t('fundCoverage')} testId="fund-opt-coverage">
          {pct(answer.region.beforeBp)} → {pct(answer.region.afterBp)}
        </Kpi>
      </dl>
      <p className="fund-rule" data-testid="fund-opt-rule">
        <strong>{t('fundRuleFollowed')}</strong> {pick(lang, answer.rule.id, answer.rule.en)}
      </p>
      <p className="muted small">
        {t('fundPools', {
          pools: formatCount(answer.poolsConsidered, lang),
          listed: formatCount(answer.listedAvailable, lang),
        })}
      </p>
      {answer.districts.length > 0 && (
        <figure className="fund-figure" data-testid="fund-opt-chart">
          <figcaption>{t('fundDistrictChart')}</figcaption>
          <EChart
            option={option}
            height={chartHeight}
            ariaLabel={t('fundDistrictChartAria', { name: answer.region.name })}
          />
        </figure>
      )}
      <DistrictsTable districts={answer.districts} />
      <ChoicesTable choices={answer.choices} />
      <CostLines cost={answer.costExplanation} />
    </section>
  );
}
