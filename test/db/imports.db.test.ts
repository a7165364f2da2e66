import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { freshDatabase } from '../helpers/database.ts';
import {
  csv,
  importActiveCsv,
  importTargetsCsv,
  importWorkforceCsv,
  tableCount,
} from '../helpers/factories.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('base');
  // Sarolangun's potential workers: 112,000 (seed 002), so more than that active is impossible.
  await importWorkforceCsv(database.db, csv('region_code,workforce', [['15.03', 112_000]]));
});
afterAll(() => database.close());

const HEADER = 'region_code,month,segment,active';

async function snapshot() {
  const rows = await sql<{ k: string }>`
    select region_code || '|' || month || '|' || segment || '|' || active as k from active_report order by 1
  `.execute(database.db);
  return rows.rows.map((r) => r.k);
}

describe('active-participant import: every bad row reported with row, column and reason', () => {
  it.each([
    [
      '15.99,2024-10,PU,10',
      'region_code',
      'UNKNOWN_REGION',
      'Kode wilayah tidak ada dalam daftar wilayah resmi',
    ],
    ['abc,2024-10,PU,10', 'region_code', 'INVALID_REGION_CODE', 'Format kode wilayah Kemendagri tidak valid'],
    ['15.03,2024-10,PU,-5', 'active', 'NEGATIVE', 'Tidak boleh negatif'],
    ['15.03,2024-10,PU,banyak', 'active', 'NOT_A_NUMBER', 'Bukan angka'],
    ['15.03,2024-10,PU,10.5', 'active', 'NOT_AN_INTEGER', 'Harus bilangan bulat'],
    ['15.03,2024-13,PU,10', 'month', 'INVALID_MONTH', 'Bulan tidak valid'],
    ['15.03,2026-02,PU,10', 'month', 'FUTURE_MONTH', 'belum terjadi'],
    ['15.03,2024-10,PNS,10', 'segment', 'UNKNOWN_SEGMENT', 'Segmen tidak dikenal'],
    ['15.03,2024-10,PU,200000', 'active', 'ACTIVE_EXCEEDS_WORKFORCE', 'melebihi angkatan kerja 112000'],
    ['15.03,2024-10,PU', null, 'WRONG_FIELD_COUNT', 'Baris berisi 3 kolom, seharusnya 4'],
  ])('%s → %s %s', async (line, column, code, message) => {
    const report = await importActiveCsv(database.db, `${HEADER}\n15.03,2024-09,BPU,1\n${line}\n`);
    expect(report.status).toBe('rejected');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ row: 3, column, code });
    expect(report.issues[0]?.message).toContain(message);
    expect(report.issues[0]?.messageEn.length).toBeGreaterThan(5);
    expect(await tableCount(database.db, 'active_report')).toBe(0);
  });

  it('reports a duplicate with the row it repeats', async () => {
    const report = await importActiveCsv(
      database.db,
      `${HEADER}\n15.03,2024-10,PU,1\n15.03,2024-10,BPU,2\n15.03,2024-10,PU,3\n`,
    );
    expect(report.issues).toEqual([
      expect.objectContaining({ row: 4, code: 'DUPLICATE_ROW', message: 'Duplikat dari baris 2' }),
    ]);
  });

  it('counts the active total of a region-month across rows against the workforce', async () => {
    const report = await importActiveCsv(
      database.db,
      `${HEADER}\n15.03,2024-10,PU,60000\n15.03,2024-10,BPU,60000\n`,
    );
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'ACTIVE_EXCEEDS_WORKFORCE'],
      [3, 'ACTIVE_EXCEEDS_WORKFORCE'],
    ]);
  });

  it('reports a missing column on the header row, even when asked to keep valid rows', async () => {
    const report = await importActiveCsv(database.db, 'region_code,month,active\n15.03,2024-10,5\n', {
      mode: 'valid-only',
    });
    expect(report).toMatchObject({ status: 'rejected', rowsValid: 0, rowsInvalid: 1 });
    expect(report.issues[0]).toMatchObject({ row: 1, column: 'segment', code: 'MISSING_COLUMN' });
  });

  it('reports an empty file', async () => {
    const report = await importActiveCsv(database.db, `${HEADER}\n`);
    expect(report.issues[0]).toMatchObject({ row: 1, code: 'EMPTY_FILE' });
  });
});

describe('all-or-nothing, exactly the good rows, or a dry run', () => {
  const mixed = `${HEADER}\n15.03,2024-10,PU,30000\n15.03,2024-10,BPU,10000\n15.99,2024-10,PU,1\n15.03,2024-11,PU,30100\n`;

  it('mode all: one bad row and nothing is written', async () => {
    const batches = await tableCount(database.db, 'import_batch');
    const report = await importActiveCsv(database.db, mixed);
    expect(report).toMatchObject({
      status: 'rejected',
      rowsTotal: 4,
      rowsValid: 3,
      rowsInvalid: 1,
      batchId: null,
    });
    expect(await tableCount(database.db, 'active_report')).toBe(0);
    expect(await tableCount(database.db, 'active_effective')).toBe(0);
    expect(await tableCount(database.db, 'import_batch')).toBe(batches);
  });

  it('dry run: validated, nothing written', async () => {
    const report = await importActiveCsv(database.db, mixed, { mode: 'valid-only', dryRun: true });
    expect(report.status).toBe('validated');
    expect(await tableCount(database.db, 'active_report')).toBe(0);
  });

  it('mode valid-only: exactly the three good rows, and the batch records the bad one', async () => {
    const report = await importActiveCsv(database.db, mixed, { mode: 'valid-only' });
    expect(report).toMatchObject({
      status: 'committed',
      rowsValid: 3,
      rowsInvalid: 1,
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(await snapshot()).toEqual([
      '15.03|2024-10-01|BPU|10000',
      '15.03|2024-10-01|PU|30000',
      '15.03|2024-11-01|PU|30100',
    ]);
    const batch = await database.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', report.batchId as number)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      rows_total: 4,
      rows_valid: 3,
      rows_invalid: 1,
      rows_inserted: 3,
      mode: 'valid-only',
    });
  });

  it('importing the same file twice changes nothing', async () => {
    const before = await snapshot();
    const report = await importActiveCsv(database.db, mixed, { mode: 'valid-only' });
    expect(report).toMatchObject({ status: 'committed', inserted: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(before);
  });

  it('a corrected figure replaces the old one (one update, no duplicate)', async () => {
    const report = await importActiveCsv(database.db, `${HEADER}\n15.03,2024-10,PU,30500\n`);
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    expect(await snapshot()).toContain('15.03|2024-10-01|PU|30500');
    expect(await snapshot()).not.toContain('15.03|2024-10-01|PU|30000');
  });

  it('accepts Indonesian headers, semicolons, undotted codes, dotted thousands and TOTAL', async () => {
    const report = await importActiveCsv(
      database.db,
      'kode_wilayah;bulan;segmen;peserta_aktif\n1503;2024-12;total;"1.234"\n',
    );
    expect(report).toMatchObject({ status: 'committed', inserted: 1 });
    expect(await snapshot()).toContain('15.03|2024-12-01|UNSPECIFIED|1234');
  });
});

describe('a TOTAL and a breakdown by segment are never added up', () => {
  it('refuses both for one region-month in one file', async () => {
    const report = await importActiveCsv(
      database.db,
      `${HEADER}\n15.03.01,2024-08,TOTAL,400\n15.03.01,2024-08,PU,300\n`,
    );
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'TOTAL_WITH_SEGMENTS'],
      [3, 'TOTAL_WITH_SEGMENTS'],
    ]);
  });

  it('a later breakdown replaces a stored TOTAL, and a TOTAL replaces a breakdown', async () => {
    const stored = async () =>
      await database.db
        .selectFrom('active_report')
        .select(['segment', 'active'])
        .where('region_code', '=', '15.03.01')
        .where('month', '=', '2024-07-01')
        .orderBy('segment')
        .execute();
    await importActiveCsv(database.db, `${HEADER}\n15.03.01,2024-07,TOTAL,400\n`);
    const breakdown = await importActiveCsv(
      database.db,
      `${HEADER}\n15.03.01,2024-07,PU,300\n15.03.01,2024-07,BPU,100\n`,
    );
    expect(breakdown).toMatchObject({ inserted: 2, updated: 1 });
    expect(await stored()).toEqual([
      { segment: 'BPU', active: 100 },
      { segment: 'PU', active: 300 },
    ]);
    await importActiveCsv(database.db, `${HEADER}\n15.03.01,2024-07,TOTAL,410\n`);
    expect(await stored()).toEqual([{ segment: 'UNSPECIFIED', active: 410 }]);
  });
});

describe('workforce import', () => {
  it('creates a new dataset only when the import commits', async () => {
    const datasets = await tableCount(database.db, 'workforce_dataset');
    const report = await importWorkforceCsv(database.db, csv('region_code,workforce', [['15.99', 10]]), {
      key: 'never-created',
    });
    expect(report.status).toBe('rejected');
    expect(await tableCount(database.db, 'workforce_dataset')).toBe(datasets);
  });

  it('refuses a workforce smaller than the active participants of its reference month', async () => {
    // 15.03 has 30,500 + 10,000 active in Oct 2024 (above); a dataset for Oct 2024 of 20,000 is impossible.
    const report = await importWorkforceCsv(database.db, csv('region_code,workforce', [['15.03', 20_000]]), {
      key: 'too-small',
      referenceMonth: '2024-10' as never,
    });
    expect(report.issues[0]).toMatchObject({ row: 2, column: 'workforce', code: 'WORKFORCE_BELOW_ACTIVE' });
  });

  it('refuses to move an existing dataset to another basis', async () => {
    await expect(
      importWorkforceCsv(database.db, csv('region_code,workforce', [['15.03', 1]]), { basis: 'bps' }),
    ).rejects.toThrow(/basis potential/);
  });
});

describe('targets import', () => {
  it('reads percentages with comma or dot and refuses unknown bases', async () => {
    const report = await importTargetsCsv(
      database.db,
      'region_code,year,target_pct,basis,source\n15.03,2024,65,potential,Pemkab\n15,2025,"55,5",,BPJS\n16,2025,50,nope,x\n',
      { mode: 'valid-only' },
    );
    expect(report).toMatchObject({ status: 'committed', inserted: 2 });
    expect(report.issues).toEqual([
      expect.objectContaining({ row: 4, column: 'basis', code: 'UNKNOWN_BASIS' }),
    ]);
    const stored = await database.db
      .selectFrom('coverage_target')
      .select(['region_code', 'target_bp', 'basis'])
      .orderBy('region_code')
      .execute();
    expect(stored).toEqual([
      { region_code: '15', target_bp: 5_550, basis: null },
      { region_code: '15.03', target_bp: 6_500, basis: 'potential' },
    ]);
  });
});
