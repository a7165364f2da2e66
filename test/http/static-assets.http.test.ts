import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

const HASHED = '/assets/index-B8tPJ0hz.js';
const SMALL = '/assets/Kpi-DEjQ8ljT.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// A bundle-like file large enough that compressing it pays, as web/vite.config.ts writes it.
const script = Buffer.from(
  Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i} * 2;\n`).join(''),
);

let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-static-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>Cakupan</title><script src="${HASHED}">`,
  );
  const file = path.join(dir, HASHED);
  fs.writeFileSync(file, script);
  fs.writeFileSync(`${file}.br`, brotliCompressSync(script));
  fs.writeFileSync(`${file}.gz`, gzipSync(script));
  fs.writeFileSync(path.join(dir, SMALL), 'export const k = 1;');
  t = await testApp('base', { CAKUPAN_WEB_DIR: dir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('hashed assets are cached for a year and sent precompressed', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'accept-encoding: %s → the matching .%s sibling, decompressing to the file',
    async (encoding, inflate) => {
      const response = await get(HASHED, encoding);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toContain('javascript');
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.headers.vary).toContain('accept-encoding');
      expect(response.rawPayload.length).toBeLessThan(script.length / 2);
      expect(inflate(response.rawPayload).equals(script)).toBe(true);
    },
  );

  it('prefers brotli when both are accepted, and keeps the security headers', async () => {
    const response = await get(HASHED, 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    const response = await get(HASHED);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.rawPayload.equals(script)).toBe(true);
  });

  it('sends a small asset without compressed siblings as it is, still immutable', async () => {
    const response = await get(SMALL, 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.body).toBe('export const k = 1;');
  });

  it('does not serve the compressed siblings under their own names', async () => {
    for (const url of [`${HASHED}.br`, `${HASHED}.gz`]) {
      const response = await get(url, 'br');
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });
});

describe('index.html names the hashes, so it is always revalidated', () => {
  it.each(['/', '/index.html', '/wilayah/15.03', '/peringkat?bulan=2024-10'])(
    '%s → no-cache',
    async (url) => {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.body).toContain(HASHED);
    },
  );
});
