import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startDashboardSession } from '../helpers/dashboard.ts';

const session = startDashboardSession();
const page = () => session.page;
const testId = (id: string) => session.page.getByTestId(id);

interface Roles {
  roles: { code: string; nameId: string }[];
}
interface ErrorAnswer {
  error: { code: string; message: string; messageEn: string };
}

/** Names a person might type that must come back as text: markup and an SQL injection attempt. */
const SCRIPT_NAME = '<script>alert(1)</script>';
const SQL_NAME = "'); DROP TABLE app_user;--";
const REASON = 'Verifikasi identitas atas permintaan peserta (uji e2e)';
/** Temporary passwords the administrator was shown, by username. */
const temporary = new Map<string, string>();

/** Every browser dialog (alert, confirm) the suite sees: an injected script would open one. */
const dialogs: string[] = [];
beforeAll(() => {
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

async function expectRegion(name: string) {
  await testId('region-name').filter({ hasText: name }).waitFor({ timeout: 20_000 });
}

describe('accounts in Chromium: anonymous, login, administration, audit, logout', () => {
  it('shows the national coverage to an anonymous visitor, without the import link', async () => {
    await page().goto(`${session.server.url}/?bulan=2024-10`);
    await expectRegion('Indonesia');
    await testId('login-link').waitFor();
    expect(await testId('nav-import').count()).toBe(0);
    expect(await testId('nav-users').count()).toBe(0);
    expect(await testId('account').count()).toBe(0);
  });

  it('shows a regency at the public level only, and asks to log in on the import page', async () => {
    await page().goto(`${session.server.url}/wilayah/15.03?bulan=2024-10`);
    await expectRegion('Kabupaten Sarolangun');
    expect(await session.text('kpi-coverage')).toContain('43,00 %');
    await testId('segment-chart').getByTestId('restricted-notice').waitFor({ timeout: 20_000 });
    expect(await testId('sources').getByTestId('restricted-notice').textContent()).toContain(
      'Rincian hanya untuk pengguna berwenang di wilayah ini',
    );
    expect(await testId('edit-target').count()).toBe(0);

    await page().goto(`${session.server.url}/impor`);
    await testId('login-required').waitFor();
    expect(await testId('import-kind').count()).toBe(0);
  });

  it('refuses a wrong password with the server message, in Indonesian and in English', async () => {
    await page().goto(`${session.server.url}/masuk`);
    await testId('login-username').fill(DEMO.regency);
    await testId('login-password').fill('bukan-sandi-ini');
    const [response] = await Promise.all([
      page().waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
      testId('login-submit').click(),
    ]);
    expect(response.status()).toBe(401);
    const { error } = (await response.json()) as ErrorAnswer;
    expect(error.code).toBe('LOGIN_FAILED');
    await testId('login-error').filter({ hasText: error.message }).waitFor();

    await testId('lang-toggle').click();
    await testId('login-error').filter({ hasText: error.messageEn }).waitFor();
    await testId('lang-toggle').click();
    await testId('login-error').filter({ hasText: error.message }).waitFor();
    expect(await testId('account').count()).toBe(0);
  });

  it('logs in with the regency demo account and shows name, role and scope in the header', async () => {
    await testId('demo-accounts').waitFor();
    expect(await session.text('demo-accounts')).toContain('Sarolangun');
    await testId(`demo-login-${DEMO.regency}`).click();
    await testId('account-name').filter({ hasText: 'Demo Pemkab Sarolangun' }).waitFor({ timeout: 20_000 });

    const { roles } = await session.api<Roles>('/api/v1/roles');
    const regency = roles.find((role) => role.code === 'regency_gov');
    expect(await session.text('account-role')).toBe(regency?.nameId);
    expect(await session.text('account-scope')).toContain('Cakupan saya');
    expect(await session.text('account-scope')).toContain('Sarolangun');
    expect(await session.text('account-demo')).toBe('DEMO');
    // Opened directly, the login page returns to the national overview.
    await expectRegion('Indonesia');
    await page().goto(`${session.server.url}/wilayah/15.03?bulan=2024-10`);
    await expectRegion('Kabupaten Sarolangun');
    await testId('edit-target').waitFor();
    expect(await testId('segment-chart').getByTestId('restricted-notice').count()).toBe(0);
    // Targets only: the import page offers just that kind of file; accounts stay out of reach.
    expect(await testId('nav-users').count()).toBe(0);
    await page().goto(`${session.server.url}/pengguna`);
    await testId('not-authorized').waitFor();
    await session.logout();
  });

  it('lets the national administrator create accounts whose names are markup and SQL, shown as text', async () => {
    // Signed out, the users page asks to log in, and the login brings the administrator back to it.
    await page().goto(`${session.server.url}/pengguna`);
    await testId('login-required').getByRole('link').click();
    expect(new URL(page().url()).searchParams.get('kembali')).toBe('/pengguna');
    await testId(`demo-login-${DEMO.national}`).click();
    await testId('user-create-form').waitFor({ timeout: 20_000 });
    expect(new URL(page().url()).pathname).toBe('/pengguna');
    await testId('nav-users').waitFor();

    const accounts: [string, string][] = [
      ['uji-skrip', SCRIPT_NAME],
      ['uji-sql', SQL_NAME],
    ];
    for (const [username, displayName] of accounts) {
      await testId('new-user-username').fill(username);
      await testId('new-user-displayName').fill(displayName);
      await testId('new-user-email').fill(`${username}@contoh.go.id`);
      await testId('new-user-phone').fill('081234567890');
      await testId('new-user-role').selectOption('regency_gov');
      await testId('new-user-regions').fill('15.03');
      await testId('user-create-submit').click();
      await page().getByText(`Akun ${username} dibuat`).waitFor({ timeout: 20_000 });
      const password = await session.text('temporary-password');
      expect(password.length).toBeGreaterThanOrEqual(8);
      temporary.set(username, password);
    }

    await testId('users-search').fill('uji-');
    const scriptRow = testId('user-row-uji-skrip');
    await scriptRow.waitFor({ timeout: 20_000 });
    await testId('user-row-uji-sql').waitFor();
    // Masked as the server sends it: the first letter and stars, never the whole name or address.
    const masked = (await scriptRow.getByTestId('user-display-name').textContent()) ?? '';
    expect(masked.startsWith('<')).toBe(true);
    expect(masked).toContain('*');
    expect(masked).not.toContain('script>');
    expect(await scriptRow.getByTestId('user-email').textContent()).not.toContain('uji-skrip@');
  });

  it('reveals the full record for a stated reason, as literal text, and no script runs', async () => {
    const scriptRow = testId('user-row-uji-skrip');
    await testId('user-reveal-uji-skrip').click();
    await testId('reveal-reason').fill('terlalu');
    await testId('reveal-submit').click();
    await testId('reveal-form').getByRole('alert').waitFor();
    await testId('reveal-reason').fill(REASON);
    await testId('reveal-submit').click();

    await scriptRow
      .getByTestId('user-display-name')
      .filter({ hasText: SCRIPT_NAME })
      .waitFor({ timeout: 20_000 });
    expect(await scriptRow.getByTestId('user-email').textContent()).toBe('uji-skrip@contoh.go.id');
    expect(await scriptRow.getByTestId('user-phone').textContent()).toBe('081234567890');
    expect(await scriptRow.locator('script').count()).toBe(0);
    expect(await page().locator('tbody script').count()).toBe(0);

    await testId('user-reveal-uji-sql').click();
    await testId('reveal-reason').fill(REASON);
    await testId('reveal-submit').click();
    await testId('user-row-uji-sql')
      .getByTestId('user-display-name')
      .filter({ hasText: SQL_NAME })
      .waitFor({ timeout: 20_000 });
    // The accounts table is still there: the list reloads with every account.
    await testId('users-search').fill('');
    await testId(`user-row-${DEMO.auditor}`).waitFor({ timeout: 20_000 });
    expect(dialogs).toEqual([]);
  });

  it('locks an account after five wrong passwords, says until when, and the administrator unlocks it', async () => {
    await session.logout();
    await page().goto(`${session.server.url}/masuk`);
    await testId('login-username').fill('uji-skrip');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await testId('login-password').fill(`salah-${attempt}`);
      const [response] = await Promise.all([
        page().waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        testId('login-submit').click(),
      ]);
      expect(((await response.json()) as ErrorAnswer).error.code).toBe(
        attempt <= 5 ? 'LOGIN_FAILED' : 'ACCOUNT_LOCKED',
      );
    }
    const locked = testId('login-error').filter({ hasText: 'Akun dikunci sampai' });
    await locked.waitFor();
    expect(await locked.textContent()).toMatch(/\d{2}\.\d{2} WIB/);

    await page().goto(`${session.server.url}/masuk?kembali=/pengguna`);
    await testId(`demo-login-${DEMO.national}`).click();
    await testId('users-search').fill('uji-skrip');
    await testId('user-unlock-uji-skrip').click();
    await testId('user-unlock-uji-skrip').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await testId('user-row-uji-skrip').textContent()).not.toContain('Terkunci');
  });

  it('shows the auditor who created and revealed the accounts, and why', async () => {
    await session.logout();
    await session.loginAsDemo(DEMO.auditor);
    await testId('nav-audit').click();
    await testId('audit-table').waitFor({ timeout: 20_000 });

    await testId('audit-action').fill('personal.reveal');
    await testId('audit-submit').click();
    const reveals = testId('audit-table').locator('tbody tr[data-action="personal.reveal"]');
    const others = testId('audit-table').locator(
      'tbody tr[data-action]:not([data-action="personal.reveal"])',
    );
    // The unfiltered table stays on screen until the filtered answer arrives: wait for it to go.
    await expect.poll(() => others.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => reveals.count(), { timeout: 20_000 }).toBe(2);
    const reveal = reveals.first();
    expect(await reveal.textContent()).toContain(REASON);
    expect(await reveal.textContent()).toContain(DEMO.national);
    expect(await reveal.textContent()).toContain('WIB');

    await testId('audit-action').fill('user.create');
    await testId('audit-q').fill('uji-skrip');
    await testId('audit-submit').click();
    const created = testId('audit-table').locator('tbody tr[data-action="user.create"]');
    await expect.poll(() => created.count(), { timeout: 20_000 }).toBe(1);
    await created.first().getByRole('button').click();
    const diff = testId('audit-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('uji-skrip');
    expect(await diff.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('sends a new account to set its own password before anything else', async () => {
    await session.logout();
    await page().goto(`${session.server.url}/masuk`);
    await testId('login-username').fill('uji-sql');
    await testId('login-password').fill(temporary.get('uji-sql') ?? '');
    await testId('login-submit').click();
    await testId('password-required').waitFor({ timeout: 20_000 });
    expect(new URL(page().url()).pathname).toBe('/sandi');
    // The name is shown as typed, in the header too.
    expect(await session.text('account-name')).toBe(SQL_NAME);
    await page().goto(`${session.server.url}/impor`);
    await testId('password-required').waitFor();
    expect(new URL(page().url()).pathname).toBe('/sandi');

    await testId('password-current').fill(temporary.get('uji-sql') ?? '');
    await testId('password-new').fill('kalimat sandi baru yang panjang 2025');
    await testId('password-repeat').fill('kalimat sandi baru yang panjang 2025');
    await testId('password-submit').click();
    await testId('password-changed').waitFor({ timeout: 20_000 });
    expect(await testId('password-required').count()).toBe(0);
    // Now free to use what the role allows: a regency government edits targets, so it may import.
    await testId('nav-import').click();
    await testId('import-kind').waitFor({ timeout: 20_000 });
    expect(await testId('import-kind').locator('input[type="radio"]').count()).toBe(1);
  });

  it('logs out back to the anonymous view', async () => {
    await session.logout();
    expect(await testId('account').count()).toBe(0);
    expect(await testId('nav-audit').count()).toBe(0);
    await testId('login-required').waitFor();
    await page().goto(`${session.server.url}/?bulan=2024-10`);
    await expectRegion('Indonesia');
    expect(await testId('nav-import').count()).toBe(0);
    const { user } = await session.api<{ user: unknown }>('/api/v1/auth/session');
    expect(user).toBeNull();
  });
});
