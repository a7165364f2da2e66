import { formatCount, formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import type { ProgramUsage } from '../../api/useFunding.ts';
import { useT } from '../../i18n.ts';

/** The charts' figures as text, month by month (what a finance officer copies into a report). */
export function UsageTable({ usage }: { usage: ProgramUsage }) {
  const { t, lang } = useT();
  const rupiah = (value: number) => formatRupiah(value, lang);
  return (
    <div className="table-scroll">
      <table className="data-table registry-table" data-testid="fund-usage-table">
        <caption>{t('fundUsageTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fundMonth')}</th>
            <th scope="col" className="num">
              {t('fundBeneficiaries')}
            </th>
            <th scope="col" className="num">
              {t('fundProtectedWorkers')}
            </th>
            <th scope="col" className="num">
              {t('fundBilled')}
            </th>
            <th scope="col" className="num">
              {t('fundPaid')}
            </th>
            <th scope="col" className="num">
              {t('fundOutstanding')}
            </th>
            <th scope="col" className="num">
              {t('fundCommittedToDate')}
            </th>
            <th scope="col" className="num">
              {t('fundBudgetLeftAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {usage.months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="nowrap">
                {formatMonth(m.month, lang)}
              </th>
              <td className="num">{formatCount(m.beneficiaries, lang)}</td>
              <td className="num">{formatCount(m.protectedWorkers, lang)}</td>
              <td className="num nowrap">{rupiah(m.billed)}</td>
              <td className="num nowrap">{rupiah(m.paid)}</td>
              <td className="num nowrap">{rupiah(m.outstanding)}</td>
              <td className="num nowrap">{rupiah(m.committedToDate)}</td>
              <td className="num nowrap">{rupiah(m.budgetLeft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
