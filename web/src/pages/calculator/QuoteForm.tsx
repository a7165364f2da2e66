import { type FormEvent, useId, useMemo } from 'react';
import { type FieldProblem, useRegulations } from '../../api/useQuotes.ts';
import { type Lang, pick, useT } from '../../i18n.ts';
import type { FieldSpec, TabSpec, Values } from './calculatorTabs.ts';
import { visibleFields } from './formValues.ts';
import { QuoteInput } from './QuoteInput.tsx';

/** The controls of one tab; only those that apply to the current choices are shown (and sent). */
export function QuoteForm({
  tab,
  values,
  problems,
  busy,
  onChange,
  onSubmit,
}: {
  tab: TabSpec;
  values: Values;
  problems: readonly FieldProblem[];
  busy: boolean;
  onChange: (name: string, value: string) => void;
  onSubmit: () => void;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const fields = visibleFields(tab, values);
  const suggestions = useSuggestions(fields, values.month);

  return (
    <form
      className="panel calc-form"
      aria-labelledby={headingId}
      aria-busy={busy}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      data-testid={`calc-form-${tab.id}`}
    >
      <h2 id={headingId} className="panel-title">
        {t(tab.label)}
      </h2>
      <p className="field-help">{t(tab.help)}</p>
      <div className="calc-fields">
        {fields.map((field) => (
          <QuoteInput
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            error={problemText(problems, field.name, lang)}
            suggestions={field.suggest ? suggestions : undefined}
            onChange={(value) => onChange(field.name, value)}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="calc-submit">
          {busy && <span className="spinner" aria-hidden="true" />}
          {t(busy ? 'calcCalculating' : 'calcSubmit')}
        </button>
      </div>
    </form>
  );
}

function problemText(problems: readonly FieldProblem[], name: string, lang: Lang): string | undefined {
  const mine = problems.filter((problem) => problem.field === name);
  return mine.length ? mine.map((p) => pick(lang, p.message.id, p.message.en)).join('; ') : undefined;
}

/**
 * Amounts the regulation table offers for a field (PMI JHT options) in force on the first day of the
 * chosen month; only fetched when a visible field asks for suggestions.
 */
function useSuggestions(fields: readonly FieldSpec[], month: string | undefined): number[] {
  const prefix = fields.find((field) => field.suggest)?.suggest;
  const regulations = useRegulations();
  return useMemo(() => {
    if (!prefix || !regulations.data) return [];
    const day = month && /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : null;
    return regulations.data.parameters
      .filter((p) => p.code.startsWith(prefix))
      .filter((p) => !day || (p.effectiveFrom <= day && (p.effectiveTo === null || p.effectiveTo >= day)))
      .map((p) => p.value)
      .sort((a, b) => a - b);
  }, [prefix, regulations.data, month]);
}
