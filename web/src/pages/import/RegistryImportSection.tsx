import { type FormEvent, useId, useState } from 'react';
import { type MessageKey, pick, useT } from '../../i18n.ts';
import { RegistryImportResult } from './RegistryImportResult.tsx';
import { REGISTRY_KINDS, type RegistryKind, templateUrl, useRegistryUpload } from './registryUpload.ts';

const KIND_LABEL: Record<RegistryKind, MessageKey> = {
  participants: 'riKindParticipants',
  employers: 'riKindEmployers',
  wage_reports: 'riKindWageReports',
  payments: 'riKindPayments',
};

/** Registry import on `/impor`: kind, templates, file, mode; upload progress, then the server's. */
export function RegistryImportSection() {
  const { t, lang } = useT();
  const headingId = useId();
  const [kind, setKind] = useState<RegistryKind>('participants');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all' | 'valid-only'>('all');
  const [dryRun, setDryRun] = useState(false);
  const { state, upload } = useRegistryUpload();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) void upload(kind, file, { mode, dryRun });
  }

  const uploading = state.busy && state.uploaded < state.size;
  const percent = state.size > 0 ? Math.round((state.uploaded / state.size) * 100) : 0;
  return (
    <section className="panel registry-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('riTitle')}</h2>
      <p className="region-meta">{t('riIntro')}</p>
      <form onSubmit={submit} className="import-form">
        <label>
          {t('riKind')}{' '}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as RegistryKind)}
            disabled={state.busy}
          >
            {REGISTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </label>{' '}
        <a href={templateUrl(kind, 'csv')} download>
          {t('riTemplateCsv')}
        </a>{' '}
        ·{' '}
        <a href={templateUrl(kind, 'xlsx')} download>
          {t('riTemplateXlsx')}
        </a>
        <p>
          <label>
            {t('riFile')}{' '}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              disabled={state.busy}
            />
          </label>
        </p>
        <p>
          <label>
            <input type="radio" checked={mode === 'all'} onChange={() => setMode('all')} /> {t('riModeAll')}
          </label>{' '}
          <label>
            <input type="radio" checked={mode === 'valid-only'} onChange={() => setMode('valid-only')} />{' '}
            {t('riModeValidOnly')}
          </label>{' '}
          <label>
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />{' '}
            {t('riDryRun')}
          </label>
        </p>
        <button type="submit" disabled={!file || state.busy}>
          {t('riSubmit')}
        </button>
      </form>
      {state.busy && (
        <div role="status" aria-live="polite">
          {uploading || !state.job ? (
            <>
              <progress max={100} value={percent} /> {t('riUploading', { percent })}
            </>
          ) : (
            <>
              <progress
                max={state.size || 1}
                value={state.job.phase === 'reading' ? state.job.bytesRead : state.size}
              />{' '}
              {t(`riPhase_${state.job.phase}` as MessageKey)} —{' '}
              {t('riProgress', {
                rows: state.job.rowsTotal.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID'),
                issues: state.job.issuesTotal,
              })}
            </>
          )}
        </div>
      )}
      {state.error && (
        <p role="alert">
          {t('riFailed', { message: pick(lang, state.error.messageId, state.error.messageEn) })}
        </p>
      )}
      {state.report && <RegistryImportResult report={state.report} />}
    </section>
  );
}
