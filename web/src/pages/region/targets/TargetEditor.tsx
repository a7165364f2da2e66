import { useId, useState } from 'react';
import type { CoverageReport } from '../../../../../src/coverage/coverage.schemas.ts';
import { useT } from '../../../i18n.ts';
import { TargetForm } from './TargetForm.tsx';
import { TargetList } from './TargetList.tsx';
import { draftFromReport, draftFromTarget, type TargetDraft } from './targetDraft.ts';

/** Inline editor under the data sources: one target form and the region's saved targets. */
export function TargetEditor({
  report,
  onDone,
}: {
  report: CoverageReport;
  /** Called with a confirmation after a save (the editor then closes), or with null on cancel. */
  onDone: (message: string | null) => void;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const [draft, setDraft] = useState<TargetDraft>(() => draftFromReport(report, lang));
  // A new key remounts the form, so "Ubah" on a saved target refills every field.
  const [formKey, setFormKey] = useState(0);
  // Deleting keeps the editor open (there may be more to tidy), so its confirmation shows here.
  const [deleted, setDeleted] = useState<string | null>(null);
  const code = report.region.code;

  return (
    <section className="target-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('targetEditorTitle', { name: report.region.name })}</h3>
      <TargetForm
        key={formKey}
        code={code}
        initial={draft}
        onSaved={(message) => onDone(message)}
        onCancel={() => onDone(null)}
      />
      <h4 className="field-label">{t('targetsSaved')}</h4>
      <TargetList
        code={code}
        onEdit={(target) => {
          setDeleted(null);
          setDraft(draftFromTarget(target, lang));
          setFormKey((k) => k + 1);
        }}
        onDeleted={setDeleted}
      />
      {deleted && (
        <p className="form-success" role="status">
          {deleted}
        </p>
      )}
    </section>
  );
}
