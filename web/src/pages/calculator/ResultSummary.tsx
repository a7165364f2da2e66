import { formatRupiah } from '../../../../src/shared/format.ts';
import { useT } from '../../i18n.ts';

/**
 * The headline figure. It is a live region, so a screen reader hears the new total after each
 * calculation without having to find the table.
 */
export function ResultSummary({
  label,
  total,
  parts,
  extra,
}: {
  label: string;
  total: number;
  parts: readonly { label: string; amount: number }[];
  extra?: string | undefined;
}) {
  const { lang } = useT();
  return (
    <div className="calc-summary" role="status" aria-live="polite" aria-atomic="true">
      <span className="calc-summary-label">{label}</span>
      <strong className="calc-summary-total" data-testid="calc-total">
        {formatRupiah(total, lang)}
      </strong>
      {parts.length > 0 && (
        <span className="calc-summary-parts">
          {parts.map((part) => `${part.label} ${formatRupiah(part.amount, lang)}`).join(' · ')}
        </span>
      )}
      {extra && <span className="calc-summary-parts">{extra}</span>}
    </div>
  );
}
