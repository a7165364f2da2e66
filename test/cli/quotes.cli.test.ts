import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';
import { runNpmCli } from '../helpers/server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp('base');
});
afterAll(() => t.close());

const cli = inProcessCli(() => t);

describe('npm run -s cakupan -- contribution | fine | nik (the issue 4 contract)', () => {
  it('contribution --json gives the same object as POST /api/v1/quotes/contribution', async () => {
    const { code, out } = await cli(
      'contribution',
      '--segment',
      'pu',
      '--month',
      '2025-03',
      '--wage',
      '12000000',
      '--jkk-group',
      '2',
      '--json',
    );
    expect(code).toBe(0);
    const http = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quotes/contribution',
      payload: { segment: 'pu', month: '2025-03', wage: 12_000_000, jkkGroup: 2 },
    });
    expect(JSON.parse(out)).toEqual(http.json());
    expect(JSON.parse(out).total).toBe(1_112_222);
  });

  it('accepts Indonesian digit grouping and explains in Indonesian, or English with --lang en', async () => {
    const id = await cli(
      'contribution',
      '--segment',
      'bpu',
      '--month',
      '2026-05',
      '--income',
      '1.000.000',
      '--explain',
    );
    expect(id.code).toBe(0);
    expect(id.out).toContain(
      'JKK: pekerja 1% × Rp1.000.000 = Rp10.000; diskon PP 50/2025 50%: −Rp5.000 → Rp5.000',
    );
    expect(id.out).toContain('Pembulatan: dibulatkan ke rupiah terdekat');
    expect(id.out).toMatch(/Total\s+Rp0\s+Rp8\.400/);
    const en = await cli(
      'contribution',
      '--segment',
      'bpu',
      '--month',
      '2026-05',
      '--income',
      '1000000',
      '--explain',
      '--lang',
      'en',
    );
    expect(en.out).toContain(
      'JKK: worker 1% × Rp1,000,000 = Rp10,000; PP 50/2025 discount 50%: −Rp5,000 → Rp5,000',
    );
  });

  it.each([
    [
      'contribution --segment bpu --month 2026-05 --income 1000000 --jkk-group 2 --json',
      'QUOTE_INPUT_INVALID',
    ],
    ['contribution --segment pu --month 2025-03 --wage abc --jkk-group 1 --json', 'QUOTE_INPUT_INVALID'],
    ['contribution --segment pu --month 2025-03 --wage 5000000 --jkk-group 9 --json', 'QUOTE_INPUT_INVALID'],
    ['contribution --segment pu --month 2025-03 --wage -5 --jkk-group 1 --json', 'QUOTE_INPUT_INVALID'],
    ['contribution --segment pu --month 2014-01 --wage 5000000 --jkk-group 1 --json', 'PROGRAM_NOT_IN_FORCE'],
    ['fine --amount -5 --months-late 2 --json', 'QUOTE_INPUT_INVALID'],
  ])('%s exits 1 with %s', async (command, errorCode) => {
    const { code, out } = await cli(...command.split(' '));
    expect(code).toBe(1);
    expect(JSON.parse(out).error.code).toBe(errorCode);
  });

  it('benefit jkm|jp --json gives the same object as POST /api/v1/quotes/benefit', async () => {
    const jkm = await cli('benefit', 'jkm', '--death-date', '2025-05-01', '--json');
    expect(jkm.code).toBe(0);
    const http = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quotes/benefit',
      payload: { benefit: 'jkm', deathDate: '2025-05-01' },
    });
    expect(JSON.parse(jkm.out)).toEqual(http.json());
    expect(JSON.parse(jkm.out).total).toBe(42_000_000);
    const jp = await cli(
      'benefit',
      'jp',
      '--contribution-months',
      '240',
      '--average-wage',
      '6.000.000',
      '--retirement-date',
      '2026-06-01',
      '--json',
    );
    expect(JSON.parse(jp.out).monthly).toBe(1_200_000); // 1 % × 240/12 × 6.000.000
    const scholarship = await cli(
      'benefit',
      'scholarship',
      '--cause',
      'jkm',
      '--contribution-months',
      '24',
      '--children',
      'smp',
      '--death-date',
      '2025-05-01',
      '--json',
    );
    expect(JSON.parse(scholarship.out)).toMatchObject({ eligible: false, total: 0 }); // JKM cause needs ≥ 36 months
  });

  it('fine --amount N --months-late N', async () => {
    const { code, out } = await cli(
      'fine',
      '--amount',
      '1000000',
      '--months-late',
      '3',
      '--month',
      '2024-01',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).total).toBe(60_000); // 3 × 2 % × 1.000.000
  });

  it('nik exits 0 for a valid NIK and 1 for an invalid one', async () => {
    const ok = await cli('nik', '3201054507900001', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, errors: [], sex: 'F' });
    const bad = await cli('nik', '32010545079', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ valid: false, errors: [{ code: 'NIK_LENGTH' }] });
  });

  it('regulations add / set / list keep history with the actor and reason', async () => {
    const added = await cli(
      'regulations',
      'add',
      'bpu.income_level.01',
      '--from',
      '2015-07-01',
      '--value',
      '1000000',
      '--unit',
      'rupiah',
      '--basis',
      'PP 44/2015 Lampiran II',
      '--reason',
      'mengisi Lampiran II',
      '--json',
    );
    expect(added.code).toBe(0);
    const id = JSON.parse(added.out).id;
    const set = await cli(
      'regulations',
      'set',
      String(id),
      '--confidence',
      'M',
      '--reason',
      'sumber sekunder',
      '--json',
    );
    expect(JSON.parse(set.out).confidence).toBe('M');
    const listed = JSON.parse((await cli('regulations', 'list', 'bpu.income_level', '--json')).out);
    expect(listed.parameters).toHaveLength(1);
    expect(
      listed.changes
        .filter((c: { parameterId: number }) => c.parameterId === id)
        .map((c: { action: string }) => c.action),
    ).toEqual(['update', 'create']);
    // With a level list entered, an income between levels is refused.
    const refused = await cli(
      'contribution',
      '--segment',
      'bpu',
      '--month',
      '2024-10',
      '--income',
      '1100000',
      '--json',
    );
    expect(JSON.parse(refused.out).error.code).toBe('QUOTE_INPUT_INVALID');
  });
});

describe('the documented command line, as an external check runs it', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env = { ...process.env, CAKUPAN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

  it('quotes from the shipped parameters on a machine that never started the product', async () => {
    const r = await runNpmCli(
      [
        'contribution',
        '--segment',
        'pmi',
        '--month',
        '2025-05',
        '--stage',
        'placement',
        '--contract-months',
        '30',
        '--json',
      ],
      env,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 413_500, parameterSource: 'seed' }); // 332.500 + 6 × 13.500
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(false);
  });

  it('bad input exits non-zero', async () => {
    const r = await runNpmCli(
      ['contribution', '--segment', 'pu', '--month', '2025-03', '--wage', '-5', '--jkk-group', '1', '--json'],
      env,
    );
    expect(r.code).not.toBe(0);
  });
});
