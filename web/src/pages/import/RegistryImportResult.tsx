import { type MessageKey, pick, useT } from '../../i18n.ts';
import { errorReportUrl, type RegistryReport } from './registryUpload.ts';

/** The outcome of one registry import: status, counts, the first problems and the full error report. */
export function RegistryImportResult({ report }: { report: RegistryReport }) {
  const { t, lang } = useT();
  const n = (value: number) => value.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID');
  return (
    <div className="import-result" data-status={report.status}>
      <p>
        <strong>{t(`riStatus_${report.status}` as MessageKey)}</strong> —{' '}
        {t('riCounts', {
          total: n(report.rowsTotal),
          valid: n(report.rowsValid),
          invalid: n(report.rowsInvalid),
        })}
      </p>
      {report.status === 'committed' && (
        <p>
          {t('riChanges', {
            inserted: n(report.inserted),
            updated: n(report.updated),
            unchanged: n(report.unchanged),
          })}
        </p>
      )}
      {report.issuesTotal > 0 && (
        <>
          <p>
            <a href={errorReportUrl(report.jobId)} download>
              {t('riErrorReport', { count: n(report.issuesTotal) })}
            </a>
          </p>
          <table>
            <caption>{t('riFirstIssues')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('riRow')}</th>
                <th scope="col">{t('riColumn')}</th>
                <th scope="col">{t('riReason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.issues.slice(0, 100).map((issue) => (
                <tr key={`${issue.row}-${issue.column}-${issue.code}-${issue.message}`}>
                  <td>{issue.row}</td>
                  <td>{issue.column ?? '—'}</td>
                  <td>{pick(lang, issue.message, issue.messageEn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
