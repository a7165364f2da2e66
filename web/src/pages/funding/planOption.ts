import type { LineSeriesOption } from 'echarts/charts';
import { formatCount, formatCountShort, formatMonth, type Lang } from '../../../../src/shared/format.ts';
import type { PlanAnswer } from '../../api/useFundingTools.ts';
import { CHART_FONT, type ChartOption, dataIndexOf } from '../../charts/echarts.ts';
import type { Translate } from '../../i18n.ts';

const COLORS = { none: '#9aa5b1', without: '#0b5c99', with: '#2f855a', target: '#c2410c' };

const line = (
  name: string,
  data: (number | null)[],
  color: string,
  extra: LineSeriesOption = {},
): LineSeriesOption => ({
  name,
  type: 'line',
  data: data.map((v) => v ?? Number.NaN),
  itemStyle: { color },
  lineStyle: { width: 2.5 },
  symbol: 'none',
  connectNulls: false,
  ...extra,
});

/**
 * Active participants month by month: with no new enrolments (only exits), with the enrolments needed
 * without funding, with funding, and the target (dashed).
 */
export function planOption(plan: PlanAnswer, t: Translate, lang: Lang): ChartOption {
  const rows = plan.trajectory;
  const funded = rows.some((r) => r.withFunding !== null && r.withFunding !== undefined);
  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#3e4c59' } },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const r = rows[dataIndexOf(params)];
        if (!r) return '';
        return [
          `<strong>${formatMonth(r.month, lang)}</strong>`,
          `${t('fundPlanLineNone')}: ${formatCount(r.noNewEnrolments, lang)}`,
          `${t('fundPlanLineWithout')}: ${formatCount(r.withoutFunding, lang)}`,
          ...(funded ? [`${t('fundPlanLineWith')}: ${formatCount(r.withFunding, lang)}`] : []),
          `${t('fundTarget')}: ${formatCount(r.targetWorkers, lang)}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => formatMonth(r.month, lang, true)),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: '#52606d', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: '#52606d', formatter: (v: number) => formatCountShort(v, lang) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      line(
        t('fundPlanLineNone'),
        rows.map((r) => r.noNewEnrolments),
        COLORS.none,
        { lineStyle: { width: 2, type: 'dotted' } },
      ),
      line(
        t('fundPlanLineWithout'),
        rows.map((r) => r.withoutFunding),
        COLORS.without,
      ),
      ...(funded
        ? [
            line(
              t('fundPlanLineWith'),
              rows.map((r) => r.withFunding),
              COLORS.with,
            ),
          ]
        : []),
      line(
        t('fundTarget'),
        rows.map((r) => r.targetWorkers),
        COLORS.target,
        { lineStyle: { width: 2, type: 'dashed' }, step: 'end' },
      ),
    ],
  };
}
