import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/auth/actor.ts';
import { runBilling } from '../src/billing/billing.service.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import type { Clock } from '../src/http/clock.ts';
import { loadParameterBook } from '../src/regulations/regulations.service.ts';
import { round, timed } from './stats.ts';
import type { BenchTarget } from './targets.ts';

export interface BillingBenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

export interface BillingBenchOptions {
  /** Memberships to bill (default 1,000,000): 90 % PU over employers of 50 workers, 10 % BPU paying themselves. */
  readonly memberships: number;
  readonly month?: string;
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
    const load = await timed(() => loadSyntheticRegistry(database, options.memberships, month));
    const book = await loadParameterBook(database.db);
    const actor = systemActor('bench');
    const first = await timed(() => runBilling(database.db, book, { month, actor, today: '2026-01-15' }));
    const again = await timed(() => runBilling(database.db, book, { month, actor, today: '2026-01-15' }));
    const n = options.memberships;
    const r = first.value;
    return [
      {
        path: `billing: synthetic registry of ${n} memberships (SQL)`,
        product: `${round(load.ms / 1000)} s`,
        limit: '—',
      },
      {
        path: `billing run ${month}: ${r.bills} bills, ${r.lines} lines`,
        product: `${round(first.ms / 1000, 2)} s (${Math.round(r.lines / (first.ms / 1000))} lines/s)`,
        limit: 'goal ≤ 6 s for 1 M',
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

/** A server target of its own (database `cakupan_bench_billing`), so it never collides with other benches. */
export function billingServerTarget(adminUrl: string): BenchTarget {
  const name = 'cakupan_bench_billing';
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async open() {
      await admin(`drop database if exists ${name}`);
      await admin(`create database ${name}`);
      return openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
    },
    rawCopy: async () => 0,
    cleanup: () => admin(`drop database if exists ${name}`),
  };
}

// tsx bench/billing.bench.ts [--n 1000000] [--db postgres|pglite]
if (process.argv[1]?.endsWith('billing.bench.ts')) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '1000000' }, db: { type: 'string', default: 'postgres' } },
  });
  const serverUrl =
    process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const { pgliteTarget } = await import('./targets.ts');
  const target =
    values.db === 'pglite' ? pgliteTarget({ keep: false, reuse: false }) : billingServerTarget(serverUrl);
  for (const row of await benchBilling(target, { memberships: Number(values.n) }))
    console.log(`${row.path}: ${row.product}`);
}
