import type { LineSeriesOption } from 'echarts/charts';
import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatMonth, formatPercent, type Lang } from '../../../../src/shared/format.ts';
import { CHART_FONT, type ChartOption, dataIndexOf, escapeHtml } from '../../charts/echarts.ts';
import type { Translate } from '../../i18n.ts';

type Row = CoverageReport['trend'][number];

const COLORS = { coverage: '#0b5c99', target: '#c2410c', active: '#d9e4ee', selected: '#7b8794' };

/** Monthly coverage (left axis, target as a dashed step line) over active participants (bars, right). */
export function trendOption(report: CoverageReport, t: Translate, lang: Lang): ChartOption {
  const rows = report.trend;
  const months = rows.map((r) => formatMonth(r.month, lang, true));
  const selected = rows.findIndex((r) => r.month === report.month);
  const highest = Math.max(0, ...rows.flatMap((r) => [r.coveragePct ?? 0, r.targetPct ?? 0]));
  const yMax = Math.min(100, Math.ceil((highest + 8) / 10) * 10);
  const hasTarget = rows.some((r) => r.targetPct !== null);

  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#3e4c59' } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltip(rows[dataIndexOf(params)], t, lang),
    },
    xAxis: {
      type: 'category',
      data: months,
      axisTick: { alignWithLabel: true },
      axisLabel: { color: '#52606d', hideOverlap: true },
    },
    yAxis: [
      {
        type: 'value',
        min: 0,
        max: yMax,
        axisLabel: { color: '#52606d', formatter: (v: number) => formatPercent(v, lang, { digits: 0 }) },
        splitLine: { lineStyle: { color: '#e4e7eb' } },
      },
      {
        type: 'value',
        min: 0,
        axisLabel: { color: '#9aa5b1', formatter: (v: number) => formatCount(v, lang) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: t('kpiActive'),
        type: 'bar',
        yAxisIndex: 1,
        data: rows.map((r) => r.active),
        itemStyle: { color: COLORS.active },
        barMaxWidth: 10,
        z: 1,
      },
      coverageSeries(rows, selected, months[selected], t, lang),
      ...(hasTarget ? [targetSeries(rows, t)] : []),
    ],
  };
}

function tooltip(row: Row | undefined, t: Translate, lang: Lang): string {
  if (!row) return '';
  return [
    `<strong>${escapeHtml(formatMonth(row.month, lang))}</strong>`,
    `${t('kpiCoverage')}: <strong>${formatPercent(row.coveragePct, lang)}</strong>`,
    `${t('kpiTarget')}: ${formatPercent(row.targetPct, lang)}`,
    `${t('kpiActive')}: ${formatCount(row.active, lang)}`,
    `${t('kpiWorkforce')}: ${formatCount(row.workforce, lang)}`,
  ].join('<br/>');
}

/** The selected month is drawn as a larger, labelled point on a dotted vertical line. */
function coverageSeries(
  rows: readonly Row[],
  selected: number,
  selectedLabel: string | undefined,
  t: Translate,
  lang: Lang,
): LineSeriesOption {
  return {
    name: t('kpiCoverage'),
    type: 'line',
    data: rows.map((r, i) =>
      i === selected
        ? {
            value: r.coveragePct ?? Number.NaN,
            symbolSize: 11,
            label: {
              show: r.coveragePct !== null,
              position: 'top',
              distance: 8,
              fontWeight: 'bold',
              color: COLORS.coverage,
              backgroundColor: 'rgba(255,255,255,0.85)',
              formatter: () => formatPercent(r.coveragePct, lang),
            },
          }
        : (r.coveragePct ?? Number.NaN),
    ),
    itemStyle: { color: COLORS.coverage },
    lineStyle: { width: 2.5 },
    symbol: 'circle',
    symbolSize: 5,
    connectNulls: false,
    z: 3,
    markLine:
      selectedLabel !== undefined
        ? {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: COLORS.selected, type: 'dotted', width: 1.5 },
            data: [{ xAxis: selectedLabel }],
          }
        : undefined,
  };
}

function targetSeries(rows: readonly Row[], t: Translate): LineSeriesOption {
  return {
    name: t('kpiTarget'),
    type: 'line',
    data: rows.map((r) => r.targetPct ?? Number.NaN),
    step: 'middle',
    symbol: 'none',
    itemStyle: { color: COLORS.target },
    lineStyle: { type: 'dashed', width: 2 },
    z: 2,
  };
}
