import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { LoadingText } from '../../../components/Skeleton.tsx';
import { type MessageKey, useT } from '../../../i18n.ts';
import { isMissing } from './ledgerApi.ts';

/**
 * The frame every ledger list shares: a titled panel that says "not available" when the server has
 * no such route (404), offers a retry on other errors, and shows `empty` or the list once loaded.
 */
export function LedgerPanel<T>({
  title,
  query,
  testId,
  unavailable,
  empty,
  children,
}: {
  title: MessageKey;
  query: UseQueryResult<T[], Error>;
  testId: string;
  unavailable: MessageKey;
  empty: MessageKey;
  children: (rows: T[]) => ReactNode;
}) {
  const { t } = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={testId}>
      <div className="panel-header">
        <h2 id={headingId}>{t(title)}</h2>
      </div>
      {query.isError ? (
        isMissing(query.error) ? (
          <p className="muted" data-testid={`${testId}-unavailable`}>
            {t(unavailable)}
          </p>
        ) : (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        )
      ) : !query.data ? (
        <LoadingText visible />
      ) : query.data.length === 0 ? (
        <p className="muted" data-testid={`${testId}-empty`}>
          {t(empty)}
        </p>
      ) : (
        children(query.data)
      )}
    </section>
  );
}
