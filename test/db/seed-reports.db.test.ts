import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRanking } from '../../src/coverage/coverage.ranking.ts';
import { getCoverageReport } from '../../src/coverage/coverage.service.ts';
import type { Database } from '../../src/db/database.ts';
import type { Month } from '../../src/shared/month.ts';
import { freshDatabase } from '../helpers/database.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('demo');
});
afterAll(() => database.close());

const context = { defaultBasis: 'potential', currentMonth: '2026-01' as Month };
const coverage = (code: string, month: string, basis?: string) =>
  getCoverageReport(database.db, { regionCode: code, month: month as Month, basis }, context);

/** The demo must reproduce every figure of the seed news reports (../shared/seeds, copied to src/demo/data). */
describe('demo data reproduces the seed reports', () => {
  it('Jambi, Mar 2025: 44 % of "1,3 juta lebih" workers (580.000 active), target 55 % for 2025 (seed 000)', async () => {
    const r = await coverage('15', '2025-03');
    expect(r).toMatchObject({
      active: 580_000,
      workforce: 1_318_182,
      coveragePct: 44,
      targetPct: 55,
      targetYear: 2025,
      basis: 'potential',
    });
    // Gap: ⌈55 % × 1.318.182⌉ − 580.000 = 725.001 − 580.000 = 145.001 workers × Rp16.800 = Rp2.436.016.800 a month.
    expect(r.gapWorkers).toBe(145_001);
    expect(r.gapMonthlyCost).toBe(145_001 * 16_800);
  });

  it('Sumatera Selatan, Aug 2024: 1.033.000 of 3 M (34 %), 690.000 formal, target 50 % for 2025 (seed 001)', async () => {
    const r = await coverage('16', '2024-08');
    expect(r).toMatchObject({
      active: 1_033_000,
      workforce: 3_000_000,
      coveragePct: 34.43,
      targetPct: 50,
      targetYear: 2025,
    });
    expect(r.segments?.PU).toBe(690_000);
  });

  it('Kabupaten Sarolangun, Oct 2024: 43 % of 112.000, target 65 % for 2024 (seed 002)', async () => {
    const r = await coverage('15.03', '2024-10');
    expect(r).toMatchObject({
      workforce: 112_000,
      active: 48_160,
      coveragePct: 43,
      targetPct: 65,
      targetYear: 2024,
    });
    // ⌈65 % × 112.000⌉ − 48.160 = 72.800 − 48.160 = 24.640 workers; × Rp16.800 = Rp413.952.000 a month;
    // × 12 months of Rp16.800 = Rp4.967.424.000 a year.
    expect(r).toMatchObject({
      gapWorkers: 24_640,
      gapMonthlyCost: 413_952_000,
      gapYearlyCost: 4_967_424_000,
      costPerWorkerMonth: 16_800,
    });
    expect(r.rankOf).toBe(11);
  });

  it('Kota Pangkalpinang, Jun 2024: 31,93 % against 52 %, active down 10,97 % since Dec 2023 (seed 003)', async () => {
    const r = await coverage('19.71', '2024-06');
    expect(r).toMatchObject({ coveragePct: 31.93, targetPct: 52 });
    expect(r.change).toMatchObject({ fromMonth: '2023-12', activeChangePct: -10.97 });
  });

  it('Kepulauan Bangka Belitung: 33 % against a 55 % target (seed 004)', async () => {
    const r = await coverage('19', '2024-06');
    expect(r).toMatchObject({ coveragePct: 33, targetPct: 55 });
  });

  it('has at least 24 months of history and the national figures of Dec 2024 (45,22 M active; 144,64 M employed)', async () => {
    const r = await coverage('00', '2024-12', 'bps');
    expect(r.trend.length).toBeGreaterThanOrEqual(24);
    // 45.220.000 ÷ 144.640.000 = 31,264 % → 31,26 %; RPJMN target 32,15 % for 2025.
    expect(r).toMatchObject({
      active: 45_220_000,
      workforce: 144_640_000,
      coveragePct: 31.26,
      targetPct: 32.15,
    });
  });

  it('keeps children consistent with their parent where the demo builds both', async () => {
    for (const code of ['15', '19']) {
      const r = await coverage(code, '2024-10');
      expect(r.children.reduce((sum, c) => sum + (c.active ?? 0), 0)).toBe(r.active);
    }
  });

  it('labels every estimated workforce figure and never lets active exceed the workforce', async () => {
    const ranking = await getRanking(
      database.db,
      { regionCode: '00', level: 1, month: '2024-12' as Month },
      context,
    );
    for (const row of ranking.rows) {
      if (row.active !== null && row.workforce !== null)
        expect(row.active).toBeLessThanOrEqual(row.workforce);
    }
    expect(ranking.rows.some((r) => r.estimated)).toBe(true);
    expect(ranking.rows.find((r) => r.code === '31')?.workforce).toBeNull();
  });
});
