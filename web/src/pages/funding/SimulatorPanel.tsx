import { type FormEvent, useId, useState } from 'react';
import { useBudgetSimulation, useTargetSimulation } from '../../api/useFundingTools.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { parsePercentBp, parseWhole } from '../calculator/formValues.ts';
import { BudgetField, TargetField } from './AmountFields.tsx';
import { PeriodFields, type PeriodValue, periodErrors } from './PeriodFields.tsx';
import { RegionField } from './RegionField.tsx';
import { SimulatorResult } from './SimulatorResult.tsx';
import { isRegionCode, type ToolDefaults } from './toolDefaults.ts';

type Mode = 'budget' | 'target';
type Errors = Partial<Record<'region' | 'amount' | 'from' | 'to', MessageKey>>;

/** "Anggaran → pekerja" and "Target → biaya" for one region and period. */
export function SimulatorPanel({ defaults }: { defaults: ToolDefaults }) {
  const { t } = useT();
  const id = useId();
  const [mode, setMode] = useState<Mode>('budget');
  const [region, setRegion] = useState(defaults.region);
  const [budget, setBudget] = useState('');
  const [target, setTarget] = useState('');
  const [period, setPeriod] = useState<PeriodValue>({
    from: defaults.from,
    to: defaults.to,
    funderKind: 'regency',
  });
  const [errors, setErrors] = useState<Errors>({});
  const byBudget = useBudgetSimulation();
  const byTarget = useTargetSimulation();
  const active = mode === 'budget' ? byBudget : byTarget;

  function submit(event: FormEvent) {
    event.preventDefault();
    const amount = mode === 'budget' ? parseWhole(budget) : parsePercentBp(target);
    const found: Errors = { ...periodErrors(period) };
    if (!isRegionCode(region)) found.region = 'fundErrRegion';
    if (amount === null || amount < 1 || (mode === 'target' && amount > 10_000))
      found.amount = mode === 'budget' ? 'fundErrBudget' : 'fundErrTarget';
    setErrors(found);
    if (Object.keys(found).length > 0 || amount === null) return;
    const body = {
      regionCode: region.trim(),
      from: period.from,
      to: period.to,
      funderKind: period.funderKind,
    };
    if (mode === 'budget') byBudget.mutate({ ...body, budget: amount });
    else byTarget.mutate({ ...body, targetPct: amount / 100 });
  }

  return (
    <div className="fund-tool">
      <form className="panel fund-tool-form" onSubmit={submit} noValidate data-testid="fund-sim-form">
        <fieldset className="choice-group">
          <legend className="field-label">{t('fundSimMode')}</legend>
          <div className="choice-cards">
            {(['budget', 'target'] as const).map((m) => (
              <label key={m} className="choice-card">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  data-testid={`fund-sim-mode-${m}`}
                />
                <span className="choice-text">
                  <span className="choice-title">
                    {t(m === 'budget' ? 'fundSimBudgetMode' : 'fundSimTargetMode')}
                  </span>
                  <span className="choice-help">
                    {t(m === 'budget' ? 'fundSimBudgetHelp' : 'fundSimTargetHelp')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <RegionField
          label={t('fundRegion')}
          value={region}
          onChange={setRegion}
          error={errors.region}
          testId="fund-sim-region"
        />
        <div className="form-grid">
          {mode === 'budget' ? (
            <BudgetField
              id={id}
              value={budget}
              onChange={setBudget}
              error={errors.amount}
              testId="fund-sim-budget"
            />
          ) : (
            <TargetField
              id={id}
              value={target}
              onChange={setTarget}
              error={errors.amount}
              testId="fund-sim-target"
            />
          )}
          <PeriodFields value={period} onChange={setPeriod} errors={errors} testId="fund-sim" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={active.isPending} data-testid="fund-sim-submit">
            {active.isPending && <span className="spinner" aria-hidden="true" />}
            {t('fundSimSubmit')}
          </button>
        </div>
        {active.error && <ApiProblems error={active.error} testId="fund-sim-error" />}
      </form>
      {mode === 'budget' && byBudget.data && <SimulatorResult answer={byBudget.data} />}
      {mode === 'target' && byTarget.data && <SimulatorResult answer={byTarget.data} />}
    </div>
  );
}

/** The typed amount read back as rupiah, so a missing zero is seen before simulating. */
