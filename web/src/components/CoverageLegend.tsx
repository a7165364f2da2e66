import { useT } from '../i18n.ts';
import { COVERAGE_STEPS, NO_DATA, stepLabel } from '../lib/colorScale.ts';

export function CoverageLegend() {
  const { t, lang } = useT();
  return (
    <div className="legend">
      <span className="legend-title">{t('legendTitle')}</span>
      <ul>
        {COVERAGE_STEPS.map((step) => (
          <li key={step.min}>
            <span className="legend-swatch" style={{ backgroundColor: step.background }} aria-hidden="true" />
            {stepLabel(step, lang)}
          </li>
        ))}
        <li>
          <span
            className="legend-swatch legend-nodata"
            style={{ backgroundColor: NO_DATA.background }}
            aria-hidden="true"
          />
          {t('legendNoData')}
        </li>
      </ul>
    </div>
  );
}
