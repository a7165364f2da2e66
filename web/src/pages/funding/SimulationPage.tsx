import { lazy, type ReactNode, Suspense, useId } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useSession } from '../../api/useSession.ts';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { FundTabs, type TabSpec } from './FundTabs.tsx';
import { FUNDING_PERMISSION } from './fundingPermissions.ts';
import { type ToolDefaults, toolDefaults } from './toolDefaults.ts';
import '../participants/registry.css';
import './funding.css';

// Each tool draws ECharts charts: loaded on demand, after the page's frame is on screen.
const SimulatorPanel = lazy(() =>
  import('./SimulatorPanel.tsx').then((m) => ({ default: m.SimulatorPanel })),
);
const OptimizerPanel = lazy(() =>
  import('./OptimizerPanel.tsx').then((m) => ({ default: m.OptimizerPanel })),
);
const PlannerPanel = lazy(() => import('./PlannerPanel.tsx').then((m) => ({ default: m.PlannerPanel })));

type Tool = 'simulator' | 'optimizer' | 'planner';
const TABS: readonly TabSpec<Tool>[] = [
  { id: 'simulator', label: 'fundTabSimulator' },
  { id: 'optimizer', label: 'fundTabOptimizer' },
  { id: 'planner', label: 'fundTabPlanner' },
];
const TOOLS: readonly Tool[] = ['simulator', 'optimizer', 'planner'];

/**
 * `/pendanaan/simulasi?alat=&region=`: the budget simulator, the optimizer and the target planner.
 * The region (and the tool) come from the query string, so the region page can link straight here.
 */
export function SimulationPage() {
  const { t } = useT();
  useDocumentTitle(t('fundToolsTitle'));
  return (
    <RequirePermission anyOf={[FUNDING_PERMISSION.read]}>
      <Tools />
    </RequirePermission>
  );
}

function Tools() {
  const { t } = useT();
  const id = useId();
  const user = useSession().data?.user;
  const [params, setParams] = useSearchParams();
  const raw = params.get('alat') as Tool | null;
  const active: Tool = raw && TOOLS.includes(raw) ? raw : 'simulator';
  const defaults: ToolDefaults = toolDefaults(params.get('region'), user?.regions);
  const idOf = (tab: Tool) => ({ tab: `${id}-${tab}-tab`, panel: `${id}-${tab}-panel` });
  const select = (tab: Tool) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('alat', tab);
      return next;
    });
  const panel = (tab: Tool, content: ReactNode) => (
    <div
      role="tabpanel"
      id={idOf(tab).panel}
      aria-labelledby={idOf(tab).tab}
      hidden={active !== tab}
      className="fund-tab-panel"
    >
      <Suspense fallback={<LoadingText visible />}>{content}</Suspense>
    </div>
  );
  return (
    <div className="registry-page fund-page">
      <p>
        <Link href="/pendanaan">← {t('fundBack')}</Link>
      </p>
      <div className="region-heading">
        <h1>{t('fundToolsTitle')}</h1>
        <p className="region-meta">{t('fundToolsIntro')}</p>
      </div>
      <FundTabs tabs={TABS} active={active} idOf={idOf} onSelect={select} label={t('fundToolsTitle')} />
      {panel('simulator', <SimulatorPanel defaults={defaults} />)}
      {panel('optimizer', <OptimizerPanel defaults={defaults} />)}
      {panel('planner', <PlannerPanel defaults={defaults} />)}
    </div>
  );
}
