import type { UseQueryResult } from '@tanstack/react-query';
import { formatRupiah } from '../../../../../src/shared/format.ts';
import { Badge } from '../../../components/Badge.tsx';
import { useT } from '../../../i18n.ts';
import { formatDate } from '../../calculator/calcFormat.ts';
import { LedgerPanel } from './LedgerPanel.tsx';
import { CHANNELS, type Payment } from './ledgerApi.ts';

/** A panel with the payments of one or more payers: date, amount, allocated, credit, channel, reference. */
export function PaymentsPanel({
  query,
  testId,
}: {
  query: UseQueryResult<Payment[], Error>;
  testId: string;
}) {
  const { t, lang } = useT();
  const channelName = (channel: string | null) => {
    const known = CHANNELS.find((c) => c.value === channel);
    return known ? t(known.label) : (channel ?? '—');
  };
  return (
    <LedgerPanel title="payTitle" query={query} testId={testId} unavailable="payUnavailable" empty="payNone">
      {(payments) => (
        <div className="table-scroll">
          <table className="data-table registry-table">
            <caption className="sr-only">{t('payTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payPaidOn')}</th>
                <th scope="col" className="num">
                  {t('payAmount')}
                </th>
                <th scope="col" className="num">
                  {t('payAllocated')}
                </th>
                <th scope="col" className="num">
                  {t('payUnallocated')}
                </th>
                <th scope="col">{t('payChannel')}</th>
                <th scope="col">{t('payReference')}</th>
              </tr>
            </thead>
            <tbody>
              {payments.slice(0, 60).map((p) => (
                <tr key={p.id} data-reversed={p.reversed ? 'true' : 'false'}>
                  <th scope="row" className="nowrap">
                    {formatDate(p.paidOn, lang)}
                    {p.reversed && (
                      <>
                        {' '}
                        <Badge tone="warn">{t('payReversed')}</Badge>
                      </>
                    )}
                  </th>
                  <td className="num nowrap">{formatRupiah(p.amount, lang)}</td>
                  <td className="num nowrap">{formatRupiah(p.allocated, lang)}</td>
                  <td className="num nowrap">{formatRupiah(p.unallocated, lang)}</td>
                  <td>{channelName(p.channel)}</td>
                  <td>{p.reference ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LedgerPanel>
  );
}
