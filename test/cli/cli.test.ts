import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('demo');
});
afterAll(() => t.close());

const cli = inProcessCli(() => t);

describe('npm run -s cakupan -- <command>', () => {
  it('coverage --json gives the same object as GET /api/v1/coverage/{code}', async () => {
    const { code, out } = await cli('coverage', '15.03', '--month', '2024-10', '--json');
    expect(code).toBe(0);
    const http = (await t.app.inject({ method: 'GET', url: '/api/v1/coverage/15.03?month=2024-10' })).json();
    expect(JSON.parse(out)).toEqual(http);
  });

  it('prints an Indonesian summary by default and English on request', async () => {
    const id = await cli('coverage', '15.03', '--month', '2024-10');
    expect(id.out).toContain('Cakupan                 43,00 %');
    expect(id.out).toContain('Rp413.952.000/bulan');
    const en = await cli('coverage', '15.03', '--month', '2024-10', '--lang', 'en');
    expect(en.out).toContain('Coverage');
    expect(en.out).toContain('Rp413,952,000/month');
  });

  it('answers errors with a non-zero exit code and a bilingual message', async () => {
    const bad = await cli('coverage', '15.99', '--month', '2024-10', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).error).toMatchObject({ code: 'REGION_NOT_FOUND' });
    expect((await cli('coverage', '15.03', '--month', '2024-13')).code).toBe(1);
    expect((await cli('coverage')).code).toBe(2);
    expect((await cli('nonsense')).code).toBe(2);
    expect((await cli('coverage', '15.03', '--bogus')).code).toBe(2);
    expect((await cli('ranking', '00', '--level', 'abc')).code).toBe(2);
    expect((await cli('regions', 'search', 'jambi', '--limit', '-1')).code).toBe(2);
    expect((await cli('targets', 'set', '15.03', '1999', '50', '--source', 'x')).code).toBe(1);
  });

  it('imports a file (exit 3 when rejected) and exports a table', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-cli-'));
    const file = path.join(dir, 'aktif.csv');
    fs.writeFileSync(
      file,
      'kode_wilayah;bulan;segmen;peserta_aktif\n15.03.01;2024-10;PU;10\n15.99;2024-10;PU;1\n',
    );
    const rejected = await cli('import', 'active', file, '--json');
    expect(rejected.code).toBe(3);
    expect(JSON.parse(rejected.out).issues[0]).toMatchObject({ row: 3, code: 'UNKNOWN_REGION' });
    const kept = await cli('import', 'active', file, '--mode', 'valid-only');
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('baris 3 [region_code]: Kode wilayah tidak ada dalam daftar wilayah resmi');
    const out = path.join(dir, 'jambi.xlsx');
    expect((await cli('export', '15', '--table', 'children', '--month', '2024-10', '--out', out)).code).toBe(
      0,
    );
    expect(fs.statSync(out).size).toBeGreaterThan(4_000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('searches regions, ranks them and manages targets', async () => {
    expect(
      JSON.parse((await cli('regions', 'search', 'pangkal pinang', '--json')).out).results[0],
    ).toMatchObject({ code: '19.71' });
    const ranking = JSON.parse((await cli('ranking', '15', '--month', '2024-10', '--json')).out);
    expect(ranking.rows).toHaveLength(11);
    expect(
      (await cli('targets', 'set', '15.03', '2026', '70', '--source', 'RKPD 2026', '--basis', 'potential'))
        .code,
    ).toBe(0);
    expect((await cli('targets', 'list', '15.03')).out).toContain('70,00 %');
  });
});
