import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';

/** The funding commands on the demo database (Sarolangun has coverage, a target and its programs). */
let t: TestApp;
const cli = inProcessCli(() => t);
let dir: string;

beforeAll(async () => {
  t = await testApp('demo');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-funding-cli-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cakupan funding', () => {
  it('simulates the published example: Rp1.008.000.000 ÷ (12 × Rp16.800) = 5.000 workers', async () => {
    const run = await cli(
      'funding',
      'simulate',
      '--region',
      '15.03',
      '--budget',
      '1.008.000.000',
      '--from',
      '2025-01',
      '--to',
      '2025-12',
      '--json',
    );
    expect(run.code, run.out).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({
      workers: 5_000,
      costPerWorker: 12 * 16_800,
      totalCost: 1_008_000_000,
    });
    const text = await cli(
      'funding',
      'simulate',
      '--region',
      '15.03',
      '--budget',
      '1008000000',
      '--from',
      '2025-01',
      '--to',
      '2025-12',
    );
    expect(text.out).toContain('5.000');
  });

  it('optimizes with a stated rule and plans to a target', async () => {
    const optimized = await cli(
      'funding',
      'optimize',
      '--region',
      '15.03',
      '--budget',
      '201600',
      '--from',
      '2025-01',
      '--to',
      '2025-12',
      '--strategy',
      'poorest_first',
      '--json',
    );
    expect(optimized.code, optimized.out).toBe(0);
    expect(JSON.parse(optimized.out)).toMatchObject({
      workers: 1,
      choices: [expect.objectContaining({ povertyLevel: 'extreme' })],
    });
    const plan = await cli(
      'funding',
      'plan',
      '--region',
      '15.03',
      '--target',
      '65',
      '--by',
      '2026-12',
      '--json',
    );
    expect(JSON.parse(plan.out).monthlyNeeded).toBeGreaterThan(0);
    expect(
      (
        await cli(
          'funding',
          'optimize',
          '--region',
          '15.03',
          '--budget',
          '1',
          '--from',
          '2025-01',
          '--to',
          '2025-12',
          '--strategy',
          'cheapest',
        )
      ).code,
    ).toBe(2);
  });

  it('imports a beneficiary list into a program named by its code, and needs the code', async () => {
    const file = path.join(dir, 'penerima.csv');
    fs.writeFileSync(
      file,
      'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,telepon,pekerjaan,mulai_berlaku\n1503030101709901,Penerima Satu,L,1970-01-01,15.03.03.1001,,petani,\n',
    );
    expect((await cli('registry-import', 'beneficiaries', file)).code).toBe(2);
    const run = await cli('registry-import', 'beneficiaries', file, '--program', 'SRL-APBD-2025', '--json');
    expect(run.code, run.out).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ status: 'committed', inserted: 1 });
  });
});
