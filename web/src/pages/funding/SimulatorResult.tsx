import { useId, useMemo } from 'react';
import { formatCount, formatMonth, formatPercent, formatRupiah } from '../../../../src/shared/format.ts';
import type { BudgetAnswer, TargetAnswer } from '../../api/useFundingTools.ts';
import { EChart } from '../../charts/EChart.tsx';
import { useT } from '../../i18n.ts';
import { CostLines } from './CostLines.tsx';
import { Kpi } from './Kpi.tsx';
import { MonthCostTable } from './MonthCostTable.tsx';
import { Steps } from './Steps.tsx';
import { standingOption } from './standingOption.ts';

/** One simulation's answer: the headline figures, the arithmetic, before/after, and the month prices. */
export function SimulatorResult({ answer }: { answer: BudgetAnswer | TargetAnswer }) {
  const { t, lang } = useT();
  const headingId = useId();
  const { before, after, region } = answer;
  const option = useMemo(
    () => standingOption(before.coverageBp, after.coverageBp, region.targetBp, t, lang),
    [before, after, region, t, lang],
  );
  const pct = (bp: number | null) => formatPercent(bp === null ? null : bp / 100, lang);
  const rupiah = (value: number) => formatRupiah(value, lang);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-sim-result">
      <div className="panel-header">
        <h2 id={headingId}>{t('fundResultFor', { name: region.name })}</h2>
        <span className="muted small">
          {t('fundDataMonth', { month: formatMonth(answer.dataMonth, lang) })}
        </span>
      </div>
      <dl className="fund-kpis">
        {'workersNeeded' in answer ? (
          <>
            <Kpi label={t('fundWorkersNeeded')} testId="fund-sim-workers" large>
              {formatCount(answer.workersNeeded, lang)}
            </Kpi>
            <Kpi label={t('fundTotalCost')} testId="fund-sim-total">
              {rupiah(answer.totalCost)}
            </Kpi>
          </>
        ) : (
          <>
            <Kpi label={t('fundWorkersProtected')} testId="fund-sim-workers" large>
              {formatCount(answer.workers, lang)}
            </Kpi>
            <Kpi label={t('fundTotalCost')} testId="fund-sim-total">
              {rupiah(answer.totalCost)}{' '}
              <span className="kpi-unit">{t('fundLeftover', { amount: rupiah(answer.leftover) })}</span>
            </Kpi>
          </>
        )}
        <Kpi label={t('fundCostPerWorker')} testId="fund-sim-cost">
          {rupiah(answer.costPerWorker)}{' '}
          <span className="kpi-unit">{t('fundForMonths', { count: answer.months })}</span>
        </Kpi>
        <Kpi label={t('fundCoverage')} testId="fund-sim-coverage">
          {pct(before.coverageBp)} → {pct(after.coverageBp)}
        </Kpi>
        {before.rank !== null && after.rank !== null && (
          <Kpi label={t('fundRank')} testId="fund-sim-rank">
            {formatCount(before.rank, lang)} → {formatCount(after.rank, lang)}{' '}
            <span className="kpi-unit">
              {answer.parentName
                ? t('fundRankAmongIn', { count: formatCount(after.rankOf, lang), parent: answer.parentName })
                : t('fundRankAmong', { count: formatCount(after.rankOf, lang) })}
            </span>
          </Kpi>
        )}
      </dl>
      <div className="fund-result-grid">
        <div>
          <h3>{t('fundArithmetic')}</h3>
          <Steps steps={answer.steps} testId="fund-sim-steps" />
        </div>
        <figure className="fund-figure" data-testid="fund-sim-chart">
          <figcaption>{t('fundStandingChart')}</figcaption>
          <EChart
            option={option}
            height={220}
            ariaLabel={t('fundStandingAria', {
              name: region.name,
              before: pct(before.coverageBp),
              after: pct(after.coverageBp),
              target: pct(region.targetBp),
            })}
          />
        </figure>
      </div>
      <MonthCostTable
        costs={answer.monthCosts}
        totals={'monthlyCost' in answer ? answer.monthlyCost : null}
      />
      <CostLines cost={answer.cost} />
    </section>
  );
}
