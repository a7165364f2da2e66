import { formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import { type FundingProgram, useProgramCost } from '../../api/useFunding.ts';
import { pick, useT } from '../../i18n.ts';

/**
 * Why one worker-month costs what it does: the regulation engine's lines (JKK, JKM, JHT) with their
 * rule and legal basis, and its notes (e.g. no PP 50/2025 discount for a government budget).
 */
export function CostExplanation({ program }: { program: FundingProgram }) {
  const { t, lang } = useT();
  const quote = useProgramCost(program);
  if (!quote.data) return null;
  return (
    <details className="fund-explain" data-testid="fund-cost-explanation">
      <summary>
        {t('fundCostWhy', {
          amount: formatRupiah(quote.data.total, lang),
          month: formatMonth(program.periodFrom, lang),
        })}
      </summary>
      <ul className="fund-cost-lines">
        {quote.data.lines.map((line) => (
          <li key={line.program}>
            <strong>
              {line.program} {formatRupiah(line.amount, lang)}
            </strong>
            : {pick(lang, line.explanation.id, line.explanation.en)}{' '}
            <span className="muted small">({line.legalBasis.join('; ')})</span>
          </li>
        ))}
      </ul>
      {quote.data.notes.length > 0 && (
        <ul className="fund-notes">
          {quote.data.notes.map((note) => (
            <li key={note.id}>{pick(lang, note.id, note.en)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
