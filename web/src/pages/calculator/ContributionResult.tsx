import { useId } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import type { ContributionLine, ContributionQuote } from '../../api/useQuotes.ts';
import { Badge } from '../../components/Badge.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { formatRate, programName } from './calcFormat.ts';
import { ExplanationList, ParametersUsed } from './Explanation.tsx';
import { ResultSummary } from './ResultSummary.tsx';

const PAYERS = ['employer', 'worker', 'government', 'other'] as const;
const PAYER_KEYS: Record<(typeof PAYERS)[number], MessageKey> = {
  employer: 'calcPayerColEmployer',
  worker: 'calcPayerColWorker',
  government: 'calcPayerColGovernment',
  other: 'calcPayerColOther',
};

/** A contribution quote: who pays what per program, what is re-labelled as JKP, and why. */
export function ContributionResult({ quote }: { quote: ContributionQuote }) {
  const { t, lang } = useT();
  const captionId = useId();
  const parts = PAYERS.filter((payer) => quote.totals[payer] > 0).map((payer) => ({
    label: t(PAYER_KEYS[payer]),
    amount: quote.totals[payer],
  }));
  const items = [
    ...quote.lines.map((line) => ({
      key: `line:${line.program}`,
      text: line.explanation,
      legalBasis: line.legalBasis,
    })),
    ...quote.allocations.map((a) => ({
      key: `allocation:${a.from}:${a.to}`,
      text: a.explanation,
      legalBasis: [a.legalBasis],
    })),
  ];
  return (
    <div className="calc-result" data-testid="calc-result">
      <ResultSummary
        // PMI pays a package and a Jakon project by contract value: not a monthly figure.
        label={t(quote.segment === 'pu' || quote.segment === 'bpu' ? 'calcTotalMonthly' : 'calcTotalPackage')}
        total={quote.total}
        parts={parts}
      />
      <div className="table-scroll">
        <table className="data-table calc-table" aria-describedby={captionId}>
          <caption id={captionId} className="sr-only">
            {t('calcTableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('calcProgram')}</th>
              {PAYERS.map((payer) => (
                <th key={payer} scope="col" className="num">
                  {t(PAYER_KEYS[payer])}
                </th>
              ))}
              <th scope="col" className="num">
                {t('calcTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((line) => (
              <tr key={line.program} data-testid={`calc-line-${line.program}`}>
                <ProgramCell line={line} />
                {PAYERS.map((payer) => (
                  <td key={payer} className={line[payer] === 0 ? 'num muted' : 'num'}>
                    {formatRupiah(line[payer], lang)}
                  </td>
                ))}
                <td className="num calc-strong">{formatRupiah(line.amount, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('calcTotal')}</th>
              {PAYERS.map((payer) => (
                <td key={payer} className="num">
                  {formatRupiah(quote.totals[payer], lang)}
                </td>
              ))}
              <td className="num calc-strong">{formatRupiah(quote.total, lang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {quote.allocations.length > 0 && (
        <ul className="calc-allocations" data-testid="calc-allocations">
          {quote.allocations.map((a) => (
            <li key={`${a.from}:${a.to}`}>
              {t('calcAllocation', {
                amount: formatRupiah(a.amount, lang),
                from: a.from,
                to: a.to,
                rate: formatRate(a.rateBp, lang),
                base: formatRupiah(a.base, lang),
              })}
            </li>
          ))}
        </ul>
      )}
      <ExplanationList items={items} notes={quote.notes} rounding={quote.rounding} asOf={quote.asOf} />
      <ParametersUsed parameters={quote.parameters} />
    </div>
  );
}

/** Program code with its full name, the programs a package covers, and any cap or discount. */
function ProgramCell({ line }: { line: ContributionLine }) {
  const { t, lang } = useT();
  const programs = line.covers.length > 0 ? line.covers : [line.program];
  return (
    <th scope="row" className="calc-program">
      <abbr title={programs.map((code) => programName(code, lang)).join(' + ')}>{programs.join(' + ')}</abbr>
      {line.capApplied && line.cap !== null && (
        <Badge tone="info">{t('calcCapped', { cap: formatRupiah(line.cap, lang) })}</Badge>
      )}
      {line.discount && (
        <Badge tone="info" title={line.discount.legalBasis}>
          {t('calcDiscount', { rate: formatRate(line.discount.rateBp, lang) })}
        </Badge>
      )}
    </th>
  );
}
