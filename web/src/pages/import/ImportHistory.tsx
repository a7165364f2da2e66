import { useId } from 'react';
import { formatCount, formatDateTime } from '../../../../src/shared/format.ts';
import { useImportHistory } from '../../api/useImportHistory.ts';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Missing } from '../../components/Missing.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { kindLabel } from './importKinds.ts';

/** Every saved import, newest first (the server keeps the last 200); demo loads are marked. */
export function ImportHistory() {
  const { t, lang } = useT();
  const headingId = useId();
  const history = useImportHistory();
  const batches = history.data;
  const count = (n: number) => formatCount(n, lang);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {t('historyTitle')}
          {batches && <span className="count">{count(batches.length)}</span>}
        </h2>
      </div>
      {history.isError ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : !batches ? (
        <LoadingText visible />
      ) : batches.length === 0 ? (
        <p className="empty">{t('historyEmpty')}</p>
      ) : (
        <div className="table-scroll table-scroll-tall">
          <table className="data-table history-table" data-testid="import-history">
            <caption className="sr-only">{t('historyTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('historyTime')}</th>
                <th scope="col">{t('historyKind')}</th>
                <th scope="col">{t('historyFile')}</th>
                <th scope="col">{t('historyMode')}</th>
                <th scope="col" className="num">
                  {t('countTotal')}
                </th>
                <th scope="col" className="num">
                  {t('countInvalid')}
                </th>
                <th scope="col" className="num">
                  {t('countInserted')}
                </th>
                <th scope="col" className="num">
                  {t('countUpdated')}
                </th>
                <th scope="col" className="num">
                  {t('countUnchanged')}
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => {
                const label = kindLabel(batch.kind);
                return (
                  <tr key={batch.id} data-testid={`history-row-${batch.id}`}>
                    <td>{formatDateTime(batch.createdAt, lang)}</td>
                    <td>
                      {label ? t(label) : batch.kind}
                      {batch.isDemo && (
                        <>
                          {' '}
                          <Badge tone="demo">{t('demo')}</Badge>
                        </>
                      )}
                    </td>
                    <td className="history-file">
                      {batch.fileName ?? <Missing />}
                      {batch.source && <span className="source-detail">{batch.source}</span>}
                    </td>
                    <td>{t(batch.mode === 'valid-only' ? 'modeValidOnlyShort' : 'modeAllShort')}</td>
                    <td className="num">{count(batch.rowsTotal)}</td>
                    <td className={batch.rowsInvalid > 0 ? 'num count-bad' : 'num'}>
                      {count(batch.rowsInvalid)}
                    </td>
                    <td className="num">{count(batch.inserted)}</td>
                    <td className="num">{count(batch.updated)}</td>
                    <td className="num">{count(batch.unchanged)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
