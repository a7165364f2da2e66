import { MapChart, type MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import type { CoverageRow } from '../../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatPercent } from '../../../../../src/shared/format.ts';
import { type GeoLayerName, useGeoLayer } from '../../../api/useGeo.ts';
import { type ChartClick, EChart } from '../../../charts/EChart.tsx';
import { CHART_FONT, escapeHtml, registerMap, use } from '../../../charts/echarts.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { LoadingText } from '../../../components/Skeleton.tsx';
import { useT } from '../../../i18n.ts';
import { coverageColors, NO_DATA } from '../../../lib/colorScale.ts';
import { regionPath, useDashboardParams } from '../../../state/urlParams.ts';

// The map series is registered only here, so its code loads only when boundaries are drawn.
use([MapChart]);

type GeoOption = ComposeOption<MapSeriesOption | TooltipComponentOption>;

/** Choropleth from the operator's GeoJSON; features are matched by `properties.code`. */
export function GeoChoropleth({
  layer,
  parentCode,
  rows,
}: {
  layer: GeoLayerName;
  parentCode: string;
  rows: readonly CoverageRow[];
}) {
  const { t, lang } = useT();
  const [, navigate] = useLocation();
  const { withParams } = useDashboardParams();
  const geo = useGeoLayer(layer, true);
  const mapName = `cakupan-${layer}-${parentCode}`;

  const registered = useMemo(() => {
    if (!geo.data) return false;
    const prefix = `${parentCode}.`;
    const features =
      layer === 'regencies'
        ? geo.data.features.filter((f) => f.properties.code.startsWith(prefix))
        : geo.data.features;
    if (features.length === 0) return false;
    // ECharts' GeoJSON input type is stricter than what the API promises; the server validated it.
    registerMap(mapName, { type: 'FeatureCollection', features } as unknown as Parameters<
      typeof registerMap
    >[1]);
    return true;
  }, [geo.data, layer, parentCode, mapName]);

  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const option = useMemo<GeoOption>(
    () => ({
      textStyle: { fontFamily: CHART_FONT },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const code = (params as { name?: string }).name ?? '';
          const row = byCode.get(code);
          if (!row) return escapeHtml(code);
          return [
            `<strong>${escapeHtml(row.name)}</strong>`,
            `${t('kpiCoverage')}: <strong>${formatPercent(row.coveragePct, lang)}</strong>`,
            `${t('kpiActive')}: ${formatCount(row.active, lang)}`,
            `${t('kpiWorkforce')}: ${formatCount(row.workforce, lang)}`,
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          itemStyle: { areaColor: NO_DATA.background, borderColor: '#ffffff', borderWidth: 0.8 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f5b942' } },
          data: rows.map((r) => ({
            name: r.code,
            value: r.coveragePct ?? Number.NaN,
            itemStyle: { areaColor: coverageColors(r.coveragePct).background },
          })),
        },
      ],
    }),
    [mapName, rows, byCode, t, lang],
  );

  const onClick = useCallback(
    (event: ChartClick) => {
      if (byCode.has(event.name)) navigate(withParams(regionPath(event.name)));
    },
    [byCode, navigate, withParams],
  );

  if (geo.isError) return <ErrorState error={geo.error} />;
  if (!registered) return <LoadingText visible />;
  return <EChart option={option} height={460} ariaLabel={t('mapTitle')} onClick={onClick} />;
}
