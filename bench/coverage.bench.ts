import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemActor } from '../src/auth/actor.ts';
import { verifyPassword } from '../src/auth/password.ts';
import { findUserByUsername } from '../src/auth/users.repo.ts';
import { createAccount } from '../src/auth/users.service.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import { activeImport } from '../src/coverage/active.import.ts';
import type { Database } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import type { Clock } from '../src/http/clock.ts';
import { runImport } from '../src/imports/import.runner.ts';
import { addMonths, type Month } from '../src/shared/month.ts';
import { importWorkforce } from '../src/workforce/workforce.service.ts';
import { percentile, round, timed } from './stats.ts';
import { activeCsvForMonth, workforceCsv } from './synthetic.ts';
import type { BenchTarget } from './targets.ts';

export interface BenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

export interface CoverageBenchOptions {
  readonly months: number;
  readonly samples: number;
  readonly villages?: number | undefined;
  readonly reuse?: boolean;
}

const CLOCK: Clock = { now: () => new Date('2026-11-01T00:00:00Z') };
const FIRST_MONTH = '2024-11' as Month;
const quiet = { info: () => {}, warn: () => {} };

/** Samples region codes of one level deterministically (every k-th code). */
export async function sampleCodes(database: Database, level: number, count: number): Promise<string[]> {
  const rows = await database.db
    .selectFrom('region')
    .select('code')
    .where('level', '=', level)
    .orderBy('code')
    .execute();
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((r) => r.code);
}

async function loadNationalData(
  database: Database,
  target: BenchTarget,
  options: CoverageBenchOptions,
  rows: BenchRow[],
) {
  const villages = (
    await database.db.selectFrom('region').select('code').where('level', '=', 4).orderBy('code').execute()
  )
    .map((r) => r.code)
    .slice(0, options.villages);
  const wf = await timed(() =>
    importWorkforce(
      database.db,
      workforceCsv(villages),
      {
        key: 'bench-potential',
        basis: 'potential',
        name: 'Bench',
        referenceMonth: FIRST_MONTH,
        source: 'synthetic',
      },
      {
        actor: systemActor('bench'),
        mode: 'all',
        dryRun: false,
        fileName: 'bench-workforce.csv',
        source: 'synthetic',
      },
    ),
  );
  rows.push({
    path: `workforce import (${villages.length.toLocaleString('en')} villages, rollup to all levels)`,
    product: `${round(wf.ms / 1000)} s`,
    limit: '—',
  });

  let importMs = 0;
  let importedRows = 0;
  let peakRss = 0;
  const tmp = path.join(os.tmpdir(), `cakupan-bench-${process.pid}.csv`);
  for (let m = 0; m < options.months; m++) {
    const month = addMonths(FIRST_MONTH, m);
    const csv = activeCsvForMonth(villages, month, m);
    if (m === 0) fs.writeFileSync(tmp, csv);
    const result = await timed(() =>
      runImport(database.db, activeImport('2026-11' as Month), csv, {
        actor: systemActor('bench'),
        mode: 'all',
        dryRun: false,
        fileName: `${month}.csv`,
        source: 'synthetic',
      }),
    );
    if (result.value.status !== 'committed') throw new Error(`bench import ${month} ${result.value.status}`);
    importMs += result.ms;
    importedRows += result.value.rowsValid;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    process.stderr.write(
      `  ${target.name} ${month}: ${result.value.rowsValid} rows in ${round(result.ms / 1000)} s\n`,
    );
  }
  const copyMs = await target.rawCopy(database, tmp);
  const perMonth = importedRows / options.months;
  fs.rmSync(tmp, { force: true });
  rows.push({
    path: `validated import + rollup (${options.months} × ${Math.round(perMonth).toLocaleString('en')} rows)`,
    product: `${Math.round(importedRows / (importMs / 1000)).toLocaleString('en')} rows/s, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`,
    limit: `raw COPY ${Math.round(perMonth / (copyMs / 1000)).toLocaleString('en')} rows/s`,
  });
  return { lastMonth: addMonths(FIRST_MONTH, options.months - 1), importedRows };
}

/** What a kept database already holds (for --reuse). */
async function loadedData(database: Database) {
  const row = await sql<{
    month: string;
    n: number;
  }>`select max(month)::text as month, count(*)::int8 as n from active_report`.execute(database.db);
  const month = row.rows[0]?.month;
  if (!month) throw new Error('nothing to reuse: run the bench with --keep first');
  return { lastMonth: month.slice(0, 7) as Month, importedRows: row.rows[0]?.n ?? 0 };
}

const BENCH_USER = 'bench.nasional';
const BENCH_PASSWORD = 'bench-password-123';

async function benchSession(database: Database, app: Awaited<ReturnType<typeof buildApp>>): Promise<string> {
  if (!(await findUserByUsername(database.db, BENCH_USER))) {
    await createAccount(database.db, systemActor('bench'), {
      username: BENCH_USER,
      displayName: 'Bench',
      role: 'national_admin',
      regions: ['00'],
      password: BENCH_PASSWORD,
    });
  }
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: BENCH_USER, password: BENCH_PASSWORD },
  });
  const session = login.cookies.find((c) => c.name === 'cakupan_session');
  if (!session) throw new Error(`bench login failed: ${login.body}`);
  return `cakupan_session=${session.value}`;
}

/**
 * National-scale coverage benchmark: village-level aggregates for every village of Indonesia over
 * `months` months go through the real import path; then coverage for sampled regions of every level
 * is requested over HTTP (inject) and compared with a naive GROUP BY over the raw village rows.
 */
export async function benchCoverage(target: BenchTarget, options: CoverageBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const database = await target.open();
  try {
    const config = loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent', CAKUPAN_WEB_DIR: '/nonexistent' });
    const prepared = await timed(() => prepareDatabase(database, config, CLOCK, quiet));
    if (!options.reuse) {
      rows.push({
        path: 'schema + official region tree (91,593 regions)',
        product: `${round(prepared.ms / 1000)} s`,
        limit: '—',
      });
    }
    const { lastMonth, importedRows } = options.reuse
      ? await loadedData(database)
      : await loadNationalData(database, target, options, rows);
    const app = await buildApp({ database, config, clock: CLOCK }, { logger: false });
    await app.ready();
    // Requests go as a logged-in national administrator (session cookie), the dashboard's own path:
    // every request then pays the session and account lookups of the access hook.
    const cookie = await benchSession(database, app);
    for (const [level, name] of ['national', 'province', 'regency', 'district', 'village'].entries()) {
      const codes = level === 0 ? ['00'] : await sampleCodes(database, level, options.samples);
      const product: number[] = [];
      const naive: number[] = [];
      for (let i = 0; i < Math.max(options.samples, 20); i++) {
        const code = codes[i % codes.length] as string;
        const response = await timed(() =>
          app.inject({
            method: 'GET',
            url: `/api/v1/coverage/${code}?month=${lastMonth}`,
            headers: { cookie },
          }),
        );
        if (response.value.statusCode !== 200) throw new Error(`coverage ${code}: ${response.value.body}`);
        if (i >= 3) product.push(response.ms);
        const prefix = code === '00' ? '%' : `${code}.%`;
        const slow = await timed(() =>
          sql`select segment, sum(active)::int8 as active from active_report
              where month = ${`${lastMonth}-01`} and (region_code = ${code} or region_code like ${prefix}) group by segment`.execute(
            database.db,
          ),
        );
        if (i >= 3) naive.push(slow.ms);
      }
      const p95 = percentile(product, 95);
      const naiveP95 = percentile(naive, 95);
      rows.push({
        path: `coverage ${name} (GET /coverage, p50 / p95)`,
        product: `${round(percentile(product, 50))} / ${round(p95)} ms`,
        limit: `naive GROUP BY ${round(percentile(naive, 50))} / ${round(naiveP95)} ms (${round(naiveP95 / p95)}×)`,
      });
    }
    const anonymous: number[] = [];
    const signedIn: number[] = [];
    for (let i = 0; i < 200; i++) {
      const url = `/api/v1/coverage/00?month=${lastMonth}`;
      const a = await timed(() => app.inject({ method: 'GET', url }));
      const b = await timed(() => app.inject({ method: 'GET', url, headers: { cookie } }));
      if (i >= 10) {
        anonymous.push(a.ms);
        signedIn.push(b.ms);
      }
    }
    rows.push({
      path: 'access control: national coverage with a session cookie (p50)',
      product: `${round(percentile(signedIn, 50))} ms`,
      limit: `anonymous (public level, no lookup) ${round(percentile(anonymous, 50))} ms`,
    });
    // Login is bound by argon2id on purpose (OWASP parameters): its limit is one bare verification.
    const logins: number[] = [];
    const verifies: number[] = [];
    const account = await findUserByUsername(database.db, BENCH_USER);
    for (let i = 0; i < 20; i++) {
      const login = await timed(() =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: BENCH_USER, password: BENCH_PASSWORD },
        }),
      );
      logins.push(login.ms);
      verifies.push((await timed(() => verifyPassword(account?.passwordHash ?? '', BENCH_PASSWORD))).ms);
    }
    rows.push({
      path: 'login (POST /auth/login, p50)',
      product: `${round(percentile(logins, 50))} ms`,
      limit: `one argon2id verification ${round(percentile(verifies, 50))} ms`,
    });
    const size = await sql<{
      bytes: number;
    }>`select pg_database_size(current_database())::int8 as bytes`.execute(database.db);
    rows.push({
      path: 'database size',
      product: `${Math.round((size.rows[0]?.bytes ?? 0) / 2 ** 20)} MB for ${importedRows.toLocaleString('en')} imported rows`,
      limit: '—',
    });
    await app.close();
  } finally {
    await database.close();
    await target.cleanup();
  }
  return rows;
}
