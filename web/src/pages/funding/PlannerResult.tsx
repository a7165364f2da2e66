import { useId, useMemo } from 'react';
import { formatCount, formatMonth, formatPercent } from '../../../../src/shared/format.ts';
import type { PlanAnswer } from '../../api/useFundingTools.ts';
import { EChart } from '../../charts/EChart.tsx';
import { useT } from '../../i18n.ts';
import { Kpi } from './Kpi.tsx';
import { planOption } from './planOption.ts';
import { Notes, Steps } from './Steps.tsx';

/** The plan: enrolments a month needed, the trajectory, the arithmetic, and each segment's exit rate. */
export function PlannerResult({ plan, busy }: { plan: PlanAnswer; busy: boolean }) {
  const { t, lang } = useT();
  const headingId = useId();
  const option = useMemo(() => planOption(plan, t, lang), [plan, t, lang]);
  const first = plan.trajectory[0]?.month;
  const last = plan.trajectory.at(-1)?.month;
  return (
    <section
      className={busy ? 'panel is-busy' : 'panel'}
      aria-busy={busy}
      aria-labelledby={headingId}
      data-testid="fund-plan-result"
    >
      <div className="panel-header">
        <h2 id={headingId}>{t('fundResultFor', { name: plan.region.name })}</h2>
      </div>
      <dl className="fund-kpis">
        <Kpi label={t('fundPlanMonthlyNeeded')} testId="fund-plan-needed" large>
          {formatCount(plan.monthlyNeeded, lang)}
        </Kpi>
        {plan.monthlyNeededWithFunding !== null && (
          <Kpi label={t('fundPlanMonthlyWithFunding')} testId="fund-plan-needed-funded" large>
            {formatCount(plan.monthlyNeededWithFunding, lang)}
          </Kpi>
        )}
        {plan.funding && (
          <Kpi label={t('fundPlanFundedWorkers')}>
            {formatCount(plan.funding.workers, lang)}{' '}
            <span className="kpi-unit">
              {formatMonth(plan.funding.fromMonth, lang, true)} –{' '}
              {formatMonth(plan.funding.toMonth, lang, true)}
            </span>
          </Kpi>
        )}
      </dl>
      {first && last && (
        <figure className="fund-figure" data-testid="fund-plan-chart">
          <figcaption>{t('fundPlanChart')}</figcaption>
          <EChart
            option={option}
            height={300}
            ariaLabel={t('fundPlanChartAria', {
              name: plan.region.name,
              first: formatMonth(first, lang),
              last: formatMonth(last, lang),
            })}
          />
        </figure>
      )}
      <h3>{t('fundArithmetic')}</h3>
      <Steps steps={plan.steps} testId="fund-plan-steps" />
      <Notes notes={plan.notes} testId="fund-plan-notes" />
      <div className="table-scroll fund-narrow">
        <table className="data-table compact-table" data-testid="fund-plan-stock">
          <caption>
            {plan.exitWindow
              ? t('fundStockCaption', {
                  from: formatMonth(plan.exitWindow.from, lang),
                  to: formatMonth(plan.exitWindow.to, lang),
                })
              : t('fundStockCaptionNone')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fundSegment')}</th>
              <th scope="col" className="num">
                {t('fundActive')}
              </th>
              <th scope="col" className="num">
                {t('fundExitRate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.stock.map((s) => (
              <tr key={s.segment}>
                <th scope="row">{s.segment}</th>
                <td className="num">{formatCount(s.active, lang)}</td>
                <td className="num">{formatPercent(s.exitRateBp / 100, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
