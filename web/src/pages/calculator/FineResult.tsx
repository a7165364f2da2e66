import { formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import type { FineQuote } from '../../api/useQuotes.ts';
import { useT } from '../../i18n.ts';
import { formatRate } from './calcFormat.ts';
import { ExplanationList, ParametersUsed } from './Explanation.tsx';
import { ResultSummary } from './ResultSummary.tsx';

/** A late-payment fine: the rate of each late month (it changed during the COVID relief) and the sum. */
export function FineResult({ quote }: { quote: FineQuote }) {
  const { t, lang } = useT();
  return (
    <div className="calc-result" data-testid="calc-result">
      <ResultSummary
        label={t('calcFineTotal')}
        total={quote.total}
        parts={[]}
        extra={t('calcFineFor', {
          amount: formatRupiah(quote.amount, lang),
          month: formatMonth(quote.month, lang),
          count: quote.monthsLate,
        })}
      />
      {quote.months.length > 0 && (
        <div className="table-scroll">
          <table className="data-table compact-table calc-table">
            <caption className="sr-only">{t('calcFineMonthsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calcLateMonth')}</th>
                <th scope="col" className="num">
                  {t('calcFineRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quote.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month, lang)}</th>
                  <td className="num">{formatRate(m.rateBp, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExplanationList
        items={[{ key: 'fine', text: quote.explanation, legalBasis: quote.legalBasis }]}
        notes={[]}
        rounding={quote.rounding}
        asOf={null}
      />
      <ParametersUsed parameters={quote.parameters} />
    </div>
  );
}
