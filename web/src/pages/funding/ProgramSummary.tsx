import { useId } from 'react';
import { formatCount, formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import { type FundingProgram, useProgramUsage } from '../../api/useFunding.ts';
import { Fact } from '../../components/Fact.tsx';
import { Figure } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { CostExplanation } from './CostExplanation.tsx';
import { funderKindLabel } from './fundingLabels.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The program's heading and its money: budget, price, capacity, people, billed, paid, left. */
export function ProgramSummary({ program }: { program: FundingProgram }) {
  const { t, lang } = useT();
  const headingId = useId();
  const usage = useProgramUsage(program.id);
  const rupiah = (value: number) => formatRupiah(value, lang);
  const months = monthCount(program.periodFrom, program.periodTo);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-program">
      <div className="panel-header">
        <div>
          <h1 id={headingId} className="person-name" data-testid="fund-program-name">
            {program.name}
          </h1>
          <p className="region-meta">
            <span>
              <code data-testid="fund-program-code">{program.code}</code>
            </span>
            <span>
              {program.funderName} · {funderKindLabel(program.funderKind, lang)}
            </span>
            <span>
              {formatMonth(program.periodFrom, lang)} – {formatMonth(program.periodTo, lang)}
            </span>
          </p>
        </div>
        <StatusBadge status={program.status} />
      </div>
      <dl className="registry-facts fund-facts">
        <Fact label={t('fundBudget')}>
          <strong data-testid="fund-budget">{rupiah(program.budget)}</strong>
        </Fact>
        <Fact label={t('fundCostPerWorkerMonth')}>
          <strong data-testid="fund-cost-month">
            <Figure value={program.costPerWorkerMonth} format={rupiah} />
          </strong>
        </Fact>
        <Fact label={t('fundCostPerWorker')}>
          <span data-testid="fund-cost-worker">
            <Figure value={program.costPerWorker} format={rupiah} />
          </span>{' '}
          <span className="muted small">{t('fundForMonths', { count: months })}</span>
        </Fact>
        <Fact label={t('fundCapacity')}>
          <span data-testid="fund-capacity">
            <Figure
              value={program.capacity}
              format={(n) => t('fundWorkersCount', { count: formatCount(n, lang) })}
            />
          </span>
        </Fact>
        <Fact label={t('fundBeneficiaries')}>
          <span data-testid="fund-beneficiaries">{formatCount(program.beneficiaries, lang)}</span>
        </Fact>
        <Fact label={t('fundBilled')}>{rupiah(program.committed)}</Fact>
        <Fact label={t('fundPaid')}>{rupiah(program.paid)}</Fact>
        <Fact label={t('fundBudgetLeft')}>
          <span data-testid="fund-budget-left">
            <Figure value={usage.data?.budgetLeft} format={rupiah} reason={t('loading')} />
          </span>
          <span className="muted small fund-sub">{t('fundBudgetLeftHelp')}</span>
        </Fact>
        <Fact label={t('fundPayerKey')}>
          <code data-testid="fund-payer-key">{program.payerKey}</code>
        </Fact>
      </dl>
      <CostExplanation program={program} />
    </section>
  );
}

/** Months from one `YYYY-MM` to another, both included. */
function monthCount(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}
