import { Route, Switch } from 'wouter';
import { Layout } from './layout/Layout.tsx';
import { PasswordGate } from './layout/PasswordGate.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
import { CalculatorPage } from './pages/calculator/CalculatorPage.tsx';
import { EmployerPage } from './pages/employers/EmployerPage.tsx';
import { EmployerRegisterPage } from './pages/employers/EmployerRegisterPage.tsx';
import { FundingPage } from './pages/funding/FundingPage.tsx';
import { ProgramCreatePage } from './pages/funding/ProgramCreatePage.tsx';
import { ProgramPage } from './pages/funding/ProgramPage.tsx';
import { SimulationPage } from './pages/funding/SimulationPage.tsx';
import { ImportPage } from './pages/import/ImportPage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { ParticipantPage } from './pages/participant/ParticipantPage.tsx';
import { ParticipantsPage } from './pages/participants/ParticipantsPage.tsx';
import { PasswordPage } from './pages/password/PasswordPage.tsx';
import { ProjectPage } from './pages/project/ProjectPage.tsx';
import { ProjectsPage } from './pages/project/ProjectsPage.tsx';
import { RankingPage } from './pages/ranking/RankingPage.tsx';
import { RegionPage } from './pages/region/RegionPage.tsx';
import { UsersPage } from './pages/users/UsersPage.tsx';

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
          <Route path="/peserta/:id">{(params) => <ParticipantPage key={params.id} id={params.id} />}</Route>
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
