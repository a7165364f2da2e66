import { type FormEvent, useId, useState } from 'react';
import { RULES } from '../../../../src/funding/optimizer.rules.ts';
import { type Strategy, useOptimize } from '../../api/useFundingTools.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { type MessageKey, pick, useT } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { BudgetField } from './AmountFields.tsx';
import { OptimizerResult } from './OptimizerResult.tsx';
import { PeriodFields, type PeriodValue, periodErrors } from './PeriodFields.tsx';
import { RegionField } from './RegionField.tsx';
import { isRegionCode, type ToolDefaults } from './toolDefaults.ts';

const STRATEGIES: readonly { id: Strategy; label: MessageKey }[] = [
  { id: 'max_coverage', label: 'fundStrategyMaxCoverage' },
  { id: 'poorest_first', label: 'fundStrategyPoorestFirst' },
  { id: 'even_districts', label: 'fundStrategyEvenDistricts' },
];
type Errors = Partial<Record<'region' | 'budget' | 'from' | 'to', MessageKey>>;

/** Which villages and groups a budget should protect, by a rule the user picks and can read. */
export function OptimizerPanel({ defaults }: { defaults: ToolDefaults }) {
  const { t, lang } = useT();
  const id = useId();
  const [region, setRegion] = useState(defaults.region);
  const [budget, setBudget] = useState('');
  const [strategy, setStrategy] = useState<Strategy>('max_coverage');
  const [period, setPeriod] = useState<PeriodValue>({
    from: defaults.from,
    to: defaults.to,
    funderKind: 'regency',
  });
  const [errors, setErrors] = useState<Errors>({});
  const optimize = useOptimize();

  function submit(event: FormEvent) {
    event.preventDefault();
    const amount = parseWhole(budget);
    const found: Errors = { ...periodErrors(period) };
    if (!isRegionCode(region)) found.region = 'fundErrRegion';
    if (amount === null || amount < 1) found.budget = 'fundErrBudget';
    setErrors(found);
    if (Object.keys(found).length > 0 || amount === null) return;
    optimize.mutate({ regionCode: region.trim(), budget: amount, strategy, ...period });
  }

  return (
    <div className="fund-tool">
      <form className="panel fund-tool-form" onSubmit={submit} noValidate data-testid="fund-opt-form">
        <p className="region-meta">{t('fundOptIntro')}</p>
        <RegionField
          label={t('fundOptRegion')}
          help={t('fundOptRegionHelp')}
          value={region}
          onChange={setRegion}
          error={errors.region}
          testId="fund-opt-region"
        />
        <div className="form-grid">
          <BudgetField
            id={id}
            value={budget}
            onChange={setBudget}
            error={errors.budget}
            testId="fund-opt-budget"
          />
          <PeriodFields value={period} onChange={setPeriod} errors={errors} testId="fund-opt" />
        </div>
        <fieldset className="choice-group">
          <legend className="field-label">{t('fundStrategy')}</legend>
          <div className="choice-cards choice-cards-3">
            {STRATEGIES.map((s) => (
              <label key={s.id} className="choice-card">
                <input
                  type="radio"
                  name={`${id}-strategy`}
                  checked={strategy === s.id}
                  onChange={() => setStrategy(s.id)}
                  data-testid={`fund-opt-strategy-${s.id}`}
                />
                <span className="choice-text">
                  <span className="choice-title">{t(s.label)}</span>
                  <span className="choice-help">{pick(lang, RULES[s.id].id, RULES[s.id].en)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={optimize.isPending}
            data-testid="fund-opt-submit"
          >
            {optimize.isPending && <span className="spinner" aria-hidden="true" />}
            {t('fundOptSubmit')}
          </button>
        </div>
        {optimize.error && <ApiProblems error={optimize.error} testId="fund-opt-error" />}
      </form>
      {optimize.data && <OptimizerResult answer={optimize.data} />}
    </div>
  );
}
