import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCoverageReport } from '../../src/coverage/coverage.service.ts';
import { rebuildActiveRollup } from '../../src/coverage/rollup.repo.ts';
import type { Database } from '../../src/db/database.ts';
import type { RegionRow } from '../../src/regions/regions.repo.ts';
import type { Month } from '../../src/shared/month.ts';
import { freshDatabase } from '../helpers/database.ts';
import { csv, districtWithVillages, importActiveCsv, importWorkforceCsv } from '../helpers/factories.ts';

let database: Database;
let district: RegionRow;
let villages: RegionRow[];
const context = { defaultBasis: 'potential', currentMonth: '2026-01' as Month };
const report = (code: string) =>
  getCoverageReport(database.db, { regionCode: code, month: '2024-10' as Month }, context);

beforeAll(async () => {
  database = await freshDatabase('base');
  ({ district, villages } = await districtWithVillages(database.db, '15.03'));
  // Every village of one district of Sarolangun reports PU = 10 × its position and BPU = 1.
  const rows = villages.flatMap((v, i) => [
    [v.code, '2024-10', 'PU', 10 * (i + 1)],
    [v.code, '2024-10', 'BPU', 1],
  ]);
  expect((await importActiveCsv(database.db, csv('region_code,month,segment,active', rows))).status).toBe(
    'committed',
  );
  await importWorkforceCsv(
    database.db,
    csv(
      'region_code,workforce',
      villages.map((v) => [v.code, 1_000]),
    ),
    { key: 'villages' },
  );
});
afterAll(() => database.close());

const n = () => villages.length;
const expectedTotal = () => (10 * n() * (n() + 1)) / 2 + n();

describe('rollup from villages up to the country', () => {
  it('sums every village into its district, segment by segment, and marks it complete', async () => {
    const r = await report(district.code);
    // PU: 10 × (1 + 2 + … + n) = 10 × n(n+1)/2; BPU: 1 per village.
    expect(r.segments).toEqual({ PU: (10 * n() * (n() + 1)) / 2, BPU: n(), JAKON: 0, PMI: 0 });
    expect(r.active).toBe(expectedTotal());
    expect(r.source.active).toMatchObject({
      origin: 'children',
      reportingChildren: n(),
      childrenTotal: n(),
      complete: true,
    });
    // Workforce is also the sum of complete children: 1,000 per village.
    expect(r.workforce).toBe(1_000 * n());
    expect(r.source.workforce?.origin).toBe('children');
    expect(r.coveragePct).not.toBeNull();
  });

  it('a regency with one district reporting is partial: active shown, coverage not computed', async () => {
    const r = await report('15.03');
    expect(r.active).toBe(expectedTotal());
    expect(r.source.active.complete).toBe(false);
    expect(r.coveragePct).toBeNull();
    expect(r.notes.map((x) => x.code)).toContain('ACTIVE_PARTIAL');
    expect(r.notes.find((x) => x.code === 'ACTIVE_PARTIAL')?.message).toMatch(/^Hanya 1 dari \d+ kecamatan/);
  });

  it('says so when no workforce figure exists instead of inventing one', async () => {
    const r = await report('15');
    expect(r.workforce).toBeNull();
    expect(r.notes.map((x) => x.code)).toEqual(
      expect.arrayContaining(['ACTIVE_PARTIAL', 'NO_WORKFORCE', 'NO_TARGET']),
    );
  });

  it("a region's own report wins over the sum of its children", async () => {
    await importActiveCsv(
      database.db,
      csv('region_code,month,segment,active', [['15.03', '2024-10', 'PU', 48_160]]),
    );
    const r = await report('15.03');
    expect(r.active).toBe(48_160);
    expect(r.source.active).toMatchObject({ origin: 'reported', label: 'Laporan impor: test fixture' });
    // The province above now adds up that report (1 of 11 regencies reporting).
    expect((await report('15')).active).toBe(48_160);
    expect((await report('00')).source.active).toMatchObject({
      origin: 'children',
      reportingChildren: 1,
      childrenTotal: 38,
    });
  });

  it('registry rows take precedence over imported aggregates for the same region and month', async () => {
    await sql`insert into active_report (region_code, month, segment, source_kind, active) values ('15.03', '2024-10-01', 'BPU', 'registry', 777)`.execute(
      database.db,
    );
    await rebuildActiveRollup(database.db, ['2024-10-01']);
    const r = await report('15.03');
    expect(r.active).toBe(777);
    expect(r.source.active).toMatchObject({ kind: 'registry', label: 'Registri peserta' });
    await sql`delete from active_report where source_kind = 'registry'`.execute(database.db);
    await rebuildActiveRollup(database.db, ['2024-10-01']);
    expect((await report('15.03')).active).toBe(48_160);
  });
});

describe('completeness is carried up the whole tree', () => {
  it('a regency whose districts all report, but one of them only partly, is not complete', async () => {
    const db = await freshDatabase('base');
    try {
      // The regency with the fewest districts (found, not assumed), every district but one village.
      const regency = await db.db
        .selectFrom('region')
        .select(['code', 'child_count'])
        .where('level', '=', 2)
        .where('child_count', '>=', 2)
        .orderBy('child_count')
        .orderBy('code')
        .executeTakeFirstOrThrow();
      const villages = await db.db
        .selectFrom('region')
        .select('code')
        .where('level', '=', 4)
        .where('code', 'like', `${regency.code}.%`)
        .orderBy('code')
        .execute();
      const rows = villages.slice(1).map((v) => [v.code, '2024-10', 'PU', 5]);
      expect((await importActiveCsv(db.db, csv('region_code,month,segment,active', rows))).status).toBe(
        'committed',
      );
      const r = await getCoverageReport(
        db.db,
        { regionCode: regency.code, month: '2024-10' as Month },
        context,
      );
      // Every district has a row (reportingChildren = child_count), yet one village is missing below.
      expect(r.source.active.reportingChildren).toBe(regency.child_count);
      expect(r.source.active.complete).toBe(false);
      expect(r.coveragePct).toBeNull();
      expect(r.active).toBe(5 * (villages.length - 1));
    } finally {
      await db.close();
    }
  });
});

describe('months before the regulation parameters', () => {
  it('a report with a 2014 month still answers; that month simply has no cost', async () => {
    await importActiveCsv(
      database.db,
      csv('region_code,month,segment,active', [[district.code, '2014-12', 'PU', 10]]),
    );
    const r = await getCoverageReport(
      database.db,
      { regionCode: district.code, month: '2024-10' as Month },
      context,
    );
    expect(r.trend[0]).toMatchObject({ month: '2014-12', gapMonthlyCost: null });
    const old = await getCoverageReport(
      database.db,
      { regionCode: district.code, month: '2014-12' as Month },
      context,
    );
    expect(old.costPerWorkerMonth).toBeNull();
    expect(old.notes.map((n) => n.code)).toContain('NO_COST_PARAMETERS');
  });
});
