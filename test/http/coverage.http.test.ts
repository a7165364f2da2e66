import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/v1/coverage/{regionCode} (external contract)', () => {
  it('answers with every contract field for Sarolangun, Oct 2024', async () => {
    const response = await get('/api/v1/coverage/15.03?month=2024-10');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.region).toMatchObject({ code: '15.03', name: 'Kabupaten Sarolangun', level: 2 });
    expect(body).toMatchObject({
      month: '2024-10',
      basis: 'potential',
      workforce: 112_000,
      active: 48_160,
      coveragePct: 43,
      targetPct: 65,
      gapWorkers: 24_640,
      gapMonthlyCost: 413_952_000,
      rank: 3,
    });
    const segments = body.segments as Record<string, number>;
    expect(Object.keys(segments).sort()).toEqual(['BPU', 'JAKON', 'PMI', 'PU']);
    expect(Object.values(segments).reduce((a, b) => a + b, 0)).toBe(48_160);
    expect(body.source.active).toMatchObject({ origin: 'reported', kind: 'import' });
    expect(body.source.workforce).toMatchObject({ basis: 'potential', datasetKey: 'potential-2024' });
    expect(body.children.length).toBe(body.region.childCount);
    expect(body.trend.length).toBeGreaterThanOrEqual(24);
  });

  it('switches basis and says which one it used', async () => {
    const body = (await get('/api/v1/coverage/15.03?month=2024-10&basis=bps')).json();
    expect(body.basis).toBe('bps');
    // BPS Sakernas Aug 2021 for Sarolangun: 137.204 employed → 48.160 ÷ 137.204 = 35,10 %.
    expect(body).toMatchObject({ workforce: 137_204, coveragePct: 35.1 });
    expect(body.source.workforce.datasetName).toMatch(/Agustus 2021/);
  });

  it('defaults to the latest month with data', async () => {
    expect((await get('/api/v1/coverage/15.03')).json().month).toBe('2025-12');
  });

  it('serves children, trend and ranking', async () => {
    const children = (await get('/api/v1/coverage/15/children?month=2024-10')).json();
    expect(children.rows).toHaveLength(11);
    const trend = (await get('/api/v1/coverage/19.71/trend')).json();
    expect(trend.rows.map((r: { month: string }) => r.month)).toContain('2024-06');
    const ranking = (await get('/api/v1/coverage/00/ranking?level=1&month=2024-12&basis=bps')).json();
    expect(ranking).toMatchObject({ level: 1, total: 38 });
    const coverages = ranking.rows
      .map((r: { coveragePct: number | null }) => r.coveragePct)
      .filter((c: number | null) => c !== null);
    expect(coverages).toEqual([...coverages].sort((a: number, b: number) => b - a));
    expect(ranking.rows[0].rank).toBe(1);
  });
});

describe('malformed requests get 400 with a bilingual body, never 500', () => {
  it.each([
    ['/api/v1/coverage/15.03?month=2024-13', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/15.03?month=Okt-2024', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/15.03?month=0000-01', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/00/ranking?month=1899-12', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/15.3', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/15.03?basis=penduduk', 400, 'UNKNOWN_BASIS'],
    ['/api/v1/coverage/15.99', 404, 'REGION_NOT_FOUND'],
    ['/api/v1/coverage/00/ranking?level=9', 400, 'VALIDATION_FAILED'],
    ['/api/v1/coverage/15.03/ranking?level=1', 400, 'VALIDATION_FAILED'],
    ['/api/v1/nope', 404, 'NOT_FOUND'],
  ])('%s → %i %s', async (url, status, code) => {
    const response = await get(url);
    expect(response.statusCode).toBe(status);
    const body = response.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(body.error.messageEn.length).toBeGreaterThan(5);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('explains the month format in both languages', async () => {
    const body = (await get('/api/v1/coverage/15.03?month=2024-13')).json();
    expect(body.error.message).toContain('YYYY-MM');
    expect(body.error.messageEn).toContain('YYYY-MM');
  });
});

describe('regions and meta', () => {
  it('searches names case- and accent-insensitively with the path', async () => {
    const body = (await get('/api/v1/regions/search?q=SAROLANGUN')).json();
    expect(body.results[0]).toMatchObject({ region: { code: '15.03' }, path: 'Jambi' });
  });

  it('shows a region with its ancestors and children', async () => {
    const body = (await get('/api/v1/regions/15.03.01')).json();
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['00', '15', '15.03']);
    expect((await get('/api/v1/regions/15/children')).json().children).toHaveLength(11);
  });

  it('reports demo state, bases, months and region counts', async () => {
    const meta = (await get('/api/v1/meta')).json();
    expect(meta).toMatchObject({
      demo: true,
      defaultBasis: 'potential',
      months: { first: '2023-01', last: '2025-12' },
    });
    expect(meta.regions).toEqual({ '0': 1, '1': 38, '2': 514, '3': 7_277, '4': 83_763 });
    expect(meta.bases.map((b: { code: string }) => b.code).sort()).toEqual(['bps', 'potential']);
  });

  it('lists the dated regulation parameters with their legal basis', async () => {
    const body = (await get('/api/v1/regulations/parameters')).json();
    expect(body.parameters.find((p: { code: string }) => p.code === 'bpu.jkm_flat')).toMatchObject({
      value: 6_800,
      legalBasis: 'PP 44/2015 jo. PP 82/2019',
    });
  });

  it('sets security headers and serves the OpenAPI document at /docs', async () => {
    const health = await get('/api/v1/health');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    const spec = (await get('/docs/json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/coverage/{regionCode}', '/api/v1/imports/active']),
    );
    for (const [path, item] of Object.entries(
      spec.paths as Record<string, Record<string, { responses?: object }>>,
    )) {
      for (const operation of Object.values(item)) expect(operation.responses, path).toBeDefined();
    }
  });
});
