import { useId } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import { useT } from '../../i18n.ts';
import type { FieldSpec } from './calculatorTabs.ts';
import { parseWhole } from './formValues.ts';

export interface InputProps {
  field: FieldSpec;
  value: string;
  /** The problem the server (or the form) found with this field, in the current language. */
  error: string | undefined;
  onChange: (value: string) => void;
  /** Values offered in a datalist (rupiah amounts in force), if any. */
  suggestions?: readonly number[];
}

/** One labelled control of a quote form, with its help line and its problem read out with it. */
export function QuoteInput(props: InputProps) {
  const { field, error } = props;
  const { t } = useT();
  const id = useId();
  if (field.kind === 'choice') return <ChoiceInput {...props} />;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const help = field.help && (
    <span id={helpId} className="field-help">
      {t(field.help)}
    </span>
  );
  const problem = error && (
    <span id={errorId} className="field-error" data-testid={`calc-error-${field.name}`}>
      {error}
    </span>
  );
  if (field.kind === 'checkbox') {
    return (
      <div className="field calc-check">
        <label className="calc-check-label">
          <input
            type="checkbox"
            checked={props.value === 'true'}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => props.onChange(event.target.checked ? 'true' : '')}
            data-testid={`calc-${field.name}`}
          />
          <span>{t(field.label)}</span>
        </label>
        {help}
        {problem}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t(field.label)}
        {field.optional && <span className="calc-optional"> ({t('calcOptional')})</span>}
      </label>
      <Control {...props} id={id} describedBy={describedBy} />
      {help}
      {problem}
    </div>
  );
}

function Control({
  field,
  value,
  error,
  onChange,
  suggestions,
  id,
  describedBy,
}: InputProps & { id: string; describedBy: string | undefined }) {
  const { t, lang } = useT();
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'data-testid': `calc-${field.name}`,
  };
  if (field.kind === 'select') {
    const hasEmpty = field.options?.some((option) => option.value === '');
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        {!hasEmpty && (
          <option value="" disabled>
            {t('calcChoose')}
          </option>
        )}
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'month' || field.kind === 'date') {
    // Browsers without a month picker show a text box: the placeholder tells the format.
    const placeholder = field.kind === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
    return (
      <input
        {...common}
        className="input"
        type={field.kind}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  const listId = suggestions?.length ? `${id}-list` : undefined;
  const placeholder =
    field.kind === 'rupiah'
      ? t('calcRupiahPlaceholder')
      : field.kind === 'percent'
        ? t('calcPercentPlaceholder')
        : undefined;
  return (
    <span className={field.kind === 'rupiah' ? 'calc-money' : undefined}>
      {field.kind === 'rupiah' && (
        <span className="calc-money-prefix" aria-hidden="true">
          Rp
        </span>
      )}
      <input
        {...common}
        className="input"
        type="text"
        inputMode={field.kind === 'percent' ? 'decimal' : 'numeric'}
        autoComplete="off"
        list={listId}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          // Show the amount the way it will be read back: 5000000 → 5.000.000.
          const parsed = field.kind === 'rupiah' ? parseWhole(value) : null;
          if (parsed !== null) onChange(formatCount(parsed, lang));
        }}
      />
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((amount) => (
            <option key={amount} value={formatCount(amount, lang)} />
          ))}
        </datalist>
      )}
    </span>
  );
}

function ChoiceInput({ field, value, onChange }: InputProps) {
  const { t } = useT();
  const name = useId();
  return (
    <fieldset className="choice-group field-wide">
      <legend className="field-label">{t(field.label)}</legend>
      <div className="choice-cards">
        {field.options?.map((option) => (
          <label key={option.value} className="choice-card">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              data-testid={`calc-${field.name}-${option.value}`}
            />
            <span className="choice-text">
              <span className="choice-title">{t(option.label)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
