import { defineConfig } from 'vitest/config';

/**
 * One run, two projects: `unit` — pure rule tests (src/**\/*.test.ts), no database, so it starts at
 * once — and `integration` — database and HTTP tests on a fresh database per suite (test/db, test/http:
 * PGlite, or the PostgreSQL server when TEST_DATABASE_URL or DATABASE_URL is set), the CLI, and browser
 * tests in Chromium (test/e2e). Only the integration project runs the global setup that builds the
 * template databases the suites copy.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
        },
      },
    ],
  },
});
