import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { formatPercent } from '../../../../../src/shared/format.ts';
import { ApiError } from '../../../api/client.ts';
import { useMeta } from '../../../api/useMeta.ts';
import { useSaveTarget } from '../../../api/useTargets.ts';
import { Field } from '../../../components/Field.tsx';
import { type MessageKey, pick, useT } from '../../../i18n.ts';
import { parsePercent, parseYear, type TargetDraft } from './targetDraft.ts';

/** Year, percentage, basis, source and note of one target; PUT on save. */
export function TargetForm({
  code,
  initial,
  onSaved,
  onCancel,
}: {
  code: string;
  initial: TargetDraft;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const ids = { year: useId(), pct: useId(), basis: useId(), source: useId(), note: useId() };
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const save = useSaveTarget(code);
  const bases = useMeta().data?.bases ?? [];
  const pctInput = useRef<HTMLInputElement>(null);
  const set = (change: Partial<TargetDraft>) => setDraft((previous) => ({ ...previous, ...change }));

  // The percentage is what people usually come to change.
  useEffect(() => pctInput.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const year = parseYear(draft.year);
    const targetPct = parsePercent(draft.pct);
    const source = draft.source.trim();
    const found: MessageKey | null =
      year === null
        ? 'targetYearInvalid'
        : targetPct === null
          ? 'targetPctInvalid'
          : source.length < 2
            ? 'targetSourceInvalid'
            : null;
    setProblem(found);
    if (found || year === null || targetPct === null) return;
    const note = draft.note.trim() || undefined;
    save.mutate(
      { year, targetPct, basis: draft.basis || null, source, note },
      { onSuccess: () => onSaved(t('targetSaved', { year, pct: formatPercent(targetPct, lang) })) },
    );
  }

  const apiError = save.error instanceof ApiError ? save.error.text(lang) : save.error?.message;
  const invalid = (key: MessageKey) => (problem === key ? true : undefined);

  return (
    <form className="target-form" onSubmit={submit} noValidate data-testid="target-form">
      <div className="target-form-grid">
        <Field id={ids.year} label={t('targetYear')}>
          <input
            id={ids.year}
            className="input"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={draft.year}
            aria-invalid={invalid('targetYearInvalid')}
            onChange={(event) => set({ year: event.target.value })}
            data-testid="target-year"
          />
        </Field>
        <Field id={ids.pct} label={t('targetPct')}>
          <input
            id={ids.pct}
            ref={pctInput}
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder={lang === 'id' ? '65,5' : '65.5'}
            value={draft.pct}
            aria-invalid={invalid('targetPctInvalid')}
            onChange={(event) => set({ pct: event.target.value })}
            data-testid="target-pct"
          />
        </Field>
        <Field id={ids.basis} label={t('targetBasis')}>
          <select id={ids.basis} value={draft.basis} onChange={(event) => set({ basis: event.target.value })}>
            <option value="">{t('targetAllBases')}</option>
            {bases.map((basis) => (
              <option key={basis.code} value={basis.code}>
                {pick(lang, basis.nameId, basis.nameEn)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.source} label={t('targetSource')}>
          <input
            id={ids.source}
            className="input"
            type="text"
            maxLength={500}
            placeholder={t('targetSourcePlaceholder')}
            value={draft.source}
            aria-invalid={invalid('targetSourceInvalid')}
            onChange={(event) => set({ source: event.target.value })}
            data-testid="target-source"
          />
        </Field>
        <Field id={ids.note} label={t('targetNote')} wide>
          <input
            id={ids.note}
            className="input"
            type="text"
            maxLength={1000}
            value={draft.note}
            onChange={(event) => set({ note: event.target.value })}
          />
        </Field>
      </div>
      <p className="field-help">{t('targetBasisHelp')}</p>
      {(problem || apiError) && (
        <p className="form-error" role="alert">
          {problem ? t(problem) : apiError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending} data-testid="target-save">
          {save.isPending && <span className="spinner" aria-hidden="true" />}
          {t(save.isPending ? 'saving' : 'targetSave')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
