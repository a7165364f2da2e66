import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import type { Database } from '../../src/db/database.ts';
import { LOCKS, lockForTransaction } from '../../src/db/locks.ts';
import { importBeneficiaries } from '../../src/funding/beneficiaries.service.ts';
import { createProgram } from '../../src/funding/funding.service.ts';
import { freshDatabase } from '../helpers/database.ts';
import { serverUrl } from '../setup/templates.ts';

const actor = systemActor('uji-paralel-pendanaan');
const HEADER = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,telepon,pekerjaan,mulai_berlaku';
/** Men born on 1 Jan 1980 in Kec. 15.03.03, serial n. */
const row = (n: number) =>
  `150303010180${String(n).padStart(4, '0')},Pekerja ${n},L,1980-01-01,15.03.03.1001,,petani,`;

let database: Database;
beforeAll(async () => {
  if (serverUrl()) database = await freshDatabase('base');
});
afterAll(() => database?.close());

const program = (code: string, workers: number) =>
  createProgram(database.db, actor, {
    code,
    name: `Program ${code}`,
    funderKind: 'regency',
    funderName: 'Pemkab Sarolangun',
    regionCode: '15.03',
    source: 'apbd',
    fiscalYear: 2025,
    budget: workers * 12 * 16_800,
    periodFrom: '2025-01',
    periodTo: '2025-12',
  });
/**
 * Backends of this database waiting for a lock: the first import queues on the beneficiary-import
 * lock, the second on the first one's `analyze` of the same tables (held to its commit) — either way,
 * not past its checks.
 */
const waiting = async () =>
  (
    await sql<{ n: number }>`select count(distinct l.pid)::int as n from pg_locks l
      join pg_stat_activity a on a.pid = l.pid
      where not l.granted and a.datname = current_database()`.execute(database.db)
  ).rows[0]?.n ?? 0;

/**
 * Starts both imports while a third transaction holds the lock, waits until both are queued behind
 * it — so their checks cannot have run yet — then lets them go: the worst interleaving, every time.
 */
async function together<T>(first: () => Promise<T>, second: () => Promise<T>): Promise<[T, T]> {
  let started: Promise<[T, T]> | null = null;
  await database.db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, LOCKS.fundingEnrolment);
    started = Promise.all([first(), second()]);
    while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return started as unknown as Promise<[T, T]>;
}

const load = (programId: number, rows: readonly string[]) =>
  importBeneficiaries(database, actor, programId, [[HEADER, ...rows].join('\n')], {
    mode: 'valid-only',
    dryRun: false,
    fileName: 'penerima.csv',
    today: '2026-01-15',
  });

/**
 * On the PostgreSQL server (PGlite has one connection: nothing runs in parallel there), beneficiary
 * lists imported at the same moment queue on one lock, so neither the budget nor the "never pay twice"
 * rule can be beaten by timing.
 */
describe.skipIf(!serverUrl())('beneficiary imports in parallel on the PostgreSQL server', () => {
  it('two lists for one program with room for 3 workers enrol exactly 3', async () => {
    const p = await program('PARALEL-A', 3);
    const [a, b] = await together(
      () => load(p.id, [row(1), row(2)]),
      () => load(p.id, [row(3), row(4)]),
    );
    expect(a.inserted + b.inserted).toBe(3);
    expect([...a.issues, ...b.issues].map((i) => i.code)).toEqual(['BUDGET_EXCEEDED']);
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from funding_beneficiary where program_id = ${p.id}`.execute(database.db);
    expect(n.rows[0]?.n).toBe(3);
  });

  it('one person on the lists of two programs at once is enrolled by one of them only', async () => {
    const [x, y] = [await program('PARALEL-X', 5), await program('PARALEL-Y', 5)];
    const [a, b] = await together(
      () => load(x.id, [row(10)]),
      () => load(y.id, [row(10)]),
    );
    expect(a.inserted + b.inserted).toBe(1);
    expect([...a.issues, ...b.issues].map((i) => i.code)).toEqual(['OTHER_PROGRAM']);
  });
});
