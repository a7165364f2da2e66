import { lazy, Suspense, useId, useState } from 'react';
import type { CoverageReport } from '../../../../../src/coverage/coverage.schemas.ts';
import { formatCount } from '../../../../../src/shared/format.ts';
import { useGeoLayers } from '../../../api/useGeo.ts';
import { CoverageLegend } from '../../../components/CoverageLegend.tsx';
import { LoadingText } from '../../../components/Skeleton.tsx';
import { useT } from '../../../i18n.ts';
import { ProvinceTileMap } from './ProvinceTileMap.tsx';

const GeoChoropleth = lazy(() => import('./GeoChoropleth.tsx').then((m) => ({ default: m.GeoChoropleth })));

/**
 * National page: the tile map, or — when the operator installed provinces.geojson — a boundary
 * choropleth on request. Province page: regencies, only when regencies.geojson exists.
 */
export function MapSection({ report }: { report: CoverageReport }) {
  const { t, lang } = useT();
  const headingId = useId();
  const layers = useGeoLayers();
  const national = report.region.level === 0;
  const layer = national ? 'provinces' : 'regencies';
  const hasBoundaries = layers.data?.has(layer) ?? false;
  const [boundaries, setBoundaries] = useState(false);
  if (!national && !hasBoundaries) return null;

  const showGeo = national ? boundaries && hasBoundaries : true;
  const noData = report.children.filter((c) => c.coveragePct === null).length;

  return (
    <section className="panel map-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{national ? t('mapTitle') : t('mapRegencies')}</h2>
        {national && hasBoundaries && (
          <button
            type="button"
            className="switch"
            aria-pressed={boundaries}
            onClick={() => setBoundaries((on) => !on)}
          >
            <span className="switch-track" aria-hidden="true" />
            {t('mapBoundaries')}
          </button>
        )}
      </div>
      {showGeo ? (
        <Suspense fallback={<LoadingText visible />}>
          <GeoChoropleth layer={layer} parentCode={report.region.code} rows={report.children} />
        </Suspense>
      ) : (
        <ProvinceTileMap rows={report.children} />
      )}
      <div className="map-footer">
        <CoverageLegend />
        {noData > 0 && (
          <span className="muted small">{t('mapNoDataCount', { count: formatCount(noData, lang) })}</span>
        )}
      </div>
    </section>
  );
}
