import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { formatCount, formatFileSize } from '../../../../src/shared/format.ts';
import { type MessageKey, pick, useT } from '../../i18n.ts';
import { ModeChoice } from '../import/ModeChoice.tsx';
import { FundingImportResult } from './FundingImportResult.tsx';
import {
  fundingTemplateUrl,
  type ImportMode,
  type RegistryReport,
  useFundingUpload,
} from './fundingUpload.ts';

/**
 * One funding import (beneficiary list or social-welfare list): templates, the file, what to do with
 * problem rows, a dry run; the upload's progress, then the report with its problems and error CSV.
 */
export function FundingImportForm({
  path,
  kind,
  columns,
  testId,
  onDone,
}: {
  path: string;
  kind: 'beneficiaries' | 'welfare';
  columns: ReactNode;
  testId: string;
  onDone?: (report: RegistryReport) => void;
}) {
  const { t, lang } = useT();
  const fileId = useId();
  const dryId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all');
  const [dryRun, setDryRun] = useState(false);
  const { state, upload } = useFundingUpload();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const report = await upload(path, file, { mode, dryRun });
    if (report && report.status === 'committed') onDone?.(report);
  }

  return (
    <div className="fund-import" data-testid={testId}>
      <p className="fund-templates">
        {t('fundTemplates')}{' '}
        <a href={fundingTemplateUrl(kind, 'csv')} download>
          {t('riTemplateCsv')}
        </a>{' '}
        ·{' '}
        <a href={fundingTemplateUrl(kind, 'xlsx')} download>
          {t('riTemplateXlsx')}
        </a>
      </p>
      <p className="field-help">{columns}</p>
      <form onSubmit={submit} className="fund-import-form">
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            {t('riFile')}
          </label>
          <input
            id={fileId}
            className="file-input"
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            disabled={state.busy}
            data-testid={`${testId}-file`}
          />
          {file && (
            <span className="field-help file-chosen">
              <strong>{file.name}</strong> · {formatFileSize(file.size, lang)}
            </span>
          )}
        </div>
        <ModeChoice mode={mode} onMode={setMode} />
        <label htmlFor={dryId} className="fund-check">
          <input id={dryId} type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />{' '}
          {t('riDryRun')}
        </label>
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={!file || state.busy}
            data-testid={`${testId}-submit`}
          >
            {state.busy && <span className="spinner" aria-hidden="true" />}
            {dryRun ? t('fundImportCheck') : t('riSubmit')}
          </button>
        </div>
      </form>
      {state.busy && <Progress state={state} />}
      {state.error && (
        <p role="alert" className="form-error form-error-block">
          {t('riFailed', { message: pick(lang, state.error.messageId, state.error.messageEn) })}
        </p>
      )}
      {state.report && <FundingImportResult report={state.report} />}
    </div>
  );
}

function Progress({ state }: { state: ReturnType<typeof useFundingUpload>['state'] }) {
  const { t, lang } = useT();
  const percent = state.size > 0 ? Math.round((state.uploaded / state.size) * 100) : 0;
  const uploading = state.uploaded < state.size;
  return (
    <div role="status" aria-live="polite" className="fund-progress">
      {uploading ? (
        <>
          <progress max={100} value={percent} /> {t('riUploading', { percent })}
        </>
      ) : state.job ? (
        <>
          <progress
            max={state.size || 1}
            value={state.job.phase === 'reading' ? state.job.bytesRead : state.size}
          />{' '}
          {t(`riPhase_${state.job.phase}` as MessageKey)} —{' '}
          {t('riProgress', { rows: formatCount(state.job.rowsTotal, lang), issues: state.job.issuesTotal })}
        </>
      ) : (
        <>
          <span className="spinner" aria-hidden="true" /> {t('fundImportServer')}
        </>
      )}
    </div>
  );
}
