import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { init } from './echarts.ts';

export interface ChartClick {
  name: string;
  dataIndex: number;
}

/**
 * Thin React wrapper: one ECharts instance per mounted element, options replaced (not merged) on
 * change, resized with its container, disposed on unmount. The chart itself is hidden from assistive
 * technology behind `ariaLabel`; each chart's caller also renders its key figures as text.
 */
export function EChart({
  option,
  height,
  ariaLabel,
  onClick,
}: {
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  onClick?: (event: ChartClick) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: { name?: string; dataIndex?: number }) =>
      onClick({ name: params.name ?? '', dataIndex: params.dataIndex ?? -1 });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return <div ref={element} className="chart" style={{ height }} role="img" aria-label={ariaLabel} />;
}
