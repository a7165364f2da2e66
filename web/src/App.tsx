import { Route, Switch } from 'wouter';
import { Layout } from './layout/Layout.tsx';
import { CalculatorPage } from './pages/calculator/CalculatorPage.tsx';
import { ImportPage } from './pages/import/ImportPage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { RankingPage } from './pages/ranking/RankingPage.tsx';
import { RegionPage } from './pages/region/RegionPage.tsx';

/**
 * Routes: `/` (Indonesia), `/wilayah/:code`, `/peringkat`, `/impor`, `/kalkulator`; anything else is the
 * 404 page.
 */
export function App() {
  return (
    <Layout>
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
        <Route component={NotFoundPage} />
      </Switch>
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
