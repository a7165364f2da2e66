import { formatRupiah } from '../../../../src/shared/format.ts';
import { type MessageKey, useT } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { FundField, invalidProps } from './FundField.tsx';

interface AmountFieldProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: MessageKey | undefined;
  readonly testId: string;
}

/** A budget in rupiah, typed as Indonesians write it ("1.008.000.000"), echoed back formatted. */
export function BudgetField({ id, value, onChange, error, testId }: AmountFieldProps) {
  const { t, lang } = useT();
  const amount = parseWhole(value);
  return (
    <FundField
      id={`${id}-budget`}
      label={t('fundBudget')}
      help={amount === null ? undefined : formatRupiah(amount, lang)}
      error={error}
    >
      <input
        {...invalidProps(`${id}-budget`, error)}
        className="input"
        type="text"
        inputMode="numeric"
        placeholder="1.008.000.000"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </FundField>
  );
}

/** A coverage target in percent ("65" or "65,5"). */
export function TargetField({ id, value, onChange, error, testId }: AmountFieldProps) {
  const { t } = useT();
  return (
    <FundField id={`${id}-target`} label={t('fundTargetPct')} help={t('fundTargetPctHelp')} error={error}>
      <input
        {...invalidProps(`${id}-target`, error)}
        className="input"
        type="text"
        inputMode="decimal"
        placeholder="65"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
    </FundField>
  );
}
