import { useId, useMemo } from 'react';
import { formatCount, formatMonth, formatPercent, type Lang } from '../../../../src/shared/format.ts';
import type { CoverageAnswer } from '../../api/useCoverage.ts';
import { useMeta } from '../../api/useMeta.ts';
import { EChart } from '../../charts/EChart.tsx';
import { CHART_FONT, type ChartOption } from '../../charts/echarts.ts';
import { RestrictedNotice } from '../../components/RestrictedNotice.tsx';
import { pick, useT } from '../../i18n.ts';
import { isPublicOnly } from '../../lib/visibility.ts';

const SEGMENT_COLORS: Record<string, string> = {
  PU: '#0b5c99',
  BPU: '#3a93c3',
  JAKON: '#5fb3a1',
  PMI: '#d97706',
  UNSPECIFIED: '#9aa5b1',
};

interface SegmentBar {
  code: string;
  label: string;
  value: number;
  share: number;
}

function segmentOption(bars: SegmentBar[], lang: Lang): ChartOption {
  return {
    textStyle: { fontFamily: CHART_FONT },
    animationDuration: 300,
    grid: { left: 8, right: 110, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: '#323f4b', fontSize: 12 },
    },
    tooltip: { show: false },
    series: [
      {
        type: 'bar',
        barMaxWidth: 26,
        data: bars.map((b) => ({
          value: b.value,
          itemStyle: { color: SEGMENT_COLORS[b.code] ?? '#9aa5b1' },
        })),
        label: {
          show: true,
          position: 'right',
          color: '#323f4b',
          formatter: (p: { dataIndex: number }) => {
            const bar = bars[p.dataIndex];
            return bar
              ? `${formatCount(bar.value, lang)} (${formatPercent(bar.share, lang, { digits: 1 })})`
              : '';
          },
        },
      },
    ],
  };
}

/** Active participants split into PU / BPU / Jakon / PMI, with Indonesian labels from /meta. */
export function SegmentPanel({ report }: { report: CoverageAnswer }) {
  const { t, lang } = useT();
  const headingId = useId();
  const meta = useMeta();
  const bars = useMemo<SegmentBar[]>(() => {
    const segments = report.segments;
    if (!segments) return [];
    const entries = Object.entries(segments).filter(
      ([code, v]) => v !== undefined && (code !== 'UNSPECIFIED' || v > 0),
    );
    const total = entries.reduce((sum, [, v]) => sum + (v ?? 0), 0);
    return entries.map(([code, value]) => {
      const known = meta.data?.segments.find((s) => s.code === code);
      const label = known
        ? pick(lang, known.nameId, known.nameEn)
        : code === 'UNSPECIFIED'
          ? t('segmentUnspecified')
          : code;
      return { code, label, value: value ?? 0, share: total > 0 ? ((value ?? 0) / total) * 100 : 0 };
    });
  }, [report.segments, meta.data, lang, t]);
  const option = useMemo(() => segmentOption(bars, lang), [bars, lang]);

  return (
    <section className="panel" data-testid="segment-chart" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('segmentTitle')}</h2>
        <span className="muted small">{formatMonth(report.month, lang)}</span>
      </div>
      {isPublicOnly(report) ? (
        <RestrictedNotice />
      ) : bars.length === 0 ? (
        <p className="empty">{t('segmentEmpty')}</p>
      ) : (
        <>
          <EChart
            option={option}
            height={220}
            ariaLabel={t('segmentAria', { month: formatMonth(report.month, lang) })}
          />
          <ul className="sr-only">
            {bars.map((b) => (
              <li key={b.code}>
                {b.label}: {formatCount(b.value, lang)} ({formatPercent(b.share, lang, { digits: 1 })})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
