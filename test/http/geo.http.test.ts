import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 0],
    ],
  ],
});
let dir: string;
let withGeo: TestApp;
let withoutGeo: TestApp;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-geo-'));
  fs.writeFileSync(
    path.join(dir, 'provinces.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { KODE_PROV: 15, PROVINSI: 'JAMBI' }, geometry: square(0) },
        { type: 'Feature', properties: { kode: '19' }, geometry: square(2) },
        { type: 'Feature', properties: { name: 'tanpa kode' }, geometry: square(4) },
      ],
    }),
  );
  withGeo = await testApp('base', { CAKUPAN_GEO_DIR: dir });
  withoutGeo = await testApp('base', { CAKUPAN_GEO_DIR: path.join(dir, 'none') });
});
afterAll(async () => {
  await withGeo.close();
  await withoutGeo.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('operator-supplied GeoJSON', () => {
  it('serves features keyed by Kemendagri code and drops those without one', async () => {
    const layers = (await withGeo.app.inject({ method: 'GET', url: '/api/v1/geo' })).json();
    expect(layers).toEqual({ layers: [{ layer: 'provinces', features: 2 }] });
    const body = (await withGeo.app.inject({ method: 'GET', url: '/api/v1/geo/provinces' })).json();
    expect(body.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
      '15',
      '19',
    ]);
  });

  it('answers 404 with a clear message when none is installed', async () => {
    const response = await withoutGeo.app.inject({ method: 'GET', url: '/api/v1/geo/provinces' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('provinces.geojson');
  });
});
