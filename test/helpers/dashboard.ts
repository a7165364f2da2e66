import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

export interface DashboardSession {
  readonly server: RunningServer;
  readonly page: Page;
  /** The text of the element with this test id ('' when it has none). */
  text(testId: string): Promise<string>;
  /** GET an API path of the same server. */
  api<T>(path: string): Promise<T>;
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
  return {
    get server() {
      return ready(server, 'server');
    },
    get page() {
      return ready(page, 'page');
    },
    text: async (testId) => (await ready(page, 'page').getByTestId(testId).textContent()) ?? '',
    api: async <T>(path: string) =>
      (await fetch(`${ready(server, 'server').url}${path}`)).json() as Promise<T>,
  };
}
