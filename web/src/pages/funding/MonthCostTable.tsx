import { formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import type { MonthCost } from '../../api/useFundingTools.ts';
import { useT } from '../../i18n.ts';

/** The price of one worker each month and, for a target, what all the workers needed cost that month. */
export function MonthCostTable({
  costs,
  totals,
}: {
  costs: readonly MonthCost[];
  totals: readonly MonthCost[] | null;
}) {
  const { t, lang } = useT();
  return (
    <details className="fund-explain">
      <summary>{t('fundMonthCostsTitle')}</summary>
      <div className="table-scroll">
        <table className="data-table compact-table" data-testid="fund-month-costs">
          <caption className="sr-only">{t('fundMonthCostsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fundMonth')}</th>
              <th scope="col" className="num">
                {t('fundCostPerWorkerMonth')}
              </th>
              {totals && (
                <th scope="col" className="num">
                  {t('fundMonthTotal')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {costs.map((c, i) => (
              <tr key={c.month}>
                <th scope="row">{formatMonth(c.month, lang)}</th>
                <td className="num">{formatRupiah(c.amount, lang)}</td>
                {totals && <td className="num">{formatRupiah(totals[i]?.amount, lang)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
