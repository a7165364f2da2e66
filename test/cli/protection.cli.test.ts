import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionRow } from '../../src/regions/regions.repo.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { inProcessCli } from '../helpers/cli.ts';
import { districtWithVillages } from '../helpers/factories.ts';
import { bill, enrol } from '../helpers/protection-fixtures.ts';

let t: TestApp;
const cli = inProcessCli(() => t);

beforeAll(async () => {
  t = await testApp('base');
  const { villages } = await districtWithVillages(t.database.db, '15.03');
  const person = await enrol(t.database.db, (villages[0] as RegionRow).code, '2025-01-01');
  await bill(t.database.db, person, '2025-02', '2025-03');
});
afterAll(() => t.close());

describe('cakupan coverage refresh-registry', () => {
  it('drains the queue, then has nothing left; --months and --all rebuild on request', async () => {
    const first = await cli('coverage', 'refresh-registry', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ refreshed: ['2025-02', '2025-03'] });
    expect((await cli('coverage', 'refresh-registry')).out).toBe('Tidak ada bulan yang perlu diperbarui');
    const named = await cli('coverage', 'refresh-registry', '--months', '2025-03', '--lang', 'en');
    expect(named.out).toMatch(/^Refreshed: /);
    expect(JSON.parse((await cli('coverage', 'refresh-registry', '--all', '--json')).out)).toEqual({
      refreshed: ['2025-02', '2025-03'],
    });
    expect((await cli('coverage', 'refresh-registry', '--months', '2025-13')).code).toBe(1);
  });

  it('leaves the region report as it was; a prepaid month nobody has billed yet is not counted', async () => {
    const report = await cli('coverage', '15.03', '--month', '2025-02', '--json');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({ active: 1, source: { active: { kind: 'registry' } } });
    // The February line covers March too, but billing has reached February only (max(bill.month)).
    const march = JSON.parse((await cli('coverage', '15.03', '--month', '2025-03', '--json')).out);
    expect(march.source.active.kind).not.toBe('registry');
  });
});
