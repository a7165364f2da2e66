import { formatPercent, type Lang } from '../../../../src/shared/format.ts';
import { CHART_FONT, type ChartOption } from '../../charts/echarts.ts';
import type { Translate } from '../../i18n.ts';

const COLORS = { before: '#9fb3c8', after: '#0b5c99', target: '#c2410c' };

/** Coverage before, after, and the target, as three labelled bars (percent; bp ÷ 100). */
export function standingOption(
  beforeBp: number,
  afterBp: number,
  targetBp: number | null,
  t: Translate,
  lang: Lang,
): ChartOption {
  const bars = [
    { name: t('fundBefore'), value: beforeBp / 100, color: COLORS.before },
    { name: t('fundAfter'), value: afterBp / 100, color: COLORS.after },
    ...(targetBp === null ? [] : [{ name: t('fundTarget'), value: targetBp / 100, color: COLORS.target }]),
  ];
  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { color: '#52606d' } },
    yAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => Math.min(100, Math.ceil((extent.max + 8) / 10) * 10),
      axisLabel: { color: '#52606d', formatter: (v: number) => formatPercent(v, lang, { digits: 0 }) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
        label: {
          show: true,
          position: 'top',
          color: '#102a43',
          formatter: (p: { value: unknown }) => formatPercent(Number(p.value), lang),
        },
      },
    ],
  };
}
