import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/auth/actor.ts';
import type { Database } from '../../src/db/database.ts';
import type { RegistryImportKindName } from '../../src/registry/import/registry-import.kind.ts';
import {
  type RegistryImportOptions,
  runRegistryImport,
} from '../../src/registry/import/registry-import.service.ts';
import { kpjFromSerial } from '../../src/registry/membership.rules.ts';
import { enrolParticipant } from '../../src/registry/registry.service.ts';
import { freshDatabase } from '../helpers/database.ts';

const ADMIN = systemActor('uji-impor');
const BRANCH: Actor = { ...systemActor('uji-cabang'), role: 'branch_office', regions: ['15.03'] };
const TODAY = '2026-01-15';
const HEADER = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,segmen,npp,program,penghasilan,mulai_berlaku';
const V = '15.03.03.1001'; // a village of Kec. Sarolangun (15.03.03)
/** A man born 1 Jan 1985 in Kec. Sarolangun with serial `n`: `1503030101850001`… */
const man = (n: number) => `150303010185${String(n).padStart(4, '0')}`;
const bpu = (n: number, name = `Pekerja ${n}`) =>
  `${man(n)},${name},L,1985-01-01,${V},BPU,,JKK JKM,1000000,2025-01-01`;

let database: Database;
const run = (kind: RegistryImportKindName, body: string, options: Partial<RegistryImportOptions> = {}) =>
  runRegistryImport(database, kind, [body], {
    actor: ADMIN,
    mode: 'all',
    dryRun: false,
    fileName: 'uji.csv',
    today: TODAY,
    ...options,
  });
const count = async (table: 'participant' | 'membership' | 'employer' | 'wage_report') =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db))
      .rows[0]?.n,
  );

beforeAll(async () => {
  database = await freshDatabase('base');
});
afterAll(async () => {
  await database.close();
});

describe('participants import', () => {
  it('all-or-nothing refuses the whole file for one bad row, and tells every problem with row and column', async () => {
    const before = await count('participant');
    const report = await run(
      'participants',
      [HEADER, bpu(1), bpu(2), `${man(3)},Salah,P,1985-01-01,${V},BPU,,JKK,500000,2025-01-01`].join('\n'),
    );
    expect(report.status).toBe('rejected');
    expect(await count('participant')).toBe(before);
    expect(report).toMatchObject({ rowsTotal: 3, rowsValid: 2, rowsInvalid: 1, batchId: null });
    expect(report.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'jenis_kelamin', 'NIK_SEX_MISMATCH'],
      [4, 'segmen', 'MEMBERSHIP'],
      [4, 'segmen', 'MEMBERSHIP'],
    ]);
    expect(report.issues[0]?.message).toMatch(/laki-laki/);
    expect(report.issues[0]?.messageEn).toMatch(/male/);
    const stored = await database.db
      .selectFrom('registry_import_issue')
      .selectAll()
      .where('job_id', '=', report.jobId)
      .execute();
    expect(stored).toHaveLength(3);
  });

  it('valid-only stores exactly the good rows; KPJ numbers come from kpj_serial like kpjFromSerial', async () => {
    const report = await run(
      'participants',
      [
        HEADER,
        bpu(11),
        bpu(12),
        `${man(13)},X,L,1985-01-01,15.03.03.9999,BPU,,JKK JKM,1000000,2025-01-01`,
      ].join('\n'),
      { mode: 'valid-only' },
    );
    expect(report).toMatchObject({
      status: 'committed',
      rowsValid: 2,
      rowsInvalid: 1,
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(report.issues.map((i) => i.code)).toEqual(['UNKNOWN_REGION']);
    const people = await database.db
      .selectFrom('participant')
      .select(['nik', 'kpj'])
      .where('nik', 'in', [man(11), man(12)])
      .execute();
    expect(people).toHaveLength(2);
    for (const p of people) expect(kpjFromSerial(Number(p.kpj.slice(0, 10)))).toBe(p.kpj);
    const batch = await database.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', report.batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      kind: 'participants',
      actor: 'uji-impor',
      region_code: V,
      rows_inserted: 2,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(report.batchId))
      .execute();
    expect(audit.map((a) => a.action)).toContain('import.participants');
  });

  it('kpj_of in SQL is kpjFromSerial for serials across the range', async () => {
    const serials = [1, 2, 9, 10, 55, 12345, 99999, 4_294_967_295, 9_999_999_999, 1_234_567_890];
    const { rows } = await sql<{
      s: string;
      k: string;
    }>`select s::text, kpj_of(s) as k from unnest(${serials.map(String)}::bigint[]) s`.execute(database.db);
    expect(rows.map((r) => r.k)).toEqual(serials.map(kpjFromSerial));
  });

  it('re-importing the same file changes nothing and counts the rows unchanged', async () => {
    const file = [HEADER, bpu(21), bpu(22)].join('\n');
    await run('participants', file);
    const snapshot = await database.db
      .selectFrom('participant')
      .select(['id', 'kpj', 'name'])
      .orderBy('id')
      .execute();
    const memberships = await count('membership');
    const again = await run('participants', file);
    expect(again).toMatchObject({ status: 'committed', inserted: 0, updated: 0, unchanged: 2 });
    expect(
      await database.db.selectFrom('participant').select(['id', 'kpj', 'name']).orderBy('id').execute(),
    ).toEqual(snapshot);
    expect(await count('membership')).toBe(memberships);
    const renamed = await run('participants', [HEADER, bpu(21, 'Nama Baru'), bpu(22)].join('\n'));
    expect(renamed).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
  });

  it('finds duplicates inside the file and conflicts with the database', async () => {
    await enrolParticipant(
      database.db,
      ADMIN,
      {
        nik: man(31),
        name: 'Terdaftar',
        sex: 'M',
        birthDate: '1985-01-01',
        villageCode: V,
        membership: {
          segment: 'BPU',
          payerKind: 'self',
          programs: ['JKK', 'JKM'],
          declaredIncome: 1_000_000,
          validFrom: '2024-06-01',
        },
      },
      TODAY,
    );
    await sql`update participant set birth_date = '1985-01-01', sex = 'F' where nik = ${man(32)}`.execute(
      database.db,
    );
    const report = await run(
      'participants',
      [
        HEADER,
        bpu(30),
        bpu(30, 'Lagi'),
        bpu(31),
        `${man(33)},Karyawan,L,1985-01-01,${V},PU,99999999,JKK JKM JHT,,2025-01-01`,
      ].join('\n'),
    );
    expect(report.status).toBe('rejected');
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'DUPLICATE_IN_FILE'],
      [4, 'OPEN_BPU_CONFLICT'],
      [5, 'NPP_UNKNOWN'],
    ]);
    expect(report.issues[0]?.message).toBe('Duplikat dari baris 2');
    await sql`update participant set sex = 'F' where nik = ${man(31)}`.execute(database.db);
    const other = await run('participants', [HEADER, bpu(31)].join('\n'));
    expect(other.issues.map((i) => i.code)).toEqual(['NIK_OTHER_PERSON', 'OPEN_BPU_CONFLICT']);
  });

  it('a dry run checks everything and stores nothing; the job says validated', async () => {
    const before = await count('participant');
    const report = await run('participants', [HEADER, bpu(41)].join('\n'), { dryRun: true });
    expect(report).toMatchObject({ status: 'validated', rowsValid: 1, batchId: null });
    expect(await count('participant')).toBe(before);
    const job = await database.db
      .selectFrom('registry_import_job')
      .selectAll()
      .where('id', '=', report.jobId)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'validated', rows_valid: 1, dry_run: true });
  });

  it('refuses rows outside the importer’s scope exactly like unknown villages', async () => {
    const report = await run(
      'participants',
      [
        HEADER,
        bpu(51),
        `${'170101'}010185${'0052'},Luar,L,1985-01-01,17.01.01.2001,BPU,,JKK JKM,1000000,2025-01-01`,
      ].join('\n'),
      { actor: BRANCH, mode: 'valid-only' },
    );
    expect(report.issues.map((i) => [i.row, i.column, i.code])).toEqual([[3, 'kode_desa', 'UNKNOWN_REGION']]);
    expect(report.inserted).toBe(1);
  });

  it('caps the inline issues and keeps all of them, in row order, for the report', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `${man(100 + i)},X,P,1985-01-01,${V},BPU,,JKK JKM,1000000,2025-01-01`,
    );
    const report = await run('participants', [HEADER, ...rows].join('\n'), { inlineLimit: 5 });
    expect(report.issues).toHaveLength(5);
    expect(report).toMatchObject({ issuesTotal: 30, issuesTruncated: true });
    const stored = await database.db
      .selectFrom('registry_import_issue')
      .select('row_number')
      .where('job_id', '=', report.jobId)
      .orderBy('seq')
      .execute();
    expect(stored.map((s) => s.row_number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('reads XLSX workbooks, dates and numbers in cells included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('peserta');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      man(61),
      'Dari Excel',
      'L',
      new Date(Date.UTC(1985, 0, 1)),
      V,
      'BPU',
      null,
      'JKK JKM',
      1000000,
      '2025-01-01',
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await runRegistryImport(database, 'participants', [new Uint8Array(buffer)], {
      actor: ADMIN,
      mode: 'all',
      dryRun: false,
      fileName: 'uji.xlsx',
      today: TODAY,
    });
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ status: 'committed', inserted: 1 });
  });
});

describe('employers, wage reports and payments', () => {
  const EMP = 'npp,nama,kbli,kelompok_risiko,skala_usaha,kode_desa,status,status_sejak';
  it('upserts employers by NPP with their status history; re-import changes nothing', async () => {
    const file = [
      EMP,
      `15039001,PT Satu,01111,2,kecil,${V},aktif,2024-01-01`,
      `15039002,PT Dua,,1,mikro,${V},,2024-01-01`,
    ].join('\n');
    expect(await run('employers', file)).toMatchObject({ status: 'committed', inserted: 2 });
    expect(await run('employers', file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const closed = await run(
      'employers',
      [EMP, `15039001,PT Satu,01111,2,kecil,${V},tutup,2025-06-01`].join('\n'),
    );
    expect(closed).toMatchObject({ updated: 1 });
    const history = await sql<{
      status: string;
      valid_to: string | null;
    }>`select es.status, es.valid_to::text from employer_status es join employer e on e.id = es.employer_id where e.npp = '15039001' order by es.valid_from`.execute(
      database.db,
    );
    expect(history.rows).toEqual([
      { status: 'active', valid_to: '2025-05-31' },
      { status: 'closed', valid_to: null },
    ]);
    const early = await run(
      'employers',
      [EMP, `15039002,PT Dua,,1,mikro,${V},menunggak,2023-01-01`].join('\n'),
    );
    expect(early.issues.map((i) => i.code)).toEqual(['STATUS_NOT_AFTER_CURRENT']);
  });

  it('stores wage reports per PU membership and month; a new wage updates, the same file changes nothing', async () => {
    await run('employers', [EMP, `15039003,PT Tiga,,2,kecil,${V},aktif,2024-01-01`].join('\n'));
    const pu = `${man(71)},Buruh,L,1985-01-01,${V},PU,15039003,JKK JKM JHT,,2025-01-01`;
    expect(await run('participants', [HEADER, pu].join('\n'))).toMatchObject({ inserted: 1 });
    const file = [
      'nik,npp,bulan,upah',
      `${man(71)},15039003,2025-01,3.500.000`,
      `${man(71)},,2025-02,3500000`,
    ].join('\n');
    expect(await run('wage_reports', file)).toMatchObject({ status: 'committed', inserted: 2 });
    expect(await run('wage_reports', file)).toMatchObject({ inserted: 0, unchanged: 2 });
    const raised = await run('wage_reports', ['nik,bulan,upah', `${man(71)},2025-02,4000000`].join('\n'));
    expect(raised).toMatchObject({ updated: 1 });
    const bad = await run(
      'wage_reports',
      [
        'nik,bulan,upah',
        `${man(72)},2025-02,4000000`,
        `${man(71)},2024-06,1000000`,
        `${man(71)},2030-01,1`,
      ].join('\n'),
    );
    expect(bad.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'PERSON_UNKNOWN'],
      [3, 'NO_PU_MEMBERSHIP'],
      [4, 'FUTURE_MONTH'],
    ]);
  });

  it('resolves payment payers by NPP or KPJ and refuses unknown ones and repeated keys (dry run)', async () => {
    const file = [
      'kunci_idempotensi,npp,kpj,jumlah,tanggal_bayar',
      'K-1,15039003,,1.000.000,2025-02-10',
      'K-1,15039003,,1000000,2025-02-10',
      'K-2,15039999,,5000,2025-02-10',
    ].join('\n');
    const report = await run('payments', file, { dryRun: true });
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'DUPLICATE_IN_FILE'],
      [4, 'PAYER_UNKNOWN'],
    ]);
    expect(report.rowsValid).toBe(1);
  });
});

describe('payments through the payments service', () => {
  it('posts new payments once per idempotency key; the same file again changes nothing', async () => {
    await run(
      'employers',
      [
        'npp,nama,kelompok_risiko,skala_usaha,kode_desa,status_sejak',
        `15039010,PT Bayar,2,kecil,${V},2024-01-01`,
      ].join('\n'),
    );
    const file = [
      'kunci_idempotensi,npp,jumlah,tanggal_bayar,kanal',
      'BAYAR-1,15039010,250000,2025-02-10,bank',
      'BAYAR-2,15039010,100000,2025-02-11,bank',
    ].join('\n');
    const first = await run('payments', file);
    expect(first).toMatchObject({ status: 'committed', inserted: 2 });
    const stored = await database.db
      .selectFrom('payment')
      .select(['idempotency_key', 'payer_key', 'import_id'])
      .where('idempotency_key', 'in', ['BAYAR-1', 'BAYAR-2'])
      .execute();
    expect(stored).toHaveLength(2);
    expect(stored.every((p) => p.import_id === first.batchId && p.payer_key.startsWith('employer:'))).toBe(
      true,
    );
    expect(await run('payments', file)).toMatchObject({ status: 'committed', inserted: 0, unchanged: 2 });
    const changed = await run(
      'payments',
      ['kunci_idempotensi,npp,jumlah,tanggal_bayar', 'BAYAR-1,15039010,999,2025-02-10'].join('\n'),
    );
    expect(changed.issues.map((i) => i.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL)(
  'a killed import on the server',
  () => {
    it('leaves no row behind: staging, checks and merge are one transaction', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-crash-'));
      const file = path.join(dir, 'crash.csv');
      const lines = [HEADER];
      for (let i = 0; i < 40_000; i++) {
        const nik = `150303${String(1 + (i % 28)).padStart(2, '0')}0185${String(1 + Math.floor(i / 28)).padStart(4, '0')}`;
        lines.push(
          `${nik},Crash ${i},L,1985-01-${String(1 + (i % 28)).padStart(2, '0')},${V},BPU,,JKK JKM,1000000,2025-01-01`,
        );
      }
      fs.writeFileSync(file, lines.join('\n'));
      const people = await count('participant');
      const jobs = await database.db.selectFrom('registry_import_job').select('id').execute();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'test/db/registry-import.child.ts', database.location, file],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const said = await new Promise<string>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          if (String(d).includes('staged') || String(d).includes('finished')) resolve(String(d));
        });
        child.on('exit', () => resolve('exit'));
      });
      expect(said).toContain('staged');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // The server notices the dropped connection and rolls its transaction back.
      for (
        let i = 0;
        i < 50 &&
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`.execute(
            database.db,
          )
        ).rows[0]?.n;
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      expect(await count('participant')).toBe(people);
      const after = await database.db
        .selectFrom('registry_import_job')
        .selectAll()
        .where('id', 'not in', jobs.length ? jobs.map((j) => j.id) : [0])
        .execute();
      expect(after.map((j) => j.status)).toEqual(['running']); // the job row says where it stopped; no data row exists
      fs.rmSync(dir, { recursive: true, force: true });
    });
  },
);
