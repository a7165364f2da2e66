import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/coverage/coverage.schemas.ts';
import { assembleMovement } from '../../src/protection/movement.rules.ts';
import type { MovementResponse } from '../../src/protection/movement.schemas.ts';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';

/**
 * The waterfall on the region page. The demo's figures are imported aggregates, so the page is shown a
 * registry source for Sarolangun and a movement answer by the browser's request routing; the API side
 * of both is proven in test/http/movement.http.test.ts and test/db/protection.db.test.ts.
 */
const session = startDashboardSession();
beforeAll(() => session.loginAsDemo(DEMO.national));

// 48,160 + 1,210 + 95 − 1,020 − 310 − 12 − 40 = 48,083
const MOVEMENT: MovementResponse = {
  regionCode: '15.03',
  from: '2024-04',
  to: '2024-10',
  source: 'registry',
  ...assembleMovement(48_160, 48_083, {
    new_enrolments: 1_210,
    reactivations: 95,
    lapses: 1_020,
    employer_closures: 310,
    exit_death: 12,
    exit_retirement: 40,
  }),
};

describe('why coverage moved: the waterfall on the region page', () => {
  it('is drawn for a registry region, with the steps and the identity as text', async () => {
    const page = session.page;
    await page.route('**/api/v1/coverage/15.03?*', async (route) => {
      const response = await route.fetch();
      const report = (await response.json()) as CoverageReport;
      report.source.active.kind = 'registry';
      await route.fulfill({ response, json: report });
    });
    const asked: string[] = [];
    await page.route('**/api/v1/coverage/15.03/movement?*', async (route) => {
      asked.push(new URL(route.request().url()).search);
      await route.fulfill({ json: MOVEMENT });
    });
    await page.goto(`${session.server.url}/wilayah/15.03?bulan=2024-10`);
    const panel = page.getByTestId('movement-chart');
    await panel.getByTestId('movement-check').waitFor({ timeout: 30_000 });
    // Six months up to the month on screen by default.
    expect(asked[0]).toBe('?from=2024-04&to=2024-10');
    expect(await panel.locator('h2').textContent()).toBe('Mengapa cakupan berubah');
    expect(await panel.getByTestId('movement-check').textContent()).toBe('48.160 + perubahan (−77) = 48.083');
    // Start, six non-zero steps, end: eight bars in the SVG chart, labels in Indonesian.
    const svg = panel.locator('svg');
    await svg.waitFor();
    expect(await svg.textContent()).toContain('Peserta baru');
    expect(await svg.textContent()).toContain('Pemberi kerja tutup');
  });
});
