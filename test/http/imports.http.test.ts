import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const post = (url: string, payload: string, contentType = 'text/csv') =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

describe('POST /api/v1/imports/*', () => {
  const file =
    'region_code,month,segment,active\n15.03.01,2024-10,PU,10\n15.99,2024-10,PU,5\n15.03.01,2024-13,PU,1\n';

  it('rejects the whole file with 422 and every problem, saving nothing', async () => {
    const response = await post('/api/v1/imports/active?source=Laporan%20uji', file);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toMatchObject({ code: 'IMPORT_REJECTED' });
    expect(body.error.message).toContain('tidak ada data yang disimpan');
    expect(body.error.details.issues.map((i: { row: number; code: string }) => [i.row, i.code])).toEqual([
      [3, 'UNKNOWN_REGION'],
      [4, 'INVALID_MONTH'],
    ]);
  });

  it('keeps only the valid rows when asked, and the second post changes nothing', async () => {
    const first = (await post('/api/v1/imports/active?mode=valid-only', file)).json();
    expect(first).toMatchObject({ status: 'committed', rowsValid: 1, rowsInvalid: 2, inserted: 1 });
    const second = (await post('/api/v1/imports/active?mode=valid-only', file)).json();
    expect(second).toMatchObject({ status: 'committed', inserted: 0, updated: 0, unchanged: 1 });
    expect(second.fileSha256).toBe(first.fileSha256);
  });

  it('validates without saving on a dry run', async () => {
    const body = (
      await post(
        '/api/v1/imports/targets?dryRun=true&source=Uji',
        'region_code,year,target_pct\n15.03,2026,70\n',
      )
    ).json();
    expect(body).toMatchObject({ status: 'validated', rowsValid: 1, batchId: null });
  });

  it('creates a workforce dataset and reads it in coverage', async () => {
    const url =
      '/api/v1/imports/workforce?dataset=uji-2024&basis=bps&name=Uji&referenceMonth=2024-01&source=Uji';
    const body = (await post(url, 'region_code,workforce\n15.03.01,50000\n')).json();
    expect(body).toMatchObject({ status: 'committed', inserted: 1 });
    const datasets = (await t.app.inject({ method: 'GET', url: '/api/v1/workforce/datasets' })).json()
      .datasets;
    expect(datasets.map((d: { key: string }) => d.key)).toContain('uji-2024');
  });

  it('refuses other content types and malformed query flags', async () => {
    expect((await post('/api/v1/imports/active', '{}', 'application/json')).statusCode).toBe(400);
    expect((await post('/api/v1/imports/active?mode=some', file)).statusCode).toBe(400);
    expect((await post('/api/v1/imports/workforce', file)).statusCode).toBe(400);
  });

  it('lists the import history', async () => {
    const batches = (await t.app.inject({ method: 'GET', url: '/api/v1/imports' })).json().batches;
    expect(batches[0]).toMatchObject({ kind: 'workforce', isDemo: false });
    expect(batches.some((b: { isDemo: boolean }) => b.isDemo)).toBe(true);
  });
});

describe('targets edited over HTTP', () => {
  it('sets, reads and deletes a target', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/targets/15.03/2026',
      payload: { targetPct: 70.5, basis: 'potential', source: 'RKPD Sarolangun 2026' },
    });
    expect(put.json()).toMatchObject({ regionCode: '15.03', year: 2026, targetPct: 70.5 });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/targets/15.03' })).json();
    expect(list.targets.map((x: { year: number }) => x.year)).toContain(2026);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/targets/15.03/2026?basis=potential' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/targets/15.03/2026?basis=potential' }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses more than two decimals and unknown regions', async () => {
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/targets/15.03/2026',
      payload: { targetPct: 70.555, source: 'x y' },
    });
    expect(bad.statusCode).toBe(400);
    const missing = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/targets/15.99/2026',
      payload: { targetPct: 70, source: 'x y' },
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('exports open in Excel', () => {
  it('writes the children table as a real xlsx with numbers as numbers', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/coverage/15/export?table=children&month=2024-10',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('cakupan-15-children-2024-10.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === 'Peringkat');
    const sarolangun = rows.find((r) => r[1] === '15.03');
    expect(rows.some((r) => String(r[0]).includes('DATA DEMO'))).toBe(true);
    expect(rows[header]).toContain('Cakupan (%)');
    expect(sarolangun).toEqual(
      expect.arrayContaining(['Kabupaten Sarolangun', 112_000, 48_160, 43, 65, 24_640, 413_952_000]),
    );
  });

  it('writes CSV with a BOM and semicolons, in English on request', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/coverage/19.71/export?table=trend&format=csv&lang=en',
    });
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    expect(response.body.split('\r\n')[0]).toMatch(/^\uFEFFRank;Code;Region;Month;Workforce/);
  });
});
