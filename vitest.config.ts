import { defineConfig } from 'vitest/config';

/**
 * One run, three tiers: pure rule tests (src/**\/*.test.ts), database and HTTP tests on a fresh database
 * per suite (test/db, test/http: PGlite, or the PostgreSQL server when TEST_DATABASE_URL or
 * DATABASE_URL is set), and browser tests in Chromium (test/e2e). The global setup builds the template
 * databases the suites copy.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
