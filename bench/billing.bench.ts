import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/auth/actor.ts';
import { runBilling } from '../src/billing/billing.service.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import type { Database } from '../src/db/database.ts';
import type { Clock } from '../src/http/clock.ts';
import { loadParameterBook } from '../src/regulations/regulations.service.ts';
import { round, timed } from './stats.ts';
import { type BenchTarget, pgliteTarget, postgresTarget, type TargetOptions } from './targets.ts';

/** The server database of this bench (dropped and created), so it never collides with other benches. */
export const BILLING_BENCH_DATABASE = 'cakupan_bench_billing';

export function billingServerTarget(
  adminUrl: string,
  options: TargetOptions = { keep: false, reuse: false },
): BenchTarget {
  return postgresTarget(adminUrl, options, BILLING_BENCH_DATABASE);
}

export interface BillingBenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

export interface BillingBenchOptions {
  /** Memberships to bill (default 1,000,000): 90 % PU over employers of 50 workers, 10 % BPU paying themselves. */
  readonly memberships: number;
  readonly month?: string;
  /** The target already holds the registry (copied from a kept one): do not load it again. */
  readonly loaded?: boolean;
}

const CLOCK: Clock = { now: () => new Date('2026-01-15T03:00:00Z') };
const quiet = { info: () => {}, warn: () => {} };

/**
 * Synthetic registry of `n` memberships built in SQL (generate_series): people in the first 5,000
 * villages, employers of 50 PU workers each with one wage report of the month before, and 10 % BPU
 * members paying for themselves. Written unlogged-free and then analysed, so the run sees real statistics.
 */
export async function loadSyntheticRegistry(database: Database, n: number, month: string): Promise<void> {
  const db = database.db;
  const pu = Math.floor(n * 0.9);
  const employers = Math.max(1, Math.ceil(pu / 50));
  const start = `${month}-01`;
  await sql`create temporary table bench_village as
    select row_number() over (order by code) - 1 as i, code from region where level = 4 order by code limit 5000`.execute(
    db,
  );
  await sql`insert into employer (npp, name, jkk_risk_group, size_class, village_code)
    select lpad((90000000 + g)::text, 8, '0'), 'PT Bench ' || g, 1 + g % 5, 'medium', v.code
    from generate_series(1, ${employers}::int) g join bench_village v on v.i = g % 5000`.execute(db);
  await sql`insert into employer_status (employer_id, status, valid_from)
    select id, 'active', '2020-01-01' from employer where name like 'PT Bench %'`.execute(db);
  await sql`insert into participant (nik, kpj, name, sex, birth_date, village_code, created_by)
    select '3' || lpad(g::text, 15, '0'), '8' || lpad(g::text, 10, '0'), 'Peserta Bench ' || g, case when g % 2 = 0 then 'F' else 'M' end,
      '1990-01-01', v.code, 'bench'
    from generate_series(1, ${n}::int) g join bench_village v on v.i = g % 5000`.execute(db);
  await sql`insert into membership (participant_id, segment, employer_id, payer_kind, programs, declared_income, valid_from)
    select p.id, case when p.rn <= ${pu} then 'PU' else 'BPU' end,
      case when p.rn <= ${pu} then e.id end,
      case when p.rn <= ${pu} then 'employer' else 'self' end,
      case when p.rn <= ${pu} then array['JHT','JKK','JKM','JP','JKP'] else array['JKK','JKM'] end,
      case when p.rn <= ${pu} then null else 1000000 end, '2024-01-01'
    from (select id, row_number() over (order by id) as rn from participant where created_by = 'bench') p
    left join (select id, row_number() over (order by id) - 1 as k from employer where name like 'PT Bench %') e
      on p.rn <= ${pu} and e.k = (p.rn - 1) / 50`.execute(db);
  await sql`insert into wage_report (membership_id, month, wage)
    select id, (${start}::date - interval '1 month')::date, 3000000 + (id % 200) * 50000
    from membership where segment = 'PU'`.execute(db);
  await sql`analyze`.execute(db);
}

/**
 * The limit measured in the same run: `INSERT … SELECT` of the run's own bills and lines (same columns)
 * into tables of the same shape (`like … including all`: the same indexes, checks and defaults; the
 * run's tables have no foreign keys since migration 010), one statement each. What the server needs to
 * store these rows with no client, no protocol and no computation.
 */
export async function insertSelectLimit(
  database: Database,
  runId: number,
): Promise<{ bills: number; billMs: number; lines: number; lineMs: number }> {
  const db = database.db;
  await sql`create table limit_bill (like bill including all)`.execute(db);
  await sql`create table limit_line (like bill_line including all)`.execute(db);
  const bills = await timed(() =>
    sql`insert into limit_bill select * from bill where run_id = ${runId}`.execute(db),
  );
  const lines = await timed(() =>
    sql`insert into limit_line select l.* from bill_line l
      where l.bill_id between (select min(id) from limit_bill) and (select max(id) from limit_bill)`.execute(
      db,
    ),
  );
  await sql`drop table limit_bill, limit_line`.execute(db);
  return {
    bills: Number(bills.value.numAffectedRows ?? 0),
    billMs: bills.ms,
    lines: Number(lines.value.numAffectedRows ?? 0),
    lineMs: lines.ms,
  };
}

const perSecond = (rows: number, ms: number) => Math.round(rows / (Math.max(ms, 1) / 1000));
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Times a monthly billing run of `options.memberships` memberships on `target`, and a re-run of it. */
export async function benchBilling(
  target: BenchTarget,
  options: BillingBenchOptions,
): Promise<BillingBenchRow[]> {
  const month = options.month ?? '2025-10';
  const database = await target.open();
  try {
    const config = loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent', CAKUPAN_WEB_DIR: '/nonexistent' });
    await prepareDatabase(database, config, CLOCK, quiet);
    const load = await timed(async () => {
      if (!options.loaded) await loadSyntheticRegistry(database, options.memberships, month);
    });
    const book = await loadParameterBook(database.db);
    const actor = systemActor('bench');
    const first = await timed(() => runBilling(database.db, book, { month, actor, today: '2026-01-15' }));
    const loadAfterRun = loadAverage();
    // Peak resident set of the whole bench process (the run holds the most): kilobytes on Linux.
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const limit = await insertSelectLimit(database, first.value.runId);
    const again = await timed(() => runBilling(database.db, book, { month, actor, today: '2026-01-15' }));
    const n = options.memberships;
    const r = first.value;
    const writeBills = r.phases.writeBills ?? 0;
    const writeLines = r.phases.writeLines ?? 0;
    return [
      {
        path: `billing: synthetic registry of ${n} memberships (${options.loaded ? 'copied' : 'SQL'})`,
        product: `${round(load.ms / 1000)} s`,
        limit: '—',
      },
      {
        path: `billing run ${month}: ${r.bills} bills, ${r.lines} lines`,
        product: `${round(first.ms / 1000, 2)} s (${Math.round(r.lines / (first.ms / 1000))} lines/s)`,
        limit: `goal ≤ 60 s for 10 M (load average ${loadAfterRun}, peak rss ${rss} MB)`,
      },
      {
        path: 'billing run writes: bills/s, lines/s',
        product: `${perSecond(r.bills, writeBills)} bills/s, ${perSecond(r.lines, writeLines)} lines/s`,
        limit: `INSERT … SELECT of the same rows: ${perSecond(limit.bills, limit.billMs)} bills/s (${round(limit.billMs / 1000, 2)} s), ${perSecond(limit.lines, limit.lineMs)} lines/s (${round(limit.lineMs / 1000, 2)} s)`,
      },
      {
        path: 'billing run phases (ms)',
        product: Object.entries(r.phases)
          .map(([phase, ms]) => `${phase} ${ms}`)
          .join(', '),
        limit: '—',
      },
      {
        path: `billing re-run ${month} (adds ${again.value.lines} lines)`,
        product: `${round(again.ms / 1000, 2)} s`,
        limit: '—',
      },
    ];
  } finally {
    await database.close();
    if (!process.env.BILLING_BENCH_KEEP) await target.cleanup();
  }
}

/**
 * A server database holding the synthetic registry of `n` memberships and no bills, kept between benches
 * (building 10 M memberships takes about 15 minutes): built if missing, then copied into
 * `cakupan_bench_billing_<n>` with `create database … template`, so every run starts from the same
 * registry and two sizes can be measured side by side.
 */
async function copyKeptRegistry(adminUrl: string, n: number, month: string): Promise<BenchTarget> {
  const name = `${BILLING_BENCH_DATABASE}_registry_${n}`;
  const copy = `${BILLING_BENCH_DATABASE}_${n}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const exists = await admin(`select 1 from pg_database where datname = '${name}'`);
  if (exists.rowCount === 0) {
    const kept = postgresTarget(adminUrl, { keep: true, reuse: false }, name);
    const database = await kept.open();
    try {
      const config = loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent', CAKUPAN_WEB_DIR: '/nonexistent' });
      await prepareDatabase(database, config, CLOCK, quiet);
      const load = await timed(() => loadSyntheticRegistry(database, n, month));
      console.log(`kept registry ${name}: built in ${round(load.ms / 1000)} s`);
    } finally {
      await database.close();
    }
  }
  await admin(`drop database if exists ${copy}`);
  const copied = await timed(() => admin(`create database ${copy} template ${name} strategy file_copy`));
  console.log(`copied ${name} to ${copy} in ${round(copied.ms / 1000)} s`);
  const target = postgresTarget(adminUrl, { keep: false, reuse: true }, copy);
  return {
    ...target,
    cleanup: () => admin(`drop database if exists ${copy}`).then(() => {}),
  };
}

// tsx bench/billing.bench.ts [--n 1000000] [--db postgres|pglite] [--kept-registry]
// --kept-registry (server only): copy the registry from a database kept for this n (built once if missing).
if (process.argv[1]?.endsWith('billing.bench.ts')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000000' },
      db: { type: 'string', default: 'postgres' },
      'kept-registry': { type: 'boolean', default: false },
    },
  });
  const serverUrl =
    process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const keep = { keep: Boolean(process.env.BILLING_BENCH_KEEP), reuse: false };
  const memberships = Number(values.n);
  const loaded = values.db !== 'pglite' && values['kept-registry'];
  const target = loaded
    ? await copyKeptRegistry(serverUrl, memberships, '2025-10')
    : values.db === 'pglite'
      ? pgliteTarget(keep)
      : billingServerTarget(serverUrl, keep);
  for (const row of await benchBilling(target, { memberships, loaded }))
    console.log(`${row.path}: ${row.product}${row.limit === '—' ? '' : ` | ${row.limit}`}`);
  console.log(`load average at the end: ${loadAverage()}`);
}
