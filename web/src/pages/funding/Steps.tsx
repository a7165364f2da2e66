import type { Bilingual } from '../../api/useFundingTools.ts';
import { pick, useT } from '../../i18n.ts';

/** The server's arithmetic, step by step, in the current language (an ordered list: order matters). */
export function Steps({ steps, testId }: { steps: readonly Bilingual[]; testId?: string }) {
  const { lang } = useT();
  if (steps.length === 0) return null;
  return (
    <ol className="fund-steps" data-testid={testId}>
      {steps.map((step) => (
        <li key={step.id}>{pick(lang, step.id, step.en)}</li>
      ))}
    </ol>
  );
}

/** Notes (assumptions, missing data) as a plain list; nothing when there are none. */
export function Notes({ notes, testId }: { notes: readonly Bilingual[]; testId?: string }) {
  const { lang } = useT();
  if (notes.length === 0) return null;
  return (
    <ul className="fund-notes" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.id}>{pick(lang, note.id, note.en)}</li>
      ))}
    </ul>
  );
}
