import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';

/**
 * Funding of vulnerable workers in Chromium, as the Sarolangun regency government (funding.manage on
 * 15.03): a program created through the form, its page, and the three planning tools on the demo
 * figures. The arithmetic itself is proven in src/funding/*.rules.test.ts; here the pages must show it.
 */
const session = startDashboardSession();
const testId = (id: string) => session.page.getByTestId(id);
beforeAll(() => session.loginAsDemo(DEMO.regency));

const CODE = 'E2E-UCJ-2025';

describe('funding pages: program, simulator, optimizer, planner', () => {
  it('creates a 2025 APBD program through the form and shows its price per worker-month', async () => {
    const page = session.page;
    await testId('nav-funding').click();
    await testId('fund-programs').waitFor({ timeout: 20_000 });
    await testId('fund-new').click();
    await testId('fund-form').waitFor();
    // A regency government starts on its own regency, paying as one, for January–December.
    expect(await testId('fund-region').inputValue()).toBe('15.03');
    expect(await testId('fund-funderKind').inputValue()).toBe('regency');

    await testId('fund-code').fill(CODE.toLowerCase());
    expect(await testId('fund-code').inputValue()).toBe(CODE);
    await testId('fund-name').fill('Perlindungan pekerja rentan (uji e2e)');
    await testId('fund-fiscalYear').fill('2025');
    expect(await testId('fund-periodFrom').inputValue()).toBe('2025-01');
    expect(await testId('fund-periodTo').inputValue()).toBe('2025-12');
    await testId('fund-budget').fill('1.008.000.000');
    await testId('fund-legalBasis').fill('Perda APBD Kabupaten Sarolangun 2025 (uji)');
    await testId('fund-submit').click();

    await testId('fund-program').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/pendanaan\/\d+$/);
    expect(await testId('fund-program-code').textContent()).toBe(CODE);
    // JKK 1 % × Rp1.000.000 + JKM Rp6.800, no PP 50/2025 discount for a government budget.
    expect(await testId('fund-cost-month').textContent()).toBe('Rp16.800');
    // 12 × Rp16.800 = Rp201.600; Rp1.008.000.000 ÷ Rp201.600 = 5.000 workers.
    expect(await testId('fund-cost-worker').textContent()).toBe('Rp201.600');
    expect(await testId('fund-capacity').textContent()).toBe('5.000 pekerja');
    await testId('fund-usage-table').waitFor({ timeout: 20_000 });
    expect(await testId('fund-usage-table').locator('tbody tr').count()).toBe(12);
  });

  it('refuses a duplicate code with the server’s message, in Indonesian and English', async () => {
    await session.page.goto(`${session.server.url}/pendanaan/baru`);
    await testId('fund-form').waitFor({ timeout: 20_000 });
    await testId('fund-code').fill(CODE);
    await testId('fund-name').fill('Program kedua dengan kode sama');
    await testId('fund-fiscalYear').fill('2025');
    await testId('fund-budget').fill('201600');
    await testId('fund-submit').click();
    const error = testId('fund-form-error');
    await error.filter({ hasText: `Kode program ${CODE} sudah dipakai` }).waitFor({ timeout: 20_000 });
    await testId('lang-toggle').click();
    await error.filter({ hasText: `Program code ${CODE} is taken` }).waitFor();
    await testId('lang-toggle').click();
  });

  it('simulates Rp1.008.000.000 for January–December 2025: 5.000 workers, with the arithmetic', async () => {
    await session.page.goto(`${session.server.url}/pendanaan/simulasi?region=15.03`);
    await testId('fund-sim-form').waitFor({ timeout: 20_000 });
    expect(await testId('fund-sim-region').inputValue()).toBe('15.03');
    await testId('fund-sim-budget').fill('1.008.000.000');
    await testId('fund-sim-from').fill('2025-01');
    await testId('fund-sim-to').fill('2025-12');
    await testId('fund-sim-submit').click();
    await testId('fund-sim-result').waitFor({ timeout: 20_000 });
    expect(await testId('fund-sim-workers').textContent()).toBe('5.000');
    const steps = (await testId('fund-sim-steps').textContent()) ?? '';
    expect(steps).toContain('12 bulan × Rp16.800 = Rp201.600');
    expect(steps).toContain('Rp1.008.000.000 ÷ Rp201.600 = 5.000 pekerja');
    await testId('fund-sim-chart').locator('svg').waitFor();
  });

  it('optimises the same budget over the villages of Sarolangun and lists its choices', async () => {
    await testId('fund-tab-optimizer').click();
    await testId('fund-opt-form').waitFor();
    await testId('fund-opt-budget').fill('1.008.000.000');
    await testId('fund-opt-from').fill('2025-01');
    await testId('fund-opt-to').fill('2025-12');
    await testId('fund-opt-strategy-poorest_first').check();
    await testId('fund-opt-submit').click();
    const choices = testId('fund-opt-choices');
    await choices.waitFor({ timeout: 30_000 });
    expect(await choices.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await testId('fund-opt-workers').textContent()).toBe('5.000');
    expect(await testId('fund-opt-rule').textContent()).toContain('Termiskin dulu');
  });

  it('plans the enrolments needed to reach 65 % and draws the trajectory', async () => {
    await testId('fund-tab-planner').click();
    await testId('fund-plan-form').waitFor();
    await testId('fund-plan-target').fill('65');
    await testId('fund-plan-funding-assumed').check();
    await testId('fund-plan-workers').fill('5000');
    await testId('fund-plan-submit').click();
    const chart = testId('fund-plan-chart');
    await chart.waitFor({ timeout: 30_000 });
    await chart.locator('svg').waitFor();
    expect(await testId('fund-plan-needed').textContent()).toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(await testId('fund-plan-steps').locator('li').count()).toBeGreaterThan(0);
  });
});
