import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';

const session = startDashboardSession();

// The national administrator holds imports.registry.
beforeAll(() => session.loginAsDemo(DEMO.national));

/**
 * Two people: Siti (valid NIK for Kec. Sarolangun, 15.03.03, born 2 Feb 1990, a woman: day 02 + 40)
 * and a row whose NIK says a man born on another day than the stated birth date (row 3).
 */
const FILE = {
  name: 'peserta.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,segmen,program,penghasilan,mulai_berlaku',
      '1503034202900001,Siti Aminah,P,1990-02-02,15.03.03.1001,BPU,JKK JKM,1000000,2025-01-01',
      '1503031505880002,Budi Santoso,L,1988-05-16,15.03.03.1001,BPU,JKK JKM,1000000,2025-01-01',
      '',
    ].join('\n'),
  ),
};

async function importWith(mode: 'all' | 'valid-only') {
  const page = session.page;
  const section = page.locator('section.registry-import');
  await section.getByLabel('Jenis data').selectOption('participants');
  await section.getByLabel('Berkas (.csv atau .xlsx)').setInputFiles(FILE);
  await section
    .getByLabel(mode === 'all' ? 'Semua atau tidak sama sekali' : 'Hanya baris yang valid')
    .check();
  await section.getByRole('button', { name: 'Unggah dan impor' }).click();
  const result = section.locator('.import-result');
  await result.waitFor({ timeout: 30_000 });
  return result;
}

describe('registry import in Chromium: templates, a refused row with its reason, only the valid rows', () => {
  it('offers the templates and refuses the whole file by default, naming the row, column and reason', async () => {
    await session.page.goto(`${session.server.url}/impor`);
    const section = session.page.locator('section.registry-import');
    await expect(section.getByRole('link', { name: /CSV/ }).first().getAttribute('href')).resolves.toContain(
      '/imports/registry/participants/template.csv',
    );
    const result = await importWith('all');
    expect(await result.getAttribute('data-status')).toBe('rejected');
    const rows = result.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = (await rows.first().textContent()) ?? '';
    expect(first).toContain('3');
    // The full error report is a download of the job's problems.
    const href = await result.getByRole('link', { name: /laporan galat/ }).getAttribute('href');
    const report = await session.page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
    expect(report).toContain('baris/row;kolom/column;kode/code;alasan;reason');
    expect(report).toContain('1503031505880002');
  });

  it('stores only the valid row on request, and the person is then found by NIK', async () => {
    await session.page.goto(`${session.server.url}/impor`);
    const result = await importWith('valid-only');
    expect(await result.getAttribute('data-status')).toBe('committed');
    await session.page.goto(`${session.server.url}/peserta`);
    await session.page.getByTestId('participant-search-input').fill('1503034202900001');
    await session.page.getByTestId('participant-search-submit').click();
    const results = session.page.getByTestId('participant-results');
    await results.getByText('1503********0001').waitFor({ timeout: 20_000 });
    expect(await results.locator('tbody tr').count()).toBe(1);
  });
});
