import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '2024-13',
    '0000-01',
    '1899-12',
    '2010-01',
    '00',
    '15.03',
    '9'.repeat(40),
  ),
);

/** Any input to any read endpoint: a 2xx or a 4xx with the error body, never a 5xx or a stack trace. */
describe('fuzzed requests never cause a server error', () => {
  it('coverage, ranking, search and export', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'coverage/',
          'coverage/{c}/ranking',
          'coverage/{c}/children',
          'regions/search',
          'coverage/{c}/export',
          'regions/',
        ),
        junk,
        junk,
        junk,
        async (route, code, month, extra) => {
          const path = route.includes('{c}')
            ? route.replace('{c}', encodeURIComponent(code))
            : `${route}${encodeURIComponent(code)}`;
          const url = `/api/v1/${path}?month=${encodeURIComponent(month)}&basis=${encodeURIComponent(extra)}&q=${encodeURIComponent(extra)}&level=${encodeURIComponent(extra)}&table=${encodeURIComponent(extra)}`;
          const response = await t.app.inject({ method: 'GET', url });
          expect(response.statusCode, url).toBeLessThan(500);
          expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
          if (response.statusCode >= 400) expect(response.json().error.code).toBeTypeOf('string');
        },
      ),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('import bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(junk, { maxLength: 5 }), { maxLength: 6 }), async (rows) => {
        const payload = ['region_code,month,segment,active', ...rows.map((r) => r.join(','))].join('\n');
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/imports/active?dryRun=true',
          payload,
          headers: { 'content-type': 'text/csv' },
        });
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
