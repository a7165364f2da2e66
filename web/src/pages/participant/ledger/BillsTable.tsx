import type { UseQueryResult } from '@tanstack/react-query';
import { formatMonth, formatRupiah } from '../../../../../src/shared/format.ts';
import { Badge } from '../../../components/Badge.tsx';
import { type MessageKey, useT } from '../../../i18n.ts';
import { formatDate } from '../../calculator/calcFormat.ts';
import { LedgerPanel } from './LedgerPanel.tsx';
import type { Bill } from './ledgerApi.ts';

const STATUS_LABEL: Record<string, MessageKey> = {
  open: 'billStatusOpen',
  partial: 'billStatusPartial',
  paid: 'billStatusPaid',
};
const SHOWN = 60;

/**
 * A panel with a list of bills: month, segment, kind, billed, paid, outstanding, status and due date,
 * overdue ones marked in words (not colour alone). Newest month first; at most 60 rows.
 */
export function BillsPanel({
  title,
  query,
  testId,
}: {
  title: MessageKey;
  query: UseQueryResult<Bill[], Error>;
  testId: string;
}) {
  const { t } = useT();
  return (
    <LedgerPanel title={title} query={query} testId={testId} unavailable="billUnavailable" empty="billNone">
      {(bills) => <BillsTable bills={bills} caption={t(title)} />}
    </LedgerPanel>
  );
}

function BillsTable({ bills, caption }: { bills: Bill[]; caption: string }) {
  const { t, lang } = useT();
  const sorted = [...bills].sort((a, b) => b.month.localeCompare(a.month) || a.kind.localeCompare(b.kind));
  const shown = sorted.slice(0, SHOWN);
  return (
    <div className="table-scroll">
      <table className="data-table registry-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billMonth')}</th>
            <th scope="col">{t('regSegment')}</th>
            <th scope="col">{t('billKind')}</th>
            <th scope="col" className="num">
              {t('billAmount')}
            </th>
            <th scope="col" className="num">
              {t('billPaid')}
            </th>
            <th scope="col" className="num">
              {t('billOutstanding')}
            </th>
            <th scope="col">{t('billStatus')}</th>
            <th scope="col">{t('billDueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((bill) => (
            <tr key={bill.id} data-status={bill.status} data-overdue={bill.overdue ? 'true' : 'false'}>
              <th scope="row" className="nowrap">
                {formatMonth(bill.month.slice(0, 7), lang)}
              </th>
              <td>{bill.segment}</td>
              <td>{t(bill.kind === 'fine' ? 'billKindFine' : 'billKindContribution')}</td>
              <td className="num nowrap">{formatRupiah(bill.amount, lang)}</td>
              <td className="num nowrap">{formatRupiah(bill.paid, lang)}</td>
              <td className="num nowrap">{formatRupiah(bill.outstanding, lang)}</td>
              <td>
                {STATUS_LABEL[bill.status] ? t(STATUS_LABEL[bill.status] as MessageKey) : bill.status}
                {bill.settledOn && (
                  <span className="muted">
                    {' '}
                    · {t('billSettledOn', { date: formatDate(bill.settledOn, lang) })}
                  </span>
                )}
              </td>
              <td className="nowrap">
                {formatDate(bill.dueOn, lang)}
                {bill.overdue && (
                  <>
                    {' '}
                    <Badge tone="warn">{t('billOverdue')}</Badge>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > SHOWN && (
        <p className="muted small">{t('billShowingFirst', { shown: SHOWN, total: sorted.length })}</p>
      )}
    </div>
  );
}
