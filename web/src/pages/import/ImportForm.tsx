import { type FormEvent, useId, useState } from 'react';
import type { ImportKind, ImportMode, ImportRequest } from '../../api/useImport.ts';
import { type MessageKey, useT } from '../../i18n.ts';
import { FileField } from './FileField.tsx';
import type { KindSpec } from './importKinds.ts';
import { KindPicker } from './KindPicker.tsx';
import { ModeChoice } from './ModeChoice.tsx';
import {
  EMPTY_DATASET,
  type WorkforceChoice,
  WorkforceOptions,
  workforceProblem,
} from './WorkforceOptions.tsx';

/** Above this size the server may need a while; say so rather than leave people guessing. */
const LARGE_FILE = 2 * 1024 * 1024;

export type BusyAction = 'check' | 'import' | null;

/** Kind, file, source and mode; "Periksa saja" posts a dry run, "Impor" the real thing. */
export function ImportForm({
  kinds,
  kind,
  onKind,
  busy,
  onSubmit,
}: {
  kinds: readonly KindSpec[];
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  busy: BusyAction;
  onSubmit: (request: ImportRequest) => void;
}) {
  const { t } = useT();
  const headingId = useId();
  const sourceId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [mode, setMode] = useState<ImportMode>('all');
  const [dataset, setDataset] = useState<WorkforceChoice>(EMPTY_DATASET);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  function submit(dryRun: boolean) {
    const found: MessageKey | null = !file
      ? 'importFileMissing'
      : kind === 'workforce'
        ? workforceProblem(dataset, source)
        : null;
    setProblem(found);
    if (found || !file) return;
    const workforce =
      kind !== 'workforce'
        ? undefined
        : dataset.isNew
          ? {
              dataset: dataset.key.trim(),
              basis: dataset.basis,
              name: dataset.name.trim(),
              referenceMonth: dataset.referenceMonth,
            }
          : { dataset: dataset.key };
    onSubmit({ kind, file, mode, dryRun, source, workforce });
  }

  return (
    <form
      className="panel import-form"
      aria-labelledby={headingId}
      aria-busy={busy !== null}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <h2 id={headingId} className="panel-title">
        {t('importFormTitle')}
      </h2>
      <KindPicker kinds={kinds} kind={kind} onKind={onKind} />
      {kind === 'workforce' && <WorkforceOptions value={dataset} onChange={setDataset} />}
      <FileField file={file} onFile={setFile} />
      <div className="field">
        <label htmlFor={sourceId} className="field-label">
          {t('importSourceLabel')}
        </label>
        <input
          id={sourceId}
          className="input"
          type="text"
          maxLength={500}
          value={source}
          placeholder={t('importSourcePlaceholder')}
          onChange={(event) => setSource(event.target.value)}
          data-testid="import-source"
        />
        <span className="field-help">{t('importSourceHelp')}</span>
      </div>
      <ModeChoice mode={mode} onMode={setMode} />
      {problem && (
        <p className="form-error" role="alert">
          {t(problem)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy !== null}
          onClick={() => submit(true)}
          data-testid="import-dry-run"
        >
          {busy === 'check' && <span className="spinner" aria-hidden="true" />}
          {t(busy === 'check' ? 'importChecking' : 'importCheck')}
        </button>
        <button type="submit" className="button" disabled={busy !== null} data-testid="import-submit">
          {busy === 'import' && <span className="spinner" aria-hidden="true" />}
          {t(busy === 'import' ? 'importImporting' : 'importSubmit')}
        </button>
        {busy !== null && file && file.size > LARGE_FILE && (
          <span className="field-help" role="status">
            {t('importBusyHint')}
          </span>
        )}
      </div>
    </form>
  );
}
