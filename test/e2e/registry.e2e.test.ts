import { describe, expect, it } from 'vitest';
import { startDashboardSession } from '../helpers/dashboard.ts';

const session = startDashboardSession();
const page = () => session.page;
const testId = (id: string) => session.page.getByTestId(id);

/** Demo accounts of src/auth/demo-accounts.ts that the registry concerns. */
const AGENT = 'demo-perisai';
const BRANCH = 'demo-cabang';
const REGENCY = 'demo-kabupaten';

/** Siti, born 12 May 1990 (day 12 + 40 = 52 for a woman), NIK issued in Kec. Sarolangun (15.03.03). */
const NIK = '1503035205900001';
const MASKED_NIK = '1503********0001';
const MASKED_NAME = 'S*** A*****';
const REASON = 'Verifikasi data peserta atas permintaan kantor cabang (uji e2e)';

interface ErrorAnswer {
  error: { code: string; message: string; messageEn: string; details?: { id: string; en: string }[] };
}

async function openParticipants(): Promise<void> {
  await testId('nav-participants').click();
  await testId('participant-search').waitFor({ timeout: 20_000 });
}

/** Searches, waits for exactly one row with the masked NIK, and opens that person. */
async function openPersonByNik(): Promise<void> {
  await testId('participant-search-input').fill(NIK);
  await testId('participant-search-submit').click();
  const results = testId('participant-results');
  await results.getByTestId('participant-nik').filter({ hasText: MASKED_NIK }).waitFor({ timeout: 20_000 });
  expect(await results.locator('tbody tr').count()).toBe(1);
  await results.getByTestId('participant-link').click();
  await testId('person-nik').waitFor({ timeout: 20_000 });
}

async function fillSiti(birthDate: string): Promise<void> {
  await testId('enrol-nik').fill(NIK);
  await testId('enrol-name').fill('Siti Aminah');
  await testId('enrol-sex').selectOption('F');
  await testId('enrol-birthDate').fill(birthDate);
  await testId('enrol-village').fill('15.03.03.1001');
  await testId('enrol-income').fill('1.500.000');
  await testId('enrol-validFrom').fill('2025-01-01');
}

describe('participant registry in Chromium: enrol, search, reveal, end, read-only', () => {
  it('refuses an agent enrolment whose birth date disagrees with the NIK, in Indonesian and English', async () => {
    await session.loginAsDemo(AGENT);
    await openParticipants();
    await testId('enrol-form').waitFor();
    // A Perisai agent enrols informal workers only; JKK and JKM are always part of it.
    expect(await testId('enrol-segment').locator('option').count()).toBe(1);
    expect(await testId('enrol-segment').inputValue()).toBe('BPU');
    expect(await testId('enrol-program-JKK').isChecked()).toBe(true);
    expect(await testId('enrol-program-JKM').isChecked()).toBe(true);

    await fillSiti('1990-05-13');
    const [response] = await Promise.all([
      page().waitForResponse(
        (r) => r.url().endsWith('/api/v1/participants') && r.request().method() === 'POST',
      ),
      testId('enrol-submit').click(),
    ]);
    expect(response.status()).toBe(400);
    const { error } = (await response.json()) as ErrorAnswer;
    const problem = error.details?.find((d) => d.id.includes('tidak cocok dengan tanggal lahir dalam NIK'));
    if (!problem) throw new Error(`no birth-date problem in ${JSON.stringify(error)}`);
    expect(problem.en).toContain('does not match the birth date in the NIK');
    const shown = testId('enrol-error');
    await shown.filter({ hasText: problem.id }).waitFor({ timeout: 20_000 });

    await testId('lang-toggle').click();
    await shown.filter({ hasText: problem.en }).waitFor();
    expect(await shown.textContent()).not.toContain(problem.id);
    await testId('lang-toggle').click();
    await shown.filter({ hasText: problem.id }).waitFor();
    expect(new URL(page().url()).pathname).toBe('/peserta');
  });

  it('enrols the BPU worker with the right birth date and lands on the masked person page', async () => {
    await testId('enrol-birthDate').fill('1990-05-12');
    await testId('enrol-submit').click();
    await testId('enrolled-notice').waitFor({ timeout: 20_000 });
    expect(new URL(page().url()).pathname).toMatch(/^\/peserta\/\d+$/);
    expect(await session.text('person-nik')).toBe(MASKED_NIK);
    expect(await session.text('person-name')).toBe(MASKED_NAME);
    expect(await session.text('person-birth-date')).toBe('1990-**-**');
    expect(await session.text('person-kpj')).toMatch(/^\d{11}$/);

    const membership = testId('memberships').locator('tbody tr[data-state="open"]');
    expect(await membership.count()).toBe(1);
    const row = (await membership.textContent()) ?? '';
    expect(row).toContain('BPU');
    expect(row).toContain('Rp1.500.000');
    expect(row).toContain('JKK, JKM');
    expect(row).toContain('sejak 1 Januari 2025');
    // Agents cannot reveal personal data.
    expect(await testId('person-reveal').count()).toBe(0);
  });

  it('lets the branch office find the person by NIK, reveal them for a reason, and end the membership', async () => {
    await session.logout();
    await session.loginAsDemo(BRANCH);
    await openParticipants();
    const results = testId('participant-results');
    await testId('participant-search-input').fill(NIK);
    await testId('participant-search-submit').click();
    await results.getByTestId('participant-nik').filter({ hasText: MASKED_NIK }).waitFor({ timeout: 20_000 });
    const row = (await results.locator('tbody tr').first().textContent()) ?? '';
    expect(row).toContain(MASKED_NAME);
    expect(row).toContain('15.03.03.1001');
    expect(row).toContain('BPU · aktif');
    expect(row).not.toContain('Siti');
    await results.getByTestId('participant-link').click();
    await testId('person-nik').waitFor({ timeout: 20_000 });
    expect(await session.text('person-nik')).toBe(MASKED_NIK);

    await testId('person-reveal').click();
    await testId('person-reveal-reason').fill('terlalu');
    await testId('person-reveal-submit').click();
    await testId('person-reveal-form').getByRole('alert').waitFor();
    await testId('person-reveal-reason').fill(REASON);
    await testId('person-reveal-submit').click();
    await testId('person-nik').filter({ hasText: NIK }).waitFor({ timeout: 20_000 });
    expect(await session.text('person-name')).toBe('Siti Aminah');
    expect(await session.text('person-birth-date')).toBe('12 Mei 1990');

    await testId('memberships').getByRole('button', { name: 'Akhiri' }).click();
    await testId('membership-end-date').fill('2025-06-30');
    await testId('membership-end-reason').selectOption('lapsed');
    await testId('membership-end-submit').click();
    const ended = testId('memberships').locator('tbody tr[data-state="ended"]');
    await ended.waitFor({ timeout: 20_000 });
    expect(await testId('memberships').locator('tbody tr[data-state="open"]').count()).toBe(0);
    expect(await ended.getByTestId('membership-period').textContent()).toBe('1 Januari 2025 – 30 Juni 2025');
    const status = ended.getByTestId('membership-status');
    expect(await status.textContent()).toContain('berakhir');
    expect(await status.textContent()).toContain('Iuran tidak dibayar lagi (menunggak)');
    expect(await testId('memberships').getByRole('button', { name: 'Akhiri' }).count()).toBe(0);
    // The revealed record stays on screen for this view; the end reason reads in English too.
    expect(await session.text('person-nik')).toBe(NIK);
    await testId('lang-toggle').click();
    await status.filter({ hasText: 'Contributions stopped (lapsed)' }).waitFor();
    await testId('lang-toggle').click();
    await status.filter({ hasText: 'Iuran tidak dibayar lagi' }).waitFor();
  });

  it('shows the regency government the person, masked, with no enrol form, reveal or end action', async () => {
    await session.logout();
    await session.loginAsDemo(REGENCY);
    await openParticipants();
    expect(await testId('enrol-form').count()).toBe(0);
    await openPersonByNik();
    expect(await session.text('person-nik')).toBe(MASKED_NIK);
    expect(await session.text('person-name')).toBe(MASKED_NAME);
    await testId('memberships').locator('tbody tr[data-state="ended"]').waitFor();
    expect(await testId('person-reveal').count()).toBe(0);
    expect(await testId('membership-add-form').count()).toBe(0);
    expect(await testId('memberships').getByRole('button').count()).toBe(0);
  });

  it('a branch office registers an employer and enrols its worker by picking the employer from its NPP', async () => {
    await session.logout();
    await session.loginAsDemo(BRANCH);
    await openParticipants();
    await testId('employer-register-link').click();
    await testId('employer-form').waitFor({ timeout: 20_000 });
    await testId('employer-npp').fill('15030001');
    await testId('employer-name').fill('PT Sawit Sarolangun');
    await testId('employer-jkkRiskGroup').selectOption('3');
    await testId('employer-sizeClass').selectOption('medium');
    await testId('employer-village').fill('15.03.03.1001');
    await testId('employer-activeFrom').fill('2020-01-01');
    await testId('employer-submit').click();
    await testId('employer-name').filter({ hasText: 'PT Sawit Sarolangun' }).waitFor({ timeout: 20_000 });

    await openParticipants();
    await testId('enrol-nik').fill('1503031508850003');
    await testId('enrol-name').fill('Budi Santoso');
    await testId('enrol-sex').selectOption('M');
    await testId('enrol-birthDate').fill('1985-08-15');
    await testId('enrol-village').fill('15.03.03.1001');
    await testId('enrol-segment').selectOption('PU');
    await testId('enrol-employerId').fill('15030001');
    await testId('employer-matches')
      .getByRole('button', { name: /PT Sawit Sarolangun/ })
      .click();
    await testId('employer-hint').filter({ hasText: 'NPP 15030001' }).waitFor({ timeout: 20_000 });
    await testId('enrol-validFrom').fill('2025-02-01');
    await testId('enrol-submit').click();
    await testId('person-nik').waitFor({ timeout: 20_000 });
    const open = testId('memberships').locator('tbody tr[data-state="open"]');
    await open.filter({ hasText: 'PT Sawit Sarolangun' }).waitFor({ timeout: 20_000 });
  });
});

describe('participant, employer and project pages: protection, bills, payments, workforce, Jakon', () => {
  it('shows the branch office the protection calendar, bills and payments of a participant', async () => {
    await openParticipants();
    await openPersonByNik();
    const calendar = testId('protection-calendar');
    await calendar.getByTestId('protection-grid').waitFor({ timeout: 20_000 });
    // Siti's BPU membership ran from January to June 2025: go back until those months are on screen.
    for (let i = 0; i < 5 && (await calendar.locator('td[data-month="2025-03"]').count()) === 0; i++) {
      await calendar.getByRole('button', { name: /12 bulan sebelumnya/ }).click();
      await calendar.getByTestId('protection-grid').waitFor();
    }
    const march = calendar.locator('td[data-month="2025-03"]').first();
    await march.waitFor({ timeout: 20_000 });
    // No billing run has billed her: a member, not billed; July 2025 is after her membership ended.
    expect(await march.getAttribute('data-status')).toBe('not_billed');
    expect(await march.textContent()).toContain('Maret 2025: Belum ditagih');
    const july = calendar.locator('td[data-month="2025-07"]').first();
    if ((await july.count()) > 0) expect(await july.getAttribute('data-status')).toBe('not_member');
    expect(await testId('protection-legend').locator('li').count()).toBe(5);
    expect(await testId('protection-legend').textContent()).toContain('Terlindungi');

    // Bills and payments: the billing and payments routes exist, so an empty list, never "not available".
    await testId('participant-bills-empty')
      .or(testId('participant-bills').locator('table'))
      .waitFor({ timeout: 20_000 });
    await testId('participant-payments-empty').or(testId('participant-payments').locator('table')).waitFor();
    expect(await testId('participant-bills-unavailable').count()).toBe(0);
    expect(await testId('participant-payments-unavailable').count()).toBe(0);
  });

  it('registers a Jakon project, adds a worker to it from the participant page, and lists them masked', async () => {
    await page().goto(`${session.server.url}/proyek`);
    await testId('project-form').waitFor({ timeout: 20_000 });
    await testId('project-projectNumber').fill('SPK-001/PUPR/2025');
    await testId('project-name').fill('Jembatan Batang Tembesi');
    await testId('project-contractorNpp').fill('15030001');
    await testId('project-contractValue').fill('2.400.000.000');
    await testId('project-startsOn').fill('2025-03-01');
    await testId('project-endsOn').fill('2025-12-31');
    await testId('project-village').fill('15.03.03.1001');
    await testId('project-submit').click();
    await testId('project-name').filter({ hasText: 'Jembatan Batang Tembesi' }).waitFor({ timeout: 20_000 });
    expect(await session.text('project-value')).toBe('Rp2.400.000.000');
    expect(await session.text('project-contractor')).toBe('PT Sawit Sarolangun');
    const projectPath = new URL(page().url()).pathname;
    expect(projectPath).toMatch(/^\/proyek\/\d+$/);

    await openParticipants();
    await testId('participant-search-input').fill('1503031508850003');
    await testId('participant-search-submit').click();
    await testId('participant-results').getByTestId('participant-link').click();
    await testId('membership-add-form').waitFor({ timeout: 20_000 });
    await testId('membership-segment').selectOption('JAKON');
    await testId('membership-projectId').fill('SPK-001');
    await testId('project-matches')
      .getByRole('button', { name: /Jembatan Batang Tembesi/ })
      .click();
    await testId('project-hint').waitFor({ timeout: 20_000 });
    await testId('membership-validFrom').fill('2025-04-01');
    await testId('membership-validTo').fill('2025-12-31');
    await testId('membership-add-submit').click();
    await testId('membership-project').waitFor({ timeout: 20_000 });

    await testId('membership-project').click();
    await testId('project-workers').locator('tbody tr').first().waitFor({ timeout: 20_000 });
    const worker = (await testId('project-workers').locator('tbody tr').first().textContent()) ?? '';
    expect(worker).toContain('B*** S******');
    expect(worker).toContain('1503********0003');
    expect(worker).not.toContain('Budi');
    await testId('project-bills').waitFor();
  });

  it('shows the employer its account, bills and masked workforce, and books a double-clicked payment once', async () => {
    await testId('project-contractor').click();
    await testId('employer-workforce').locator('tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await session.text('employer-workforce-count')).toBe('1 pekerja aktif');
    expect(await testId('employer-workforce').textContent()).toContain('B*** S******');
    await testId('employer-account').waitFor();
    await testId('employer-bills-empty')
      .or(testId('employer-bills').locator('table'))
      .waitFor({ timeout: 20_000 });
    const employerId = new URL(page().url()).pathname.split('/').pop();

    await testId('payment-amount').fill('1.000.000');
    await testId('payment-paidOn').fill('2025-03-10');
    await testId('payment-reference').fill('TRF-E2E-0001');
    await testId('payment-submit').dblclick();
    await testId('payment-posted').waitFor({ timeout: 20_000 });
    expect(await session.text('payment-posted')).toContain('Rp1.000.000');
    const { payments } = await session.api<{ payments: { amount: number; reference: string }[] }>(
      `/api/v1/payments?payerKey=employer:${employerId}`,
    );
    expect(payments.map((p) => [p.amount, p.reference])).toEqual([[1_000_000, 'TRF-E2E-0001']]);
    await testId('employer-payments').locator('tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await testId('employer-payments').locator('tbody tr').count()).toBe(1);
  });
});
