import { formatRupiah } from '../../../../src/shared/format.ts';
import type { CostExplanation } from '../../api/useFundingTools.ts';
import { pick, useT } from '../../i18n.ts';
import { Notes } from './Steps.tsx';

/** What one worker-month costs, line by line with its rule and legal basis (the first month's quote). */
export function CostLines({ cost }: { cost: CostExplanation }) {
  const { t, lang } = useT();
  if (cost.lines.length === 0) return null;
  return (
    <details className="fund-explain">
      <summary>{t('fundCostLinesTitle')}</summary>
      <ul className="fund-cost-lines">
        {cost.lines.map((line) => (
          <li key={line.program}>
            <strong>
              {line.program} {formatRupiah(line.amount, lang)}
            </strong>
            : {pick(lang, line.explanation.id, line.explanation.en)}{' '}
            <span className="muted small">({line.legalBasis})</span>
          </li>
        ))}
      </ul>
      <Notes notes={cost.notes} />
    </details>
  );
}
