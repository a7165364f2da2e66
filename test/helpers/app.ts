import { loadConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { TypedApp } from '../../src/http/deps.ts';
import { TEST_CLOCK } from '../setup/templates.ts';
import { freshDatabase } from './database.ts';

export interface TestApp {
  readonly app: TypedApp;
  readonly database: Database;
  close(): Promise<void>;
}

/** The real HTTP application on a fresh database, driven through `inject`. */
export async function testApp(
  template: 'base' | 'demo' = 'demo',
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await freshDatabase(template);
  const config = loadConfig({
    CAKUPAN_DEMO: '0',
    LOG_LEVEL: 'silent',
    CAKUPAN_WEB_DIR: '/nonexistent',
    ...env,
  });
  const app = await buildApp({ database, config, clock: TEST_CLOCK });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
