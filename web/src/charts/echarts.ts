import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Modular ECharts: only the pieces the dashboard draws, registered once. This module is reached only
 * through lazily loaded chart components, so ECharts never delays the first view of the KPIs.
 * SVG rendering keeps text crisp and zoomable, and the charts are small.
 */
use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

export { getInstanceByDom, init, registerMap, use } from 'echarts/core';

/** Tooltip callbacks receive one item or an array (axis trigger); we only need the data index. */
export function dataIndexOf(params: unknown): number {
  const first = Array.isArray(params) ? params[0] : params;
  const index = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof index === 'number' ? index : -1;
}

/** Tooltip HTML is built from API strings (region names); escape them. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const CHART_FONT = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
