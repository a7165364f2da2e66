import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startDashboardSession } from '../helpers/dashboard.ts';

const session = startDashboardSession();

const panel = (tab: string): Locator => session.page.getByTestId(`calc-panel-${tab}`);

/** Waits until the tab's headline total reads `expected` (the live region of the result). */
async function expectTotal(tab: string, expected: string): Promise<void> {
  await panel(tab).getByTestId('calc-total').filter({ hasText: expected }).waitFor({ timeout: 20_000 });
}

async function calculatePu(wage: string): Promise<void> {
  const pu = panel('pu');
  await pu.getByTestId('calc-wage').fill(wage);
  await pu.getByTestId('calc-jkkGroup').selectOption('2');
  await pu.getByTestId('calc-month').fill('2025-03');
  await pu.getByTestId('calc-submit').click();
}

describe('contribution and benefit calculator in Chromium', () => {
  it('quotes a PU wage of 12.000.000, risk group 2, March 2025: Rp1.112.222 with the JP cap explained', async () => {
    await session.page.goto(`${session.server.url}/kalkulator`);
    await calculatePu('12.000.000');
    // JHT 444.000 + 240.000; JKK 0,54 % = 64.800; JKM 0,3 % = 36.000;
    // JP 2 % + 1 % of the capped 10.547.400 = 210.948 + 105.474; JKP government 0,22 % × 5.000.000 = 11.000.
    await expectTotal('pu', 'Rp1.112.222');
    const pu = panel('pu');
    expect(await pu.getByTestId('calc-line-JP').textContent()).toContain('Rp210.948');
    expect(await pu.getByTestId('calc-line-JP').textContent()).toContain('Rp105.474');
    expect(await pu.getByTestId('calc-line-JKP').textContent()).toContain('Rp11.000');
    expect(await pu.getByTestId('calc-line-JKK').textContent()).toContain('Rp64.800');
    const explanation = (await pu.getByTestId('calc-explanation').textContent()) ?? '';
    expect(explanation).toContain('10.547.400');
    expect(explanation).toContain('PP 45/2015');
    expect(explanation).toContain('dibulatkan ke rupiah terdekat');
    expect(await pu.getByTestId('calc-allocations').textContent()).toContain(
      'dialokasikan ke JKP (sudah termasuk)',
    );
  });

  it('moves between tabs with the arrow keys and quotes a BPU income of 1.000.000 in May 2026: Rp8.400', async () => {
    await session.page.getByTestId('calc-tab-pu').focus();
    await session.page.keyboard.press('ArrowRight');
    expect(await session.page.getByTestId('calc-tab-bpu').getAttribute('aria-selected')).toBe('true');
    expect(await panel('pu').isHidden()).toBe(true);

    const bpu = panel('bpu');
    await bpu.getByTestId('calc-income').fill('1.000.000');
    await bpu.getByTestId('calc-month').fill('2026-05');
    await bpu.getByTestId('calc-submit').click();
    // JKK 1 % × 1.000.000 = 10.000 and JKM 6.800, each halved by PP 50/2025: 5.000 + 3.400.
    await expectTotal('bpu', 'Rp8.400');
    expect(await bpu.getByTestId('calc-explanation').textContent()).toContain('PP 50/2025');
  });

  it('shows the server’s problem next to an empty PU wage', async () => {
    await session.page.getByTestId('calc-tab-pu').click();
    const pu = panel('pu');
    await pu.getByTestId('calc-wage').fill('');
    await pu.getByTestId('calc-submit').click();
    const error = pu.getByTestId('calc-error-wage');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('wajib untuk segmen PU');
    expect(await pu.getByTestId('calc-wage').getAttribute('aria-invalid')).toBe('true');
    expect(await pu.getByTestId('calc-error').count()).toBe(1);
  });

  it('explains the result in English after the language switch', async () => {
    await calculatePu('12000000');
    await expectTotal('pu', 'Rp1.112.222');
    await session.page.getByTestId('lang-toggle').click();
    await expectTotal('pu', 'Rp1,112,222');
    const explanation = (await panel('pu').getByTestId('calc-explanation').textContent()) ?? '';
    expect(explanation).toContain('capped at the JP wage cap Rp10,547,400');
    expect(explanation).toContain('rounded to the nearest rupiah');
    expect(await panel('pu').getByTestId('calc-allocations').textContent()).toContain('already included');
    await session.page.getByTestId('lang-toggle').click();
    await expectTotal('pu', 'Rp1.112.222');
  });

  it('lists the regulation parameters with the unknown JP wage caps of 2016, 2018 and 2020', async () => {
    const table = session.page.getByTestId('calc-regulations');
    await table.locator('summary').click();
    const jpCap = session.page.getByTestId('calc-param-pu.jp.wage_cap');
    await jpCap.waitFor({ timeout: 20_000 });
    const text = (await jpCap.textContent()) ?? '';
    expect(text).toContain('Rp10.547.400');
    expect(await jpCap.locator('.calc-gap-row').count()).toBe(3);
    for (const year of ['2016', '2018', '2020']) {
      expect(
        await jpCap
          .locator('.calc-gap-row')
          .filter({ hasText: `1 Maret ${year}` })
          .count(),
      ).toBe(1);
    }
  });

  it('quotes the JKM death benefit: Rp42.000.000 in three components', async () => {
    await session.page.getByTestId('calc-tab-benefit').click();
    const benefit = panel('benefit');
    await benefit.getByTestId('calc-benefit').selectOption('jkm');
    await benefit.getByTestId('calc-deathDate').fill('2025-06-01');
    await benefit.getByTestId('calc-submit').click();
    // Lump sum 20.000.000 + periodic 24 × 500.000 + funeral 10.000.000 (PP 82/2019).
    await expectTotal('benefit', 'Rp42.000.000');
    const result = (await benefit.getByTestId('calc-result').textContent()) ?? '';
    expect(result).toContain('Rp20.000.000');
    expect(result).toContain('Rp10.000.000');
    expect(await benefit.getByTestId('calc-explanation').textContent()).toContain('PP 82/2019');
  });
});
