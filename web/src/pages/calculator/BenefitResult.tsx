import { formatRupiah } from '../../../../src/shared/format.ts';
import type { BenefitQuote } from '../../api/useQuotes.ts';
import { Badge } from '../../components/Badge.tsx';
import { pick, useT } from '../../i18n.ts';
import { ExplanationList, ParametersUsed } from './Explanation.tsx';
import { ResultSummary } from './ResultSummary.tsx';

/** A benefit quote: the amount, its components, and which eligibility conditions are met. */
export function BenefitResult({ quote }: { quote: BenefitQuote }) {
  const { t, lang } = useT();
  const extra = [
    typeof quote.monthly === 'number'
      ? t('calcBenefitMonthly', { amount: formatRupiah(quote.monthly, lang) })
      : null,
    typeof quote.pensionAge === 'number' ? t('calcPensionAge', { age: quote.pensionAge }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="calc-result" data-testid="calc-result">
      <ResultSummary
        label={t('calcBenefitTotal')}
        total={quote.total}
        parts={[]}
        extra={extra || undefined}
      />
      <p>
        <Badge tone={quote.eligible ? 'info' : 'warn'}>
          {t(quote.eligible ? 'calcEligible' : 'calcNotEligible')}
        </Badge>
      </p>
      {quote.components.length > 0 && (
        <div className="table-scroll">
          <table className="data-table calc-table">
            <caption className="sr-only">{t('calcComponentsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calcComponent')}</th>
                <th scope="col" className="num">
                  {t('calcAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quote.components.map((c) => (
                <tr key={c.code}>
                  <th scope="row" className="wrap">
                    {pick(lang, c.label.id, c.label.en)}
                  </th>
                  <td className="num">{formatRupiah(c.amount, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {quote.conditions.length > 0 && (
        <ul className="calc-conditions" aria-label={t('calcConditions')}>
          {quote.conditions.map((c) => (
            <li key={c.code} className={c.met ? 'met' : 'unmet'}>
              <span aria-hidden="true">{c.met ? '✓' : '✗'}</span>
              <span className="sr-only">{t(c.met ? 'calcConditionMet' : 'calcConditionUnmet')}</span>{' '}
              {pick(lang, c.explanation.id, c.explanation.en)}
            </li>
          ))}
        </ul>
      )}
      <ExplanationList
        items={quote.components.map((c) => ({ key: c.code, text: c.explanation, legalBasis: [] }))}
        notes={quote.notes}
        rounding={quote.rounding}
        asOf={quote.asOf}
      />
      <ParametersUsed parameters={quote.parameters} />
    </div>
  );
}
