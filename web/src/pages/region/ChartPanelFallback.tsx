import { LoadingText, Skeleton } from '../../components/Skeleton.tsx';

/** Placeholder with the chart's size while the chart code loads, so the page does not jump. */
export function ChartPanelFallback({ testId }: { testId?: string }) {
  return (
    <section className="panel" data-testid={testId}>
      <Skeleton width="40%" height="1.2rem" />
      <div className="chart-placeholder">
        <LoadingText />
      </div>
    </section>
  );
}
