import { useId } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import { useFundingPrograms } from '../../api/useFunding.ts';
import type { PlanParams } from '../../api/useFundingTools.ts';
import { type MessageKey, useT } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { FundField, invalidProps } from './FundField.tsx';
import { isRegionCode } from './toolDefaults.ts';

/** No funding, a saved program, or assumed figures (workers protected from one month to another). */
export interface FundingChoice {
  kind: 'none' | 'program' | 'assumed';
  program: string;
  workers: string;
  from: string;
  to: string;
}
type Errors = Partial<Record<'workers' | 'program' | 'from' | 'to', MessageKey>>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function fundingErrors(f: FundingChoice): Errors {
  if (f.kind === 'program') return f.program ? {} : { program: 'fundErrProgram' };
  if (f.kind === 'none') return {};
  const errors: Errors = {};
  if ((parseWhole(f.workers) ?? 0) < 1) errors.workers = 'fundErrWorkers';
  if (!MONTH.test(f.from)) errors.from = 'fundErrMonth';
  if (!MONTH.test(f.to)) errors.to = 'fundErrMonth';
  else if (f.to < f.from) errors.to = 'fundErrPeriodOrder';
  return errors;
}

export function fundingParams(f: FundingChoice): Partial<PlanParams> {
  if (f.kind === 'program') return { program: Number(f.program) };
  if (f.kind === 'assumed')
    return { fundedWorkers: parseWhole(f.workers) ?? 0, fundedFrom: f.from, fundedTo: f.to };
  return {};
}

export function PlannerFunding({
  region,
  value,
  onChange,
  errors,
}: {
  region: string;
  value: FundingChoice;
  onChange: (value: FundingChoice) => void;
  errors: Errors;
}) {
  const { t, lang } = useT();
  const id = useId();
  const code = region.trim();
  const programs = useFundingPrograms({ region: isRegionCode(code) ? code : undefined });
  const set = (change: Partial<FundingChoice>) => onChange({ ...value, ...change });
  const kinds: readonly { kind: FundingChoice['kind']; label: MessageKey }[] = [
    { kind: 'none', label: 'fundPlanNoFunding' },
    { kind: 'program', label: 'fundPlanProgram' },
    { kind: 'assumed', label: 'fundPlanAssumed' },
  ];
  const month = (field: 'from' | 'to', label: MessageKey) => (
    <FundField id={`${id}-${field}`} label={t(label)} error={errors[field]}>
      <input
        {...invalidProps(`${id}-${field}`, errors[field])}
        className="input"
        type="month"
        value={value[field]}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </FundField>
  );
  return (
    <fieldset className="registry-fieldset">
      <legend>{t('fundPlanFunding')}</legend>
      <div className="fund-checks" role="radiogroup" aria-label={t('fundPlanFunding')}>
        {kinds.map((k) => (
          <label key={k.kind}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={value.kind === k.kind}
              onChange={() => set({ kind: k.kind })}
              data-testid={`fund-plan-funding-${k.kind}`}
            />{' '}
            {t(k.label)}
          </label>
        ))}
      </div>
      {value.kind === 'program' && (
        <FundField id={`${id}-program`} label={t('fundPlanProgramPick')} error={errors.program}>
          <select
            {...invalidProps(`${id}-program`, errors.program)}
            value={value.program}
            onChange={(event) => set({ program: event.target.value })}
            data-testid="fund-plan-program"
          >
            <option value="">{t('regChoose')}</option>
            {(programs.data?.programs ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} — {p.name} ({formatRupiah(p.budget, lang)})
              </option>
            ))}
          </select>
        </FundField>
      )}
      {value.kind === 'assumed' && (
        <div className="form-grid">
          <FundField id={`${id}-workers`} label={t('fundPlanWorkers')} error={errors.workers}>
            <input
              {...invalidProps(`${id}-workers`, errors.workers)}
              className="input"
              type="text"
              inputMode="numeric"
              value={value.workers}
              onChange={(event) => set({ workers: event.target.value })}
              data-testid="fund-plan-workers"
            />
          </FundField>
          {month('from', 'fundPeriodFrom')}
          {month('to', 'fundPeriodTo')}
        </div>
      )}
    </fieldset>
  );
}
