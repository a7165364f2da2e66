import { useState } from 'react';
import { type FieldProblem, fieldProblems, useQuote } from '../../api/useQuotes.ts';
import type { TabSpec, Values } from './calculatorTabs.ts';
import { buildBody, currentDate, initialValues } from './formValues.ts';
import { QuoteForm } from './QuoteForm.tsx';
import { QuoteOutcome } from './QuoteOutcome.tsx';

/**
 * One tab: its form and its last answer. Panels stay mounted while hidden, so switching tabs keeps
 * what was typed and calculated in each.
 */
export function QuotePanel({
  tab,
  active,
  tabId,
  panelId,
  month,
}: {
  tab: TabSpec;
  active: boolean;
  tabId: string;
  panelId: string;
  month: string;
}) {
  const [values, setValues] = useState<Values>(() => initialValues(tab, month));
  const [formProblems, setFormProblems] = useState<FieldProblem[]>([]);
  const quote = useQuote(tab.kind);
  const problems = formProblems.length > 0 ? formProblems : fieldProblems(quote.error);

  function submit() {
    const built = buildBody(tab, values, currentDate());
    setFormProblems(built.problems);
    if (built.problems.length > 0) quote.reset();
    else quote.mutate(built.body);
  }

  return (
    <div
      role="tabpanel"
      id={panelId}
      aria-labelledby={tabId}
      hidden={!active}
      className="calc-panel"
      data-testid={`calc-panel-${tab.id}`}
    >
      <QuoteForm
        tab={tab}
        values={values}
        problems={problems}
        busy={quote.isPending}
        onChange={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))}
        onSubmit={submit}
      />
      <QuoteOutcome
        tab={tab}
        values={values}
        result={quote.data}
        error={quote.error}
        problems={problems}
        pending={quote.isPending}
      />
    </div>
  );
}
