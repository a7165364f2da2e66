import { formatPercent, type Lang } from '../../../../src/shared/format.ts';
import type { OptimizeAnswer } from '../../api/useFundingTools.ts';
import { CHART_FONT, type ChartOption, dataIndexOf, escapeHtml } from '../../charts/echarts.ts';
import type { Translate } from '../../i18n.ts';

type District = OptimizeAnswer['districts'][number];
const COLORS = { before: '#9fb3c8', after: '#0b5c99', target: '#c2410c' };
const pct = (bp: number | null) => (bp === null ? Number.NaN : bp / 100);

/** Each district's coverage before and after the budget (bars) and its target (a marker), in percent. */
export function districtOption(districts: readonly District[], t: Translate, lang: Lang): ChartOption {
  const rows = [...districts].reverse(); // ECharts draws the first category at the bottom.
  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#3e4c59' } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const d = rows[dataIndexOf(params)];
        if (!d) return '';
        return [
          `<strong>${escapeHtml(d.name)}</strong>`,
          `${t('fundBefore')}: ${formatPercent(d.beforeBp === null ? null : d.beforeBp / 100, lang)}`,
          `${t('fundAfter')}: ${formatPercent(d.afterBp === null ? null : d.afterBp / 100, lang)}`,
          `${t('fundTarget')}: ${formatPercent(d.targetBp === null ? null : d.targetBp / 100, lang)}`,
        ].join('<br/>');
      },
    },
    yAxis: { type: 'category', data: rows.map((d) => d.name), axisLabel: { color: '#52606d' } },
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { color: '#52606d', formatter: (v: number) => formatPercent(v, lang, { digits: 0 }) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      {
        name: t('fundBefore'),
        type: 'bar',
        data: rows.map((d) => pct(d.beforeBp)),
        itemStyle: { color: COLORS.before },
        barMaxWidth: 12,
      },
      {
        name: t('fundAfter'),
        type: 'bar',
        data: rows.map((d) => pct(d.afterBp)),
        itemStyle: { color: COLORS.after },
        barMaxWidth: 12,
      },
      {
        name: t('fundTarget'),
        type: 'line',
        data: rows.map((d) => pct(d.targetBp)),
        itemStyle: { color: COLORS.target },
        lineStyle: { opacity: 0 },
        symbol: 'diamond',
        symbolSize: 11,
        connectNulls: false,
      },
    ],
  };
}
