import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingText } from './components/Skeleton.tsx';
import { Layout } from './layout/Layout.tsx';
import { PasswordGate } from './layout/PasswordGate.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { PasswordPage } from './pages/password/PasswordPage.tsx';
import { RegionPage } from './pages/region/RegionPage.tsx';

// Every page but the first view (a region), login and the password pages loads when first opened:
// the first view then parses only its own code (issue 8: the dashboard's first view).
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const CalculatorPage = lazy(() =>
  import('./pages/calculator/CalculatorPage.tsx').then((m) => ({ default: m.CalculatorPage })),
);
const EmployerPage = lazy(() =>
  import('./pages/employers/EmployerPage.tsx').then((m) => ({ default: m.EmployerPage })),
);
const EmployerRegisterPage = lazy(() =>
  import('./pages/employers/EmployerRegisterPage.tsx').then((m) => ({ default: m.EmployerRegisterPage })),
);
const FundingPage = lazy(() =>
  import('./pages/funding/FundingPage.tsx').then((m) => ({ default: m.FundingPage })),
);
const ProgramCreatePage = lazy(() =>
  import('./pages/funding/ProgramCreatePage.tsx').then((m) => ({ default: m.ProgramCreatePage })),
);
const ProgramPage = lazy(() =>
  import('./pages/funding/ProgramPage.tsx').then((m) => ({ default: m.ProgramPage })),
);
const SimulationPage = lazy(() =>
  import('./pages/funding/SimulationPage.tsx').then((m) => ({ default: m.SimulationPage })),
);
const ImportPage = lazy(() =>
  import('./pages/import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);
const ParticipantPage = lazy(() =>
  import('./pages/participant/ParticipantPage.tsx').then((m) => ({ default: m.ParticipantPage })),
);
const ParticipantsPage = lazy(() =>
  import('./pages/participants/ParticipantsPage.tsx').then((m) => ({ default: m.ParticipantsPage })),
);
const ProjectPage = lazy(() =>
  import('./pages/project/ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })),
);
const ProjectsPage = lazy(() =>
  import('./pages/project/ProjectsPage.tsx').then((m) => ({ default: m.ProjectsPage })),
);
const RankingPage = lazy(() =>
  import('./pages/ranking/RankingPage.tsx').then((m) => ({ default: m.RankingPage })),
);
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));

/**
 * Routes: `/` (Indonesia), `/wilayah/:code`, `/peringkat`, `/impor`, `/kalkulator`, `/masuk` (login),
 * `/sandi` (own password), `/pengguna` (accounts and tokens), `/audit`, `/peserta` and `/peserta/:id`
 * (participant registry), `/pemberi-kerja` and `/pemberi-kerja/:id` (employers), `/pendanaan`,
 * `/pendanaan/baru`, `/pendanaan/simulasi` and `/pendanaan/:id` (funding of vulnerable workers);
 * anything else is the 404 page.
 */
export function App() {
  return (
    <Layout>
      <PasswordGate>
        <Suspense fallback={<LoadingText visible />}>
          <Switch>
            <Route path="/">
              <RegionPage code="00" />
            </Route>
            <Route path="/wilayah/:code">
              {(params) => <RegionPage key={params.code} code={safeDecode(params.code)} />}
            </Route>
            <Route path="/peringkat" component={RankingPage} />
            <Route path="/impor" component={ImportPage} />
            <Route path="/kalkulator" component={CalculatorPage} />
            <Route path="/masuk" component={LoginPage} />
            <Route path="/sandi" component={PasswordPage} />
            <Route path="/pengguna" component={UsersPage} />
            <Route path="/audit" component={AuditPage} />
            <Route path="/peserta" component={ParticipantsPage} />
            <Route path="/peserta/:id">
              {(params) => <ParticipantPage key={params.id} id={params.id} />}
            </Route>
            <Route path="/pemberi-kerja" component={EmployerRegisterPage} />
            <Route path="/pemberi-kerja/:id">
              {(params) => <EmployerPage key={params.id} id={params.id} />}
            </Route>
            <Route path="/proyek" component={ProjectsPage} />
            <Route path="/proyek/:id">{(params) => <ProjectPage key={params.id} id={params.id} />}</Route>
            <Route path="/pendanaan" component={FundingPage} />
            <Route path="/pendanaan/baru" component={ProgramCreatePage} />
            <Route path="/pendanaan/simulasi" component={SimulationPage} />
            <Route path="/pendanaan/:id">{(params) => <ProgramPage key={params.id} id={params.id} />}</Route>
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </PasswordGate>
    </Layout>
  );
}

/** A malformed escape in a hand-typed URL must not crash the app; the API then reports the bad code. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
