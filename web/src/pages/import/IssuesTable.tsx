import { useId, useMemo, useState } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import type { ImportReport } from '../../api/useImport.ts';
import { Missing } from '../../components/Missing.tsx';
import { pick, useT } from '../../i18n.ts';
import { downloadText } from '../../lib/download.ts';
import { issuesCsv, issuesFileName } from './issuesCsv.ts';

/** A file with thousands of bad rows would make a page nobody scrolls; the CSV always has them all. */
const FIRST_SHOWN = 200;

export function IssuesTable({ report }: { report: ImportReport }) {
  const { t, lang } = useT();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  // A report never changes once received, so an issue's position in it is a stable identity (one row
  // can have several problems, even in the same column).
  const numbered = useMemo(() => report.issues.map((issue, position) => ({ ...issue, position })), [report]);
  const issues = showAll ? numbered : numbered.slice(0, FIRST_SHOWN);
  const hidden = report.issues.length - issues.length;

  return (
    <div className="issues">
      <div className="panel-header">
        <h3 id={headingId}>
          {t('issuesTitle')} <span className="count">{formatCount(report.issues.length, lang)}</span>
        </h3>
        <button
          type="button"
          className="button button-small"
          onClick={() => downloadText(issuesFileName(report, lang), issuesCsv(report, lang))}
          data-testid="import-issues-download"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <path
              d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2h12v-2"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
          {t('issuesDownload')}
        </button>
      </div>
      <div className="table-scroll table-scroll-tall">
        <table className="data-table issues-table" data-testid="import-issues" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className="num" title={t('issuesRowHelp')}>
                {t('issueRow')}
              </th>
              <th scope="col">{t('issueColumn')}</th>
              <th scope="col">{t('issueReason')}</th>
              <th scope="col">{t('issueValue')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.position} data-testid={`issue-row-${issue.row}`}>
                <td className="num">{formatCount(issue.row, lang)}</td>
                <td>{issue.column ? <code>{issue.column}</code> : <Missing />}</td>
                <td className="wrap">
                  {pick(lang, issue.message, issue.messageEn)}{' '}
                  <span className="issue-code">{issue.code}</span>
                </td>
                <td className="wrap">
                  {issue.value ? <code className="issue-value">{issue.value}</code> : <Missing />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <button type="button" className="button button-small button-ghost" onClick={() => setShowAll(true)}>
          {t('issuesShowAll', { count: formatCount(report.issues.length, lang) })}
        </button>
      )}
    </div>
  );
}
