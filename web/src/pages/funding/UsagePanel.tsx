import { useId, useMemo } from 'react';
import { formatCount, formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import { type FundingProgram, type ProgramUsage, useProgramUsage } from '../../api/useFunding.ts';
import { EChart } from '../../charts/EChart.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Fact } from '../../components/Fact.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { pick, useT } from '../../i18n.ts';
import { UsageTable } from './UsageTable.tsx';
import { moneyOption, workersOption } from './usageOption.ts';

/** The use of the money month by month: totals, two charts, and the same figures as a table. */
export function UsagePanel({ program }: { program: FundingProgram }) {
  const { t } = useT();
  const headingId = useId();
  const usage = useProgramUsage(program.id);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-usage">
      <div className="panel-header">
        <h2 id={headingId}>{t('fundUsageTitle')}</h2>
      </div>
      {usage.isError ? (
        <ErrorState error={usage.error} onRetry={() => usage.refetch()} />
      ) : !usage.data ? (
        <LoadingText visible />
      ) : (
        <UsageBody usage={usage.data} name={program.name} />
      )}
    </section>
  );
}

function UsageBody({ usage, name }: { usage: ProgramUsage; name: string }) {
  const { t, lang } = useT();
  const money = useMemo(() => moneyOption(usage, t, lang), [usage, t, lang]);
  const workers = useMemo(() => workersOption(usage, t, lang), [usage, t, lang]);
  const first = usage.months[0]?.month;
  const last = usage.months.at(-1)?.month;
  const rupiah = (value: number) => formatRupiah(value, lang);
  return (
    <>
      <dl className="registry-facts fund-facts">
        <Fact label={t('fundOutstanding')}>{rupiah(usage.outstanding)}</Fact>
        <Fact label={t('fundProjected')}>{rupiah(usage.projected)}</Fact>
        <Fact label={t('fundWorkerMonths')}>{formatCount(usage.workerMonths, lang)}</Fact>
        <Fact label={t('fundPeopleProtected')}>{formatCount(usage.peopleProtected, lang)}</Fact>
        <Fact label={t('fundBenefitsPaid')}>
          {usage.benefitsPaid === null ? (
            <span className="muted small">{pick(lang, usage.benefitsNote.id, usage.benefitsNote.en)}</span>
          ) : (
            rupiah(usage.benefitsPaid)
          )}
        </Fact>
      </dl>
      {first && last && (
        <div className="chart-grid">
          <figure className="fund-figure" data-testid="fund-money-chart">
            <figcaption>{t('fundMoneyChart')}</figcaption>
            <EChart
              option={money}
              height={280}
              ariaLabel={t('fundMoneyChartAria', {
                name,
                first: formatMonth(first, lang),
                last: formatMonth(last, lang),
              })}
            />
          </figure>
          <figure className="fund-figure" data-testid="fund-workers-chart">
            <figcaption>{t('fundWorkersChart')}</figcaption>
            <EChart
              option={workers}
              height={280}
              ariaLabel={t('fundWorkersChartAria', {
                name,
                first: formatMonth(first, lang),
                last: formatMonth(last, lang),
              })}
            />
          </figure>
        </div>
      )}
      <UsageTable usage={usage} />
    </>
  );
}
