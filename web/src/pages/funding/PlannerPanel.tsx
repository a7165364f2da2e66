import { type FormEvent, useId, useState } from 'react';
import { type PlanParams, useFundingPlan } from '../../api/useFundingTools.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { parsePercentBp } from '../calculator/formValues.ts';
import { TargetField } from './AmountFields.tsx';
import { FundField, invalidProps } from './FundField.tsx';
import { type FundingChoice, fundingErrors, fundingParams, PlannerFunding } from './PlannerFunding.tsx';
import { PlannerResult } from './PlannerResult.tsx';
import { RegionField } from './RegionField.tsx';
import { isRegionCode, type ToolDefaults } from './toolDefaults.ts';

type Errors = Partial<Record<'region' | 'target' | 'by' | 'workers' | 'program' | 'from' | 'to', MessageKey>>;

/** How many new participants a month a region needs to reach a target by a month, with or without funding. */
export function PlannerPanel({ defaults }: { defaults: ToolDefaults }) {
  const { t } = useT();
  const id = useId();
  const [region, setRegion] = useState(defaults.region);
  const [target, setTarget] = useState('');
  const [by, setBy] = useState(`${defaults.year + 1}-12`);
  const [funding, setFunding] = useState<FundingChoice>({
    kind: 'none',
    program: '',
    workers: '',
    from: defaults.from,
    to: defaults.to,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [params, setParams] = useState<PlanParams | null>(null);
  const plan = useFundingPlan(params);

  function submit(event: FormEvent) {
    event.preventDefault();
    const bp = parsePercentBp(target);
    const found: Errors = { ...fundingErrors(funding) };
    if (!isRegionCode(region)) found.region = 'fundErrRegion';
    if (bp === null || bp < 1 || bp > 10_000) found.target = 'fundErrTarget';
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(by)) found.by = 'fundErrMonth';
    setErrors(found);
    if (Object.keys(found).length > 0 || bp === null) return;
    setParams({ region: region.trim(), targetPct: bp / 100, by, ...fundingParams(funding) });
  }

  return (
    <div className="fund-tool">
      <form className="panel fund-tool-form" onSubmit={submit} noValidate data-testid="fund-plan-form">
        <p className="region-meta">{t('fundPlanIntro')}</p>
        <RegionField
          label={t('fundRegion')}
          value={region}
          onChange={setRegion}
          error={errors.region}
          testId="fund-plan-region"
        />
        <div className="form-grid">
          <TargetField
            id={id}
            value={target}
            onChange={setTarget}
            error={errors.target}
            testId="fund-plan-target"
          />
          <FundField id={`${id}-by`} label={t('fundPlanBy')} error={errors.by}>
            <input
              {...invalidProps(`${id}-by`, errors.by)}
              className="input"
              type="month"
              placeholder="YYYY-MM"
              value={by}
              onChange={(event) => setBy(event.target.value)}
              data-testid="fund-plan-by"
            />
          </FundField>
        </div>
        <PlannerFunding region={region} value={funding} onChange={setFunding} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={plan.isFetching} data-testid="fund-plan-submit">
            {plan.isFetching && <span className="spinner" aria-hidden="true" />}
            {t('fundPlanSubmit')}
          </button>
        </div>
        {plan.error && <ApiProblems error={plan.error} testId="fund-plan-error" />}
      </form>
      {plan.data && !plan.error && <PlannerResult plan={plan.data} busy={plan.isPlaceholderData} />}
    </div>
  );
}
