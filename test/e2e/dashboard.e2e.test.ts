import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/coverage/coverage.schemas.ts';
import { formatCount, formatPercent } from '../../src/shared/format.ts';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';
import { runNpmCli } from '../helpers/server.ts';

const session = startDashboardSession();

// Districts, villages, segments and exports are for accounts whose scope holds the region; the
// national administrator's holds all of Indonesia (the anonymous view is in auth.e2e.test.ts).
beforeAll(() => session.loginAsDemo(DEMO.national));

const text = session.text;
const api = (path: string) => session.api<CoverageReport>(path);

async function expectRegion(name: string) {
  await session.page.getByTestId('region-name').filter({ hasText: name }).waitFor({ timeout: 20_000 });
}

/** Reads the KPI cards and checks them against the API's figures for the same region and month. */
async function expectKpis(report: CoverageReport) {
  expect(await text('kpi-coverage')).toContain(formatPercent(report.coveragePct));
  expect(await text('kpi-target')).toContain(formatPercent(report.targetPct));
  expect(await text('kpi-workforce')).toContain(formatCount(report.workforce));
  expect(await text('kpi-active')).toContain(formatCount(report.active));
  expect(await text('kpi-gap-workers')).toContain(formatCount(report.gapWorkers));
  expect(await text('kpi-rank')).toContain(`${report.rank} dari ${report.rankOf}`);
}

describe('dashboard in Chromium: Indonesia → Jambi → Sarolangun', () => {
  it('opens the national overview with the demo label and the province map', async () => {
    await session.page.goto(`${session.server.url}/?bulan=2024-10`);
    await expectRegion('Indonesia');
    expect(await session.page.getByTestId('demo-banner').isVisible()).toBe(true);
    expect(await session.page.getByTestId('province-map').locator('[data-testid^="tile-"]').count()).toBe(38);
    expect(await session.page.getByTestId('month-select').inputValue()).toBe('2024-10');
  });

  it('drills into Jambi from the map', async () => {
    await session.page.getByTestId('tile-15').click();
    await expectRegion('Jambi');
    await expectKpis(await api('/api/v1/coverage/15?month=2024-10'));
    expect(session.page.url()).toContain('bulan=2024-10');
    expect(
      await session.page.getByTestId('children-table').locator('[data-testid^="child-row-"]').count(),
    ).toBe(11);
  });

  it('drills into Kabupaten Sarolangun and shows the seed figures (43 % of 112.000, target 65 %)', async () => {
    await session.page.getByTestId('child-row-15.03').locator('a').first().click();
    await expectRegion('Kabupaten Sarolangun');
    expect(await text('kpi-coverage')).toContain('43,00 %');
    expect(await text('kpi-target')).toContain('65,00 %');
    expect(await text('kpi-workforce')).toContain('112.000');
    expect(await text('kpi-active')).toContain('48.160');
    expect(await text('kpi-gap-workers')).toContain('24.640');
    await expectKpis(await api('/api/v1/coverage/15.03?month=2024-10'));
    const breadcrumb = await text('breadcrumb');
    expect(breadcrumb).toContain('Indonesia');
    expect(breadcrumb).toContain('Jambi');
    expect(await session.page.getByTestId('trend-chart').locator('canvas, svg').count()).toBeGreaterThan(0);
  });

  it('offers the children table as an Excel file', async () => {
    const href = await session.page.getByTestId('export-children').getAttribute('href');
    expect(href).toContain('/api/v1/coverage/15.03/export');
    // With the page's session cookie, as the browser's download would be.
    const response = await session.page.request.get(new URL(href as string, session.server.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('spreadsheetml');
  });

  it('switches to English', async () => {
    await session.page.getByTestId('lang-toggle').click();
    await session.page.getByTestId('kpi-coverage').filter({ hasText: '43.00%' }).waitFor({ timeout: 10_000 });
    await session.page.getByTestId('lang-toggle').click();
    await session.page
      .getByTestId('kpi-coverage')
      .filter({ hasText: '43,00 %' })
      .waitFor({ timeout: 10_000 });
  });

  it('finds a region by name, whatever the case', async () => {
    await session.page.getByTestId('search-input').fill('PANGKAL PINANG');
    await session.page.getByTestId('search-result-19.71').click();
    await expectRegion('Kota Pangkal Pinang');
  });

  it('opens a village page directly from its URL (a shared link)', async () => {
    const village = await api('/api/v1/coverage/15.03.01?month=2024-10');
    const first = village.children[0];
    if (!first) throw new Error('demo district without villages');
    await session.page.goto(`${session.server.url}/wilayah/${first.code}?bulan=2024-10`);
    await expectRegion(first.name);
    expect(await text('kpi-active')).toContain(formatCount(first.active));
    expect(await session.page.getByTestId('children-table').count()).toBe(0);
  });

  it('the CLI gives the same coverage object as the API (npm run -s cakupan)', async () => {
    const fromApi = await api('/api/v1/coverage/15.03?month=2024-10');
    await session.server.stop();
    const result = await runNpmCli(['coverage', '15.03', '--month', '2024-10', '--json'], session.server.env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(fromApi);
  });
});
