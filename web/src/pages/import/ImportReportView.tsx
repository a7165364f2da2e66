import { useEffect, useId, useRef } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import type { ImportReport } from '../../api/useImport.ts';
import { type MessageKey, type Translate, useT } from '../../i18n.ts';
import { IssuesTable } from './IssuesTable.tsx';

const TITLE: Record<ImportReport['status'], MessageKey> = {
  committed: 'statusCommitted',
  validated: 'statusValidated',
  rejected: 'statusRejected',
};

function details(t: Translate, report: ImportReport, count: (n: number) => string): string[] {
  const valid = count(report.rowsValid);
  const invalid = count(report.rowsInvalid);
  if (report.status === 'committed') {
    const same = report.rowsValid > 0 && report.unchanged === report.rowsValid;
    const lines = [t(same ? 'statusCommittedSame' : 'statusCommittedDetail', { valid })];
    if (report.rowsInvalid > 0) lines.push(t('statusSkipped', { invalid }));
    return lines;
  }
  if (report.status === 'rejected') return [t('statusRejectedDetail')];
  return [report.rowsInvalid > 0 ? t('statusValidatedProblems', { valid }) : t('statusValidatedClean')];
}

/** Status banner, counts and every problem of one import, the same for saved, checked and rejected. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, lang } = useT();
  const headingId = useId();
  const banner = useRef<HTMLDivElement>(null);
  const count = (n: number) => formatCount(n, lang);

  // A new report moves focus (and the view) to its verdict, so nobody misses that it arrived.
  useEffect(() => {
    if (report) banner.current?.focus();
  }, [report]);

  const counts: [MessageKey, number, string?][] = [
    ['countTotal', report.rowsTotal],
    ['countValid', report.rowsValid, 'good'],
    ['countInvalid', report.rowsInvalid, report.rowsInvalid > 0 ? 'bad' : undefined],
  ];
  if (report.status === 'committed') {
    counts.push(
      ['countInserted', report.inserted],
      ['countUpdated', report.updated],
      ['countUnchanged', report.unchanged],
    );
  }

  return (
    <section className="panel import-report" aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {t('reportTitle')}
      </h2>
      <div
        ref={banner}
        tabIndex={-1}
        role="status"
        className={`status-banner status-${report.status}`}
        data-testid="import-status"
      >
        <span className="status-icon" aria-hidden="true">
          {report.status === 'committed' ? '✓' : report.status === 'rejected' ? '✕' : 'i'}
        </span>
        <div className="status-text">
          <strong className="status-title">{t(TITLE[report.status])}</strong>
          {details(t, report, count).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p className="status-meta">
            {report.fileName && <span>{report.fileName}</span>}
            {report.batchId !== null && <span>{t('reportBatch', { id: report.batchId })}</span>}
            <span title={report.fileSha256}>SHA-256 {report.fileSha256.slice(0, 12)}…</span>
          </p>
        </div>
      </div>
      <dl className="import-counts">
        {counts.map(([label, value, tone]) => (
          <div key={label} className={tone ? `count-${tone}` : undefined}>
            <dt>{t(label)}</dt>
            <dd data-testid={`import-${label}`}>{count(value)}</dd>
          </div>
        ))}
      </dl>
      {report.issues.length > 0 && <IssuesTable report={report} />}
    </section>
  );
}
