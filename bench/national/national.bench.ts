import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../../src/auth/actor.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import { runBilling } from '../../src/billing/billing.service.ts';
import { lapseUnpaidBpu } from '../../src/billing/lapse.service.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config/config.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/http/clock.ts';
import { refreshAllRegistryCoverage } from '../../src/protection/protection.service.ts';
import { runRegistryImport } from '../../src/registry/import/registry-import.service.ts';
import { registerProject } from '../../src/registry/projects.service.ts';
import { loadParameterBook } from '../../src/regulations/regulations.service.ts';
import { addMonths } from '../../src/shared/month.ts';
import { importWorkforce } from '../../src/workforce/workforce.service.ts';
import { sampleCodes } from '../coverage.bench.ts';
import { benchDashboard } from '../dashboard.bench.ts';
import { benchPayments } from '../payments.bench.ts';
import { percentile, round, timed } from '../stats.ts';
import { writeBankFile } from './bank-file.ts';
import { buildGeography } from './geography.ts';
import { firstMonth, LAST_MONTH, type NationalPlan, planFor, TODAY } from './plan.ts';
import { writeNationalFiles } from './world.ts';

export interface BenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

export interface NationalBenchOptions {
  /** A PostgreSQL server URL allowed to create the database `cakupan_bench_national`. */
  readonly adminUrl: string;
  readonly size: string;
  readonly months?: number | undefined;
  readonly samples: number;
  /** Keep the database afterwards (to look at it, or to time coverage again). */
  readonly keep: boolean;
  /** Skip the dashboard row (no Chromium). */
  readonly noBrowser: boolean;
  /** Run the BPU lapse rule after each month (reads every open BPU membership's bills). */
  readonly lapse: boolean;
  /** Go on with a database kept by an earlier run (`--keep`): no generation or import, unbilled months only. */
  readonly resume?: boolean;
  /** `postgres` (default): the server at adminUrl; `pglite`: the embedded database in a temporary directory. */
  readonly db?: 'postgres' | 'pglite';
  readonly log: (line: string) => void;
}

interface ImportRun {
  seconds: number;
  rssMb: number;
  rows: number;
  phases: string;
}

/** Where the national data goes, with its own way of importing a file and of a raw COPY. */
interface Store {
  readonly database: Database;
  importFile(kind: string, file: string): Promise<ImportRun>;
  rawCopy(file: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * One database per size (`cakupan_bench_national_10m`): a run drops and recreates its own, and a run of
 * another size — the CI smoke run of `1m` on a shared server — must never drop a kept 10 M database
 * under a running bench (it did once, and a 40-minute 10 M run was lost).
 */
const databaseFor = (size: string) =>
  `cakupan_bench_national_${size.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
const CLOCK: Clock = { now: () => new Date(`${TODAY}T03:00:00Z`) };
const USER = 'bench.nasional';
const PASSWORD = 'bench-password-123';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${round(ms / 1000, 1)} s`;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `cakupan registry-import <kind> <file> --json` in a child process, with its peak memory. */
function cliImport(url: string, kind: string, file: string): Promise<ImportRun> {
  return new Promise((resolve, reject) => {
    const args = [
      '-v',
      process.execPath,
      '--import',
      'tsx',
      'src/cli/main.ts',
      'registry-import',
      kind,
      file,
      '--json',
    ];
    const env = { ...process.env, DATABASE_URL: url, CAKUPAN_DEMO: '0', LOG_LEVEL: 'warn' };
    const child = spawn('/usr/bin/time', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${kind} import failed (${code}): ${stderr.slice(-3000)}`));
      const report = JSON.parse(stdout) as {
        seconds: number;
        status: string;
        rowsValid: number;
        rowsInvalid: number;
        phases: Record<string, number>;
      };
      if (report.status !== 'committed' || report.rowsInvalid > 0)
        return reject(new Error(`${kind} import ${report.status}: ${stdout.slice(0, 3000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        seconds: report.seconds,
        rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
        rows: report.rowsValid,
        phases: phasesText(report.phases),
      });
    });
  });
}

/** The first line of a CSV, read alone (a national file is larger than any string). */
function headerOf(file: string): string[] {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return (buffer.subarray(0, n).toString('utf8').split('\n')[0] ?? '').split(',');
  } finally {
    fs.closeSync(fd);
  }
}

/** Raw `\copy` of a CSV into a plain, unindexed table of text columns: the machine's floor for a file. */
function rawCopy(url: string, file: string): number {
  const header = headerOf(file);
  const table = `bench_copy_${path.basename(file, '.csv').replace(/\W/g, '_')}`;
  spawnSync('psql', [
    url,
    '-qc',
    `drop table if exists ${table}; create table ${table} (${header.map((h) => `${h} text`).join(', ')})`,
  ]);
  const started = performance.now();
  const copy = spawnSync('psql', [url, '-qc', `\\copy ${table} from '${file}' csv header`], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (copy.status !== 0) throw new Error(`\\copy failed: ${copy.stderr}`);
  spawnSync('psql', [url, '-qc', `drop table ${table}`]);
  return ms;
}

const phasesText = (phases: Record<string, number> | undefined) =>
  Object.entries(phases ?? {})
    .map(([k, v]) => `${k} ${round(v / 1000)}`)
    .join(', ');

/** PGlite: the import in this process (one process owns the data directory); RSS is the process's peak. */
async function inProcessImport(database: Database, kind: string, file: string): Promise<ImportRun> {
  const report = await runRegistryImport(database, kind as 'participants', fs.createReadStream(file), {
    actor: systemActor('bench'),
    mode: 'all',
    dryRun: false,
    fileName: path.basename(file),
    today: TODAY,
  });
  if (report.status !== 'committed' || report.rowsInvalid > 0)
    throw new Error(`${kind} import ${report.status}: ${JSON.stringify(report.issues.slice(0, 5))}`);
  return {
    seconds: report.seconds,
    rssMb: process.resourceUsage().maxRSS / 1024,
    rows: report.rowsValid,
    phases: phasesText(report.phases),
  };
}

async function pgliteCopy(database: Database, file: string): Promise<number> {
  const header = headerOf(file);
  await sql
    .raw(`create table bench_copy (${header.map((h) => `${h} text`).join(', ')})`)
    .execute(database.db);
  const csv = fs.readFileSync(file, 'utf8');
  const started = performance.now();
  await database.copyCsv?.('bench_copy', csv);
  const ms = performance.now() - started;
  await sql`drop table bench_copy`.execute(database.db);
  return ms;
}

async function openStore(o: NationalBenchOptions): Promise<Store> {
  const DATABASE = databaseFor(o.size);
  if (o.db === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-national-pglite-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    await prepareDatabase(database, loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent' }), CLOCK, {
      info: () => {},
      warn: () => {},
    });
    return {
      database,
      importFile: (kind, file) => inProcessImport(database, kind, file),
      rawCopy: (file) => pgliteCopy(database, file),
      async close() {
        await database.close();
        if (!o.keep) fs.rmSync(dir, { recursive: true, force: true });
        else o.log(`kept the PGlite data in ${dir}`);
      },
    };
  }
  if (!o.resume) {
    await admin(o.adminUrl, `drop database if exists ${DATABASE} with (force)`);
    await admin(o.adminUrl, `create database ${DATABASE}`);
  }
  const url = withDatabase(o.adminUrl, DATABASE);
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'db', 'prepare'], {
    env: { ...process.env, DATABASE_URL: url, CAKUPAN_DEMO: '0', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (prepared.status !== 0) throw new Error(`db prepare failed: ${prepared.stderr}`);
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 8 });
  return {
    database,
    importFile: (kind, file) => cliImport(url, kind, file),
    rawCopy: async (file) => rawCopy(url, file),
    async close() {
      await database.close();
      if (!o.keep) await admin(o.adminUrl, `drop database if exists ${DATABASE} with (force)`);
    },
  };
}

/** Loads the synthetic country through the real import paths and plays `plan.months` months. */
async function load(store: Store, plan: NationalPlan, o: NationalBenchOptions, rows: BenchRow[]) {
  const database = store.database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cakupan-national-${plan.name}-`));
  const actor = systemActor('bench');
  try {
    // --resume: the registry of a kept database is loaded; only the months not billed yet are played.
    if (!o.resume) {
      const villages = (
        await database.db.selectFrom('region').select('code').where('level', '=', 4).orderBy('code').execute()
      ).map((r) => r.code);
      const generated = await timed(async () =>
        writeNationalFiles(plan, buildGeography(villages, plan.seed), dir, (n) =>
          o.log(`  generated ${fmt(n)} people`),
        ),
      );
      const files = generated.value;
      const bytes = fs.statSync(files.participants).size;
      o.log(
        `generated ${fmt(files.rows.participants)} people, ${fmt(plan.employers)} employers in ${seconds(generated.ms)}`,
      );
      const wf = await timed(() =>
        importWorkforce(
          database.db,
          fs.createReadStream(files.workforce),
          {
            key: 'bench-bps',
            basis: 'potential',
            name: 'BPS (synthetic)',
            referenceMonth: firstMonth(plan),
            source: 'synthetic',
          },
          { actor, mode: 'all', dryRun: false, fileName: 'angkatan-kerja.csv', source: 'synthetic' },
        ),
      );
      o.log(`workforce ${seconds(wf.ms)}`);
      const employers = await store.importFile('employers', files.employers);
      o.log(`employers ${fmt(employers.rows)} in ${employers.seconds} s`);
      const projects = await timed(async () => {
        for (const p of files.projects) await registerProject(database.db, actor, p, p.startsOn);
      });
      o.log(`projects ${fmt(files.projects.length)} in ${seconds(projects.ms)}`);
      const copyMs = await store.rawCopy(files.participants);
      const people = await store.importFile('participants', files.participants);
      o.log(
        `participants ${fmt(people.rows)} in ${people.seconds} s (raw copy ${seconds(copyMs)}), peak RSS ${fmt(people.rssMb)} MB (${people.phases})`,
      );
      const wages = await store.importFile('wage_reports', files.wages);
      o.log(`wage reports ${fmt(wages.rows)} in ${wages.seconds} s (${wages.phases})`);
      rows.push({
        path: `validated import: participants (${fmt(people.rows)} rows, ${round(bytes / 2 ** 20)} MB CSV)`,
        product: `${fmt(people.rows / people.seconds)} rows/s (${people.seconds} s: ${people.phases}), peak RSS ${fmt(people.rssMb)} MB`,
        limit: `raw COPY ${fmt(people.rows / (copyMs / 1000))} rows/s (${seconds(copyMs)}): ratio ${round(copyMs / 1000 / people.seconds, 3)}`,
      });
      rows.push({
        path: `validated import: employers ${fmt(employers.rows)}, wage reports ${fmt(wages.rows)}; Jakon projects ${fmt(files.projects.length)} (service)`,
        product: `${fmt(employers.rows / employers.seconds)} / ${fmt(wages.rows / wages.seconds)} rows/s; ${fmt(files.projects.length / (projects.ms / 1000))} projects/s`,
        limit: `peak RSS ${fmt(employers.rssMb)} / ${fmt(wages.rssMb)} MB`,
      });
    }

    const book = await loadParameterBook(database.db);
    let last = { ms: 0, bills: 0, lines: 0, runId: 0, phases: {} as Record<string, number> };
    let paymentsMs = 0;
    let paymentsRows = 0;
    let lapseMs = 0;
    let lapsed = 0;
    const billedMonths = new Set(
      (
        await sql<{ month: string }>`select to_char(month, 'YYYY-MM') as month from bill_run`.execute(
          database.db,
        )
      ).rows.map((r) => r.month),
    );
    for (let m = 0; m < plan.months; m++) {
      const month = addMonths(firstMonth(plan), m);
      if (billedMonths.has(month)) continue;
      const billed = await timed(() =>
        runBilling(database.db, book, {
          month,
          actor,
          today: `${addMonths(month, 1)}-01`,
          refreshCoverage: false,
        }),
      );
      last = {
        ms: billed.ms,
        bills: billed.value.bills,
        lines: billed.value.lines,
        runId: billed.value.runId,
        phases: billed.value.phases,
      };
      const bank = path.join(dir, `bayar-${month}.csv`);
      const count = await writeBankFile(database, plan, month, bank);
      const paid = await timed(() =>
        runRegistryImport(database, 'payments', fs.createReadStream(bank), {
          actor,
          mode: 'all',
          dryRun: false,
          fileName: path.basename(bank),
          today: TODAY,
          refreshCoverage: false,
        }),
      );
      if (paid.value.status !== 'committed')
        throw new Error(`payments ${month}: ${JSON.stringify(paid.value.issues.slice(0, 5))}`);
      paymentsMs += paid.ms;
      paymentsRows += count;
      fs.rmSync(bank, { force: true });
      let lapseNote = '';
      if (o.lapse) {
        const lapse = await timed(() =>
          lapseUnpaidBpu(database.db, { asOf: `${addMonths(month, 1)}-16`, actor }),
        );
        lapseMs += lapse.ms;
        lapsed += lapse.value.lapsed.length;
        lapseNote = `, lapse ${seconds(lapse.ms)} (${fmt(lapse.value.lapsed.length)})`;
      }
      o.log(
        `${month}: billing ${fmt(billed.value.bills)} bills / ${fmt(billed.value.lines)} lines in ${seconds(billed.ms)}, ` +
          `payments ${fmt(count)} in ${seconds(paid.ms)}${lapseNote}`,
      );
    }
    const limit = await billingLimit(database, last.runId);
    rows.push({
      path: `monthly billing run ${LAST_MONTH} (${fmt(last.bills)} bills, ${fmt(last.lines)} lines)`,
      product: `${fmt(last.lines / (last.ms / 1000))} lines/s · ${fmt(last.bills / (last.ms / 1000))} bills/s (${seconds(last.ms)}: ${Object.entries(
        last.phases,
      )
        .map(([k, v]) => `${k} ${round(v / 1000)}`)
        .join(', ')})`,
      limit: `INSERT … SELECT of the same rows ${fmt(last.lines / (limit / 1000))} lines/s (${seconds(limit)})`,
    });
    rows.push({
      path: `payments import, ${plan.months} monthly bank files (${fmt(paymentsRows)} payments)`,
      product: `${fmt(paymentsRows / (paymentsMs / 1000))} payments/s`,
      limit: o.lapse ? `lapse rule ${seconds(lapseMs)} in all (${fmt(lapsed)} memberships ended)` : '—',
    });
    const refresh = await timed(() => refreshAllRegistryCoverage(database.db));
    rows.push({
      path: `registry coverage refresh, ${plan.months} months`,
      product: seconds(refresh.ms),
      limit: '—',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What must hold whatever the timings (the CI smoke run relies on these, not on any number of seconds):
 * everyone generated is registered once, the ledger balances, and the last month has protected people.
 */
async function checkInvariants(database: Database, plan: NationalPlan): Promise<string> {
  const { rows } = await sql<{
    people: number;
    memberships: number;
    allocated: string;
    paid: string;
    protected: number;
  }>`
    select (select count(*) from participant)::int as people, (select count(*) from membership)::int as memberships,
      (select coalesce(sum(amount), 0) from payment_allocation)::int8 as allocated,
      (select coalesce(sum(paid), 0) from bill)::int8 as paid,
      (select count(*) from protected_month where month = ${`${LAST_MONTH}-01`}::date)::int as protected`.execute(
    database.db,
  );
  const r = rows[0];
  const problems: string[] = [];
  if (r?.people !== plan.participants)
    problems.push(`${r?.people} people registered, ${plan.participants} generated`);
  if (r?.memberships !== plan.participants)
    problems.push(`${r?.memberships} memberships, ${plan.participants} generated`);
  if (r?.allocated !== r?.paid) problems.push(`allocations ${r?.allocated} ≠ bills paid ${r?.paid}`);
  if (!r || r.protected === 0) problems.push(`nobody protected in ${LAST_MONTH}`);
  if (problems.length > 0) throw new Error(`national ${plan.name}: ${problems.join('; ')}`);
  return `${fmt(r?.people ?? 0)} people, ledger balanced (Rp${fmt(Number(r?.paid))}), ${fmt(r?.protected ?? 0)} protected in ${LAST_MONTH}`;
}

/** The same bills and lines the last run wrote, copied with INSERT … SELECT into identically indexed tables. */
async function billingLimit(database: Database, runId: number): Promise<number> {
  const db = database.db;
  await sql`drop table if exists bench_limit_line; drop table if exists bench_limit_bill`.execute(db);
  await sql`create table bench_limit_bill (like bill including defaults including constraints including indexes)`.execute(
    db,
  );
  await sql`create table bench_limit_line (like bill_line including defaults including constraints including indexes)`.execute(
    db,
  );
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`insert into bench_limit_bill select * from bill where run_id = ${runId}`.execute(trx);
    await sql`insert into bench_limit_line select l.* from bill_line l join bill b on b.id = l.bill_id where b.run_id = ${runId}`.execute(
      trx,
    );
  });
  const ms = performance.now() - started;
  await sql`drop table bench_limit_line; drop table bench_limit_bill`.execute(db);
  return ms;
}

async function measure(
  database: Database,
  plan: NationalPlan,
  o: NationalBenchOptions,
  rows: BenchRow[],
  baseBytes: number,
) {
  const config = loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent' });
  if (
    !(await database.db.selectFrom('app_user').select('id').where('username', '=', USER).executeTakeFirst())
  )
    await createAccount(database.db, systemActor('bench'), {
      username: USER,
      displayName: 'Bench Nasional',
      role: 'national_admin',
      regions: ['00'],
      password: PASSWORD,
    });
  const app = await buildApp({ database, config, clock: CLOCK }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: USER, password: PASSWORD },
    });
    const session = login.cookies.find((c) => c.name === 'cakupan_session');
    if (!session) throw new Error(`bench login failed: ${login.body}`);
    const cookie = `cakupan_session=${session.value}`;
    const month = `${LAST_MONTH}-01`;
    for (const [level, name] of [
      [0, 'national'],
      [1, 'province'],
      [2, 'regency'],
      [3, 'district'],
      [4, 'village'],
    ] as const) {
      const codes = level === 0 ? ['00'] : await sampleCodes(database, level, o.samples);
      const product: number[] = [];
      const naive: number[] = [];
      const naiveRounds = level <= 1 ? Math.min(o.samples, 20) : o.samples;
      for (let i = 0; i < o.samples + 3; i++) {
        const code = codes[i % codes.length] as string;
        const r = await timed(() =>
          app.inject({
            method: 'GET',
            url: `/api/v1/coverage/${code}?month=${LAST_MONTH}`,
            headers: { cookie },
          }),
        );
        if (r.value.statusCode !== 200) throw new Error(`coverage ${code}: ${r.value.body.slice(0, 500)}`);
        if (i >= 3) product.push(r.ms);
        if (i >= 3 && naive.length >= naiveRounds) continue;
        // Without rollups: count the people protected in the month under the region, per segment.
        const prefix = code === '00' ? '%' : `${code}.%`;
        const slow = await timed(() =>
          sql`select segment, count(distinct participant_id)::int8 as active from protected_month
              where month = ${month}::date and village_code like ${prefix} group by segment`.execute(
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
        limit: `naive GROUP BY over the registry ${round(percentile(naive, 50))} / ${round(naiveP95)} ms (${round(naiveP95 / p95, 1)}× the product)`,
      });
      o.log(`coverage ${name}: ${rows[rows.length - 1]?.product} vs ${rows[rows.length - 1]?.limit}`);
    }
    if (!o.noBrowser) {
      const port = (app.server.address() as AddressInfo).port;
      rows.push(
        ...(await benchDashboard({
          baseUrl: `http://127.0.0.1:${port}`,
          username: USER,
          password: PASSWORD,
        })),
      );
    }
  } finally {
    await app.close();
  }
  const sizes = await sql<{ name: string; bytes: string }>`
    select c.relname as name, pg_total_relation_size(c.oid)::int8 as bytes from pg_class c
    where c.relname in ('participant', 'membership', 'bill', 'bill_line', 'payment', 'payment_allocation',
      'protected_month', 'active_report', 'active_effective', 'audit_log')
    union all select 'database', pg_database_size(current_database())::int8 order by 2 desc`.execute(
    database.db,
  );
  rows.push({
    path: 'database size',
    product: sizes.rows.map((r) => `${r.name} ${fmt(Number(r.bytes) / 2 ** 20)} MB`).join(', '),
    limit: `${round((Number(sizes.rows.find((r) => r.name === 'database')?.bytes ?? 0) - baseBytes) / 2 ** 30 / (plan.participants / 1e6), 2)} GB per million participants (beyond the empty schema and region tree, ${fmt(baseBytes / 2 ** 20)} MB)`,
  });
}

/**
 * Issue 8's national run: a synthetic Indonesia of `size` participants through the product's own
 * import files and paths on the PostgreSQL server, `months` months of bills and payments, then
 * coverage at every level and the dashboard's first view — each against the machine's own limit
 * measured in the same run.
 */
export async function benchNational(o: NationalBenchOptions): Promise<BenchRow[]> {
  const plan = planFor(o.size, o.months);
  o.log(
    `national ${plan.name}: ${fmt(plan.participants)} participants (PU ${fmt(plan.pu)}, BPU ${fmt(plan.bpu)}, Jakon ${fmt(plan.jakon)}, PMI ${fmt(plan.pmi)}), ${fmt(plan.employers)} employers, ${plan.months} months to ${LAST_MONTH}`,
  );
  const rows: BenchRow[] = [];
  const store = await openStore(o);
  const database = store.database;
  const base = await sql<{
    bytes: string;
  }>`select pg_database_size(current_database())::int8 as bytes`.execute(database.db);
  const baseBytes = o.resume ? 0 : Number(base.rows[0]?.bytes ?? 0);
  try {
    const loaded = await timed(() => load(store, plan, o, rows));
    rows.unshift({
      path: `load: ${plan.name}, ${plan.months} months of history (all of the above)`,
      product: seconds(loaded.ms),
      limit: '—',
    });
    await sql`analyze`.execute(database.db);
    rows.push({
      path: 'invariants (checked, not timed)',
      product: await checkInvariants(database, plan),
      limit: '—',
    });
    await measure(database, plan, o, rows, baseBytes);
    if (o.db !== 'pglite') {
      // Its own database (50,000 open bills) on the same server, run now: an open HTTP server on the
      // national database would need the load generator to know its payers; the post's cost is the
      // payer's few bills, not the size of the registry.
      o.log('payments over HTTP …');
      rows.push(...(await benchPayments({ adminUrl: o.adminUrl })));
    }
  } finally {
    await store.close();
  }
  return rows;
}
