import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/coverage/coverage.schemas.ts';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';

const session = startDashboardSession();

// Imports, the import history and target edits need an account: the national administrator may do all.
beforeAll(() => session.loginAsDemo(DEMO.national));

const text = session.text;
const api = <T>(path: string) => session.api<T>(path);

interface Batch {
  fileName: string | null;
  mode: string;
  rowsValid: number;
  rowsInvalid: number;
  inserted: number;
  isDemo: boolean;
}
interface TargetRecord {
  year: number;
  basis: string | null;
  targetPct: number;
  source: string;
}

/** Semicolons and Indonesian headers, one good row, an unknown region (row 3) and month 13 (row 4). */
const FILE = {
  name: 'aktif.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'kode_wilayah;bulan;segmen;peserta_aktif\n15.03.01;2024-10;PU;100\n15.99;2024-10;PU;5\n15.03.01;2024-13;BPU;1\n',
  ),
};

async function expectStatus(word: string) {
  await session.page.getByTestId('import-status').filter({ hasText: word }).waitFor({ timeout: 20_000 });
}

describe('import page in Chromium: reject, keep the valid rows, see it in coverage', () => {
  it('rejects the whole file by default and lists every problem by row and column', async () => {
    const before = await api<{ batches: Batch[] }>('/api/v1/imports');
    await session.page.goto(`${session.server.url}/impor`);
    await session.page.getByTestId('import-kind').getByLabel('Peserta aktif').check();
    await session.page.getByTestId('import-file').setInputFiles(FILE);
    await session.page.getByTestId('import-submit').click();
    await expectStatus('Ditolak');

    const issues = session.page.getByTestId('import-issues');
    expect(await issues.locator('tbody tr').count()).toBe(2);
    const unknown = (await session.page.getByTestId('issue-row-3').textContent()) ?? '';
    expect(unknown).toContain('UNKNOWN_REGION');
    expect(unknown).toContain('region_code');
    expect(unknown).toContain('15.99');
    expect(await session.page.getByTestId('issue-row-4').textContent()).toContain('INVALID_MONTH');
    // Nothing was saved: the history is as it was.
    expect((await api<{ batches: Batch[] }>('/api/v1/imports')).batches).toHaveLength(before.batches.length);
  });

  it('saves only the valid row when asked, and the figure reaches the coverage API', async () => {
    await session.page.getByTestId('import-mode-valid-only').check();
    await session.page.getByTestId('import-submit').click();
    await expectStatus('Disimpan');
    expect(await text('import-status')).toContain('1 baris disimpan');
    expect(await session.page.getByTestId('issue-row-3').count()).toBe(1);

    const [latest] = (await api<{ batches: Batch[] }>('/api/v1/imports')).batches;
    expect(latest).toMatchObject({
      fileName: 'aktif.csv',
      mode: 'valid-only',
      rowsValid: 1,
      rowsInvalid: 2,
      inserted: 1,
      isDemo: false,
    });
    await session.page
      .getByTestId('import-history')
      .filter({ hasText: 'aktif.csv' })
      .waitFor({ timeout: 10_000 });

    const district = await api<CoverageReport>('/api/v1/coverage/15.03.01?month=2024-10');
    expect(district.active).toBe(100);
    expect(district.source.active.label).toContain('aktif.csv');
  });
});

describe('target editing on the region page', () => {
  it('sets the 2024 target of Kabupaten Sarolangun to 70 % and shows it at once', async () => {
    await session.page.goto(`${session.server.url}/wilayah/15.03?bulan=2024-10`);
    await session.page.getByTestId('kpi-target').filter({ hasText: '65,00 %' }).waitFor({ timeout: 20_000 });
    await session.page.getByTestId('edit-target').click();
    await session.page.getByTestId('target-form').waitFor();
    await session.page.getByTestId('target-year').fill('2024');
    await session.page.getByTestId('target-pct').fill('70');
    await session.page.getByTestId('target-source').fill('RPJMD Kabupaten Sarolangun 2021–2026 (uji)');
    await session.page.getByTestId('target-save').click();

    await session.page.getByTestId('kpi-target').filter({ hasText: '70,00 %' }).waitFor({ timeout: 10_000 });
    expect(await session.page.getByTestId('target-form').count()).toBe(0);
    const { targets } = await api<{ targets: TargetRecord[] }>('/api/v1/targets/15.03');
    expect(targets.find((x) => x.year === 2024)).toMatchObject({ targetPct: 70, basis: 'potential' });
    expect((await api<CoverageReport>('/api/v1/coverage/15.03?month=2024-10')).targetPct).toBe(70);
  });

  it('refuses a percentage with three decimals before sending it', async () => {
    await session.page.getByTestId('edit-target').click();
    await session.page.getByTestId('target-pct').fill('70,555');
    await session.page.getByTestId('target-source').fill('Uji');
    await session.page.getByTestId('target-save').click();
    await session.page.getByTestId('target-form').getByRole('alert').waitFor();
    expect(await session.page.getByTestId('target-form').getByRole('alert').textContent()).toContain(
      'dua desimal',
    );
  });

  it('deletes the target after a confirmation', async () => {
    await session.page.getByTestId('target-delete').click();
    await session.page.getByTestId('target-delete-confirm').click();
    await session.page
      .getByTestId('kpi-target')
      .filter({ hasText: '70,00 %' })
      .waitFor({ state: 'detached' });
    const { targets } = await api<{ targets: TargetRecord[] }>('/api/v1/targets/15.03');
    expect(targets.some((x) => x.year === 2024)).toBe(false);
  });
});
