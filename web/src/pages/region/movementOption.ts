import type { MovementResponse } from '../../../../src/protection/movement.schemas.ts';
import { formatCount, formatCountShort, formatMonth, type Lang } from '../../../../src/shared/format.ts';
import { CHART_FONT, type ChartOption, dataIndexOf, escapeHtml } from '../../charts/echarts.ts';
import { pick, type Translate } from '../../i18n.ts';

const COLORS = { total: '#0b5c99', increase: '#2f855a', decrease: '#c53030' };

export interface WaterfallBar {
  readonly label: string;
  /** Invisible part under the bar: where it starts. */
  readonly base: number;
  /** Visible height (never negative). */
  readonly height: number;
  readonly kind: 'total' | 'increase' | 'decrease';
  /** Signed change, or the total for the first and last bar. */
  readonly value: number;
}

/**
 * The bars of the waterfall: start total, every non-zero step floating from the running total, end
 * total. A decrease of 6 from 100 is a bar from 94 to 100 (base 94, height 6).
 */
export function waterfallBars(m: MovementResponse, t: Translate, lang: Lang): WaterfallBar[] {
  const bars: WaterfallBar[] = [
    {
      label: t('movementStart', { month: formatMonth(m.from, lang, true) }),
      base: 0,
      height: m.startActive,
      kind: 'total',
      value: m.startActive,
    },
  ];
  let running = m.startActive;
  for (const step of m.steps) {
    if (step.value === 0) continue;
    const next = running + step.value;
    bars.push({
      label: pick(lang, step.labelId, step.labelEn),
      base: Math.min(running, next),
      height: Math.abs(step.value),
      kind: step.value > 0 ? 'increase' : 'decrease',
      value: step.value,
    });
    running = next;
  }
  bars.push({
    label: t('movementEnd', { month: formatMonth(m.to, lang, true) }),
    base: 0,
    height: m.endActive,
    kind: 'total',
    value: m.endActive,
  });
  return bars;
}

/**
 * Where the value axis starts. A region of 48,160 that lost 1,020 would draw the steps a few pixels
 * high on an axis from zero, so the axis starts a little below the lowest running total (rounded to a
 * power of ten under the range), and at zero when the steps are large anyway.
 */
export function axisMin(bars: readonly WaterfallBar[]): number {
  const low = Math.min(...bars.map((b) => (b.kind === 'total' ? b.height : b.base)));
  const high = Math.max(...bars.map((b) => b.base + b.height));
  const span = Math.max(high - low, 1);
  const wanted = low - span * 0.6;
  if (wanted <= 0) return 0;
  const step = 10 ** Math.floor(Math.log10(span));
  return Math.floor(wanted / step) * step;
}

/** A bar waterfall: a transparent stacked base under each visible bar. */
export function movementOption(m: MovementResponse, t: Translate, lang: Lang): ChartOption {
  const bars = waterfallBars(m, t, lang);
  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltip(bars[dataIndexOf(params)], t, lang),
    },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      axisLabel: { color: '#52606d', interval: 0, rotate: bars.length > 6 ? 30 : 0, fontSize: 11 },
    },
    yAxis: {
      type: 'value',
      min: axisMin(bars),
      axisLabel: { color: '#52606d', formatter: (v: number) => formatCountShort(v, lang) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      {
        type: 'bar',
        stack: 'waterfall',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: bars.map((b) => b.base),
      },
      {
        type: 'bar',
        stack: 'waterfall',
        barMaxWidth: 36,
        data: bars.map((b) => ({ value: b.height, itemStyle: { color: COLORS[b.kind] } })),
        label: {
          show: true,
          position: 'top',
          color: '#3e4c59',
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => signed(bars[p.dataIndex], lang),
        },
      },
    ],
  };
}

function signed(bar: WaterfallBar | undefined, lang: Lang): string {
  if (!bar) return '';
  if (bar.kind === 'total') return formatCount(bar.value, lang);
  return `${bar.value > 0 ? '+' : '−'}${formatCount(Math.abs(bar.value), lang)}`;
}

function tooltip(bar: WaterfallBar | undefined, t: Translate, lang: Lang): string {
  if (!bar) return '';
  const what =
    bar.kind === 'total'
      ? t('movementTotal')
      : bar.kind === 'increase'
        ? t('movementIncrease')
        : t('movementDecrease');
  return `<strong>${escapeHtml(bar.label)}</strong><br/>${what}: ${signed(bar, lang)}`;
}
