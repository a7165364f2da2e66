import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

/** The demo accounts the server offers with CAKUPAN_DEMO=1 (src/auth/demo-accounts.ts). */
export const DEMO = {
  national: 'demo-nasional',
  regency: 'demo-kabupaten',
  auditor: 'demo-auditor',
} as const;

export interface DashboardSession {
  readonly server: RunningServer;
  readonly page: Page;
  /** The text of the element with this test id ('' when it has none). */
  text(testId: string): Promise<string>;
  /** GET an API path of the same server, with the page's session cookie (if logged in). */
  api<T>(path: string): Promise<T>;
  /** Logs in through the login page with a demo account's button and waits for the header to say so. */
  loginAsDemo(username: string): Promise<void>;
  /** Logs out from the header and waits for the login link. */
  logout(): Promise<void>;
}

/**
 * Registers the suite's hooks: the real server on a new database, Chromium, one page at 1366 × 900 in
 * Indonesian. Returns an object whose fields are filled once `beforeAll` has run.
 */
export function startDashboardSession(): DashboardSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    if (!fs.existsSync('web/dist/index.html'))
      throw new Error('web/dist is missing: run `npm run build:web` (npm test does)');
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet`);
    return value;
  };
  const currentPage = () => ready(page, 'page');
  return {
    get server() {
      return ready(server, 'server');
    },
    get page() {
      return currentPage();
    },
    text: async (testId) => (await currentPage().getByTestId(testId).textContent()) ?? '',
    // The page's request context shares the browser's cookies, so the API answers as the logged-in user.
    api: async <T>(path: string) =>
      (await currentPage().request.get(`${ready(server, 'server').url}${path}`)).json() as Promise<T>,
    loginAsDemo: async (username) => {
      const p = currentPage();
      await p.goto(`${ready(server, 'server').url}/masuk`);
      await p.getByTestId(`demo-login-${username}`).click();
      await p.getByTestId('account-name').waitFor({ timeout: 20_000 });
    },
    logout: async () => {
      const p = currentPage();
      await p.getByTestId('logout').click();
      await p.getByTestId('login-link').waitFor({ timeout: 20_000 });
    },
  };
}
