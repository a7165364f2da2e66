import {
  formatCount,
  formatCountShort,
  formatMonth,
  formatRupiah,
  formatRupiahShort,
  type Lang,
} from '../../../../src/shared/format.ts';
import type { ProgramUsage } from '../../api/useFunding.ts';
import { CHART_FONT, type ChartOption, dataIndexOf } from '../../charts/echarts.ts';
import type { Translate } from '../../i18n.ts';

export const FUND_COLORS = {
  billed: '#9fb3c8',
  paid: '#0b5c99',
  cumulative: '#c2410c',
  budget: '#52606d',
  workers: '#2f855a',
  beneficiaries: '#7b8794',
  target: '#c2410c',
} as const;

/** The axis top: the value rounded up to a half step of its power of ten (5,99 miliar → 6 miliar). */
function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

const base = (months: string[]) => ({
  textStyle: { fontFamily: CHART_FONT },
  animationDuration: 300,
  grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#3e4c59' } },
  xAxis: {
    type: 'category' as const,
    data: months,
    axisTick: { alignWithLabel: true },
    axisLabel: { color: '#52606d', hideOverlap: true },
  },
});

/**
 * The money month by month: billed and paid as bars, what is committed so far as a line climbing
 * towards the budget (a dashed level line).
 */
export function moneyOption(usage: ProgramUsage, t: Translate, lang: Lang): ChartOption {
  const rows = usage.months;
  return {
    ...base(rows.map((r) => formatMonth(r.month, lang, true))),
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const r = rows[dataIndexOf(params)];
        if (!r) return '';
        return [
          `<strong>${formatMonth(r.month, lang)}</strong>`,
          `${t('fundBilled')}: ${formatRupiah(r.billed, lang)}`,
          `${t('fundPaid')}: ${formatRupiah(r.paid, lang)}`,
          `${t('fundCommittedToDate')}: ${formatRupiah(r.committedToDate, lang)}`,
          `${t('fundBudget')}: ${formatRupiah(usage.budget, lang)}`,
        ].join('<br/>');
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => niceCeil(Math.max(extent.max, usage.budget)),
      axisLabel: { color: '#52606d', formatter: (v: number) => formatRupiahShort(v, lang) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      {
        name: t('fundBilled'),
        type: 'bar',
        data: rows.map((r) => r.billed),
        itemStyle: { color: FUND_COLORS.billed },
        barMaxWidth: 14,
      },
      {
        name: t('fundPaid'),
        type: 'bar',
        data: rows.map((r) => r.paid),
        itemStyle: { color: FUND_COLORS.paid },
        barMaxWidth: 14,
      },
      {
        name: t('fundCommittedToDate'),
        type: 'line',
        data: rows.map((r) => r.committedToDate),
        itemStyle: { color: FUND_COLORS.cumulative },
        lineStyle: { width: 2.5 },
        symbol: 'circle',
        symbolSize: 5,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: FUND_COLORS.budget, type: 'dashed', width: 1.5 },
          label: {
            formatter: () => `${t('fundBudget')} ${formatRupiahShort(usage.budget, lang)}`,
            position: 'insideEndTop',
            color: FUND_COLORS.budget,
          },
          data: [{ yAxis: usage.budget }],
        },
      },
    ],
  };
}

/** People month by month: open funded memberships (line) and workers protected by a paid bill (bars). */
export function workersOption(usage: ProgramUsage, t: Translate, lang: Lang): ChartOption {
  const rows = usage.months;
  return {
    ...base(rows.map((r) => formatMonth(r.month, lang, true))),
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const r = rows[dataIndexOf(params)];
        if (!r) return '';
        return [
          `<strong>${formatMonth(r.month, lang)}</strong>`,
          `${t('fundProtectedWorkers')}: ${formatCount(r.protectedWorkers, lang)}`,
          `${t('fundBeneficiaries')}: ${formatCount(r.beneficiaries, lang)}`,
        ].join('<br/>');
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      axisLabel: { color: '#52606d', formatter: (v: number) => formatCountShort(v, lang) },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
    },
    series: [
      {
        name: t('fundProtectedWorkers'),
        type: 'bar',
        data: rows.map((r) => r.protectedWorkers),
        itemStyle: { color: FUND_COLORS.workers },
        barMaxWidth: 14,
      },
      {
        name: t('fundBeneficiaries'),
        type: 'line',
        step: 'middle',
        data: rows.map((r) => r.beneficiaries),
        itemStyle: { color: FUND_COLORS.beneficiaries },
        lineStyle: { type: 'dashed', width: 2 },
        symbol: 'none',
      },
    ],
  };
}
