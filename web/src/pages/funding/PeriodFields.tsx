import { useId } from 'react';
import { useT } from '../../i18n.ts';
import { type FieldError, FundField, invalidProps } from './FundField.tsx';
import { FUNDER_KINDS, funderKindLabel } from './fundingLabels.ts';

export interface PeriodValue {
  from: string;
  to: string;
  funderKind: string;
}

/** The months of protection and who pays (a government budget gets no PP 50/2025 discount). */
export function PeriodFields({
  value,
  onChange,
  errors,
  testId,
}: {
  value: PeriodValue;
  onChange: (value: PeriodValue) => void;
  errors: { from?: FieldError; to?: FieldError };
  testId: string;
}) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <>
      <FundField id={`${id}-from`} label={t('fundPeriodFrom')} error={errors.from}>
        <input
          {...invalidProps(`${id}-from`, errors.from)}
          className="input"
          type="month"
          placeholder="YYYY-MM"
          value={value.from}
          onChange={(event) => onChange({ ...value, from: event.target.value })}
          data-testid={`${testId}-from`}
        />
      </FundField>
      <FundField id={`${id}-to`} label={t('fundPeriodTo')} error={errors.to}>
        <input
          {...invalidProps(`${id}-to`, errors.to)}
          className="input"
          type="month"
          placeholder="YYYY-MM"
          value={value.to}
          onChange={(event) => onChange({ ...value, to: event.target.value })}
          data-testid={`${testId}-to`}
        />
      </FundField>
      <FundField
        id={`${id}-payer`}
        label={t('fundFunderKind')}
        help={t('fundFunderKindHelp')}
        error={undefined}
      >
        <select
          id={`${id}-payer`}
          value={value.funderKind}
          onChange={(event) => onChange({ ...value, funderKind: event.target.value })}
          data-testid={`${testId}-funderKind`}
        >
          {FUNDER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {funderKindLabel(kind, lang)}
            </option>
          ))}
        </select>
      </FundField>
    </>
  );
}

/** Both months well formed and in order (the server also caps the length at 60 months). */
export function periodErrors(value: PeriodValue): {
  from?: 'fundErrMonth';
  to?: 'fundErrMonth' | 'fundErrPeriodOrder';
} {
  const ok = (m: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m);
  if (!ok(value.from))
    return ok(value.to) ? { from: 'fundErrMonth' } : { from: 'fundErrMonth', to: 'fundErrMonth' };
  if (!ok(value.to)) return { to: 'fundErrMonth' };
  return value.to < value.from ? { to: 'fundErrPeriodOrder' } : {};
}
