import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCoverageReport } from '../../src/coverage/coverage.service.ts';
import type { Database } from '../../src/db/database.ts';
import type { Month } from '../../src/shared/month.ts';
import { freshDatabase } from '../helpers/database.ts';
import { csv, importActiveCsv } from '../helpers/factories.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('base');
});
afterAll(() => database.close());

/**
 * Several clients import different regencies for the same months at once. On the PostgreSQL server the
 * imports run in parallel transactions that would rebuild the same rollup rows; the advisory lock makes
 * them queue, so every import commits and the province total is exactly the sum. (PGlite has a single
 * connection, so there the same test shows the queueing of its pool.)
 */
describe('parallel imports touching the same months', () => {
  it('all commit and the rollup counts every row exactly once', async () => {
    const regencies = ['15.01', '15.02', '15.03', '15.04', '15.05', '15.06', '15.07', '15.08'];
    const months = ['2024-09', '2024-10', '2024-11'];
    const reports = await Promise.all(
      regencies.map((code, i) =>
        importActiveCsv(
          database.db,
          csv(
            'region_code,month,segment,active',
            months.flatMap((m, j) => [
              [code, m, 'PU', 1_000 * (i + 1) + j],
              [code, m, 'BPU', 100 + j],
            ]),
          ),
        ),
      ),
    );
    expect(reports.map((r) => r.status)).toEqual(regencies.map(() => 'committed'));
    for (const [j, month] of months.entries()) {
      const jambi = await getCoverageReport(
        database.db,
        { regionCode: '15', month: month as Month },
        { defaultBasis: 'potential', currentMonth: '2026-01' as Month },
      );
      // Σ over 8 regencies of (1.000 × (i+1) + j) + (100 + j) = 1.000 × 36 + 8j + 800 + 8j.
      expect(jambi.active).toBe(36_000 + 800 + 16 * j);
      expect(jambi.source.active.reportingChildren).toBe(8);
    }
  });

  it('the same file posted by many clients at once is stored once', async () => {
    const text = csv('region_code,month,segment,active', [['15.09', '2024-10', 'PU', 4_321]]);
    const reports = await Promise.all(Array.from({ length: 6 }, () => importActiveCsv(database.db, text)));
    expect(reports.reduce((n, r) => n + r.inserted, 0)).toBe(1);
    expect(reports.reduce((n, r) => n + r.unchanged, 0)).toBe(5);
    const rows = await database.db
      .selectFrom('active_report')
      .selectAll()
      .where('region_code', '=', '15.09')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
