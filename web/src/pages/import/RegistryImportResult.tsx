import { formatCount } from '../../../../src/shared/format.ts';
import { type MessageKey, pick, useT } from '../../i18n.ts';
import { errorReportUrl, type RegistryReport } from './registryUpload.ts';

/**
 * The outcome of one registry import (participants … payments, and the funding lists): status, counts,
 * the first problems and the full error report at the address of the route that ran it.
 */
export function RegistryImportResult({
  report,
  errorsUrl = errorReportUrl,
  className = 'import-result',
  testId = 'registry-import-result',
}: {
  report: RegistryReport;
  errorsUrl?: (jobId: number) => string;
  className?: string;
  testId?: string;
}) {
  const { t, lang } = useT();
  const n = (value: number) => formatCount(value, lang);
  return (
    <div
      className={`${className} ${className}-${report.status}`}
      role="status"
      data-testid={testId}
      data-status={report.status}
    >
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
            <a href={errorsUrl(report.jobId)} download data-testid={`${testId}-errors`}>
              {t('riErrorReport', { count: n(report.issuesTotal) })}
            </a>
          </p>
          <div className="table-scroll">
            <table className="data-table compact-table">
              <caption>{t('riFirstIssues')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('riRow')}
                  </th>
                  <th scope="col">{t('riColumn')}</th>
                  <th scope="col">{t('riReason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.slice(0, 100).map((issue) => (
                  <tr key={`${issue.row}-${issue.column}-${issue.code}-${issue.message}`}>
                    <td className="num">{issue.row}</td>
                    <td>{issue.column ?? '—'}</td>
                    <td>{pick(lang, issue.message, issue.messageEn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
