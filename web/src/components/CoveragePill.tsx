import { formatPercent } from '../../../src/shared/format.ts';
import { useT } from '../i18n.ts';
import { coverageColors } from '../lib/colorScale.ts';
import { Missing } from './Missing.tsx';

/** A coverage figure on the map's colour, so tables and map read the same way. */
export function CoveragePill({ value, reason }: { value: number | null; reason?: string }) {
  const { lang } = useT();
  if (value === null) return <Missing reason={reason} />;
  const { background, foreground } = coverageColors(value);
  return (
    <span className="pill" style={{ background, color: foreground }}>
      {formatPercent(value, lang)}
    </span>
  );
}
