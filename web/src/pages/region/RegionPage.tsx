import { lazy, Suspense } from 'react';
import { useCoverage } from '../../api/useCoverage.ts';
import { useMeta } from '../../api/useMeta.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useDashboardParams } from '../../state/urlParams.ts';
import { ChartPanelFallback } from './ChartPanelFallback.tsx';
import { ChildrenSection } from './ChildrenSection.tsx';
import { KpiGrid } from './KpiGrid.tsx';
import { MapSection } from './map/MapSection.tsx';
import { NotesList } from './NotesList.tsx';
import { RegionHeading } from './RegionHeading.tsx';
import { RegionSkeleton } from './RegionSkeleton.tsx';
import { SourcesSection } from './SourcesSection.tsx';

// Charts load ECharts on demand, after the KPIs are on screen.
const TrendPanel = lazy(() => import('./TrendPanel.tsx').then((m) => ({ default: m.TrendPanel })));
const SegmentPanel = lazy(() => import('./SegmentPanel.tsx').then((m) => ({ default: m.SegmentPanel })));
const MovementPanel = lazy(() => import('./MovementPanel.tsx').then((m) => ({ default: m.MovementPanel })));

/** `/` (Indonesia, code 00) and `/wilayah/:code`: everything about one region in one month. */
export function RegionPage({ code }: { code: string }) {
  const { month, basis } = useDashboardParams();
  const coverage = useCoverage({ code, month, basis });
  // Fetched in parallel; waiting for both means the demo banner and selectors are never missing
  // when the figures appear (a failed /meta does not block the page).
  const meta = useMeta();
  const report = meta.isPending ? undefined : coverage.data;
  useDocumentTitle(report?.region.name ?? null);

  if (coverage.isError) return <ErrorState error={coverage.error} onRetry={() => coverage.refetch()} />;
  if (!report) return <RegionSkeleton />;
  // Same region, another month or basis: the old figures stay (dimmed) but KPI values are withheld.
  const refreshing = coverage.isPlaceholderData;
  const level = report.region.level;

  return (
    <div className={refreshing ? 'region-page is-busy' : 'region-page'} aria-busy={refreshing}>
      <RegionHeading report={report} />
      <NotesList notes={report.notes} />
      <KpiGrid report={report} refreshing={refreshing} />
      {level <= 1 && <MapSection report={report} />}
      <div className="chart-grid">
        <Suspense fallback={<ChartPanelFallback testId="trend-chart" />}>
          <TrendPanel report={report} />
        </Suspense>
        <Suspense fallback={<ChartPanelFallback testId="segment-chart" />}>
          <SegmentPanel report={report} />
        </Suspense>
      </div>
      {/* Registry regions only: imported aggregates cannot say who joined or left. */}
      {report.visibility === 'full' && ['registry', 'mixed'].includes(report.source.active.kind) && (
        <Suspense fallback={<ChartPanelFallback testId="movement-chart" />}>
          <MovementPanel report={report} />
        </Suspense>
      )}
      {level < 4 && <ChildrenSection report={report} busy={refreshing} />}
      <SourcesSection report={report} />
    </div>
  );
}
