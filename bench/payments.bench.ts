import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/auth/actor.ts';
import { createToken } from '../src/auth/tokens.service.ts';
import { createAccount } from '../src/auth/users.service.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import { systemClock } from '../src/http/clock.ts';
import { percentile, round, timed } from './stats.ts';

export interface PaymentsBenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

export interface PaymentsBenchOptions {
  /** PostgreSQL server URL with rights to create a database (`cakupan_bench_payments`). */
  readonly adminUrl: string;
  /** Open bills to create (two months per BPU participant; default 50,000). */
  readonly bills?: number;
  /** Measured seconds of load (default 10), after 2 s of warm-up. */
  readonly seconds?: number;
  /** Concurrent keep-alive connections of the load generator (default 32). */
  readonly connections?: number;
  /** Server pool size (default 10). */
  readonly poolSize?: number;
  /** Seconds of the limit row — single-row `insert into payment` at the same concurrency (default 5; 0: skip). */
  readonly limitSeconds?: number;
}

const quiet = { info: () => {}, warn: () => {} };

/** `n` BPU participants in the villages of Kab. Sarolangun, each with two open monthly bills of Rp16.800. */
async function loadOpenBills(database: Database, bills: number): Promise<number> {
  const db = database.db;
  const people = Math.ceil(bills / 2);
  await sql`insert into participant (nik, kpj, name, sex, birth_date, village_code, created_by)
    select '3' || lpad(g::text, 15, '0'), '8' || lpad(g::text, 10, '0'), 'Pembayar Bench ' || g, 'F', '1990-01-01',
      v.code, 'bench'
    from generate_series(1, ${people}::int) g
    join (select row_number() over (order by code) - 1 as i, code from region
          where level = 4 and code like '15.03.%') v on v.i = g % 158`.execute(db);
  const run = await db
    .insertInto('bill_run')
    .values({ month: '2025-09-01', as_of: '2025-09-01', parameters: '[]', actor: 'bench' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into bill (run_id, month, kind, segment, payer_key, payer_kind, participant_id, region_code, amount, due_on)
    select ${run.id}, m.month, 'contribution', 'BPU', 'participant:' || p.id, 'self', p.id, p.village_code, 16800,
      (m.month + interval '14 days')::date
    from participant p cross join (values ('2025-09-01'::date), ('2025-10-01'::date)) m (month)
    where p.created_by = 'bench'`.execute(db);
  await sql`analyze`.execute(db);
  const ids = await db.selectFrom('participant').select('id').where('created_by', '=', 'bench').execute();
  return ids.length === 0 ? 0 : Math.max(...ids.map((r) => r.id));
}

/** The load generator, in its own thread so it does not share the server's event loop. */
const LOAD = `
const http = require('node:http');
const { workerData, parentPort } = require('node:worker_threads');
const { port, token, connections, warmupMs, measureMs, maxParticipant, minParticipant, health } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let statuses = {};
let seq = 0;
const started = Date.now();
const measureFrom = started + warmupMs;
const stopAt = measureFrom + measureMs;
function once() {
  return new Promise((resolve) => {
    const n = ++seq;
    const participant = minParticipant + Math.floor(Math.random() * (maxParticipant - minParticipant + 1));
    const body = JSON.stringify({
      idempotencyKey: 'bench-' + process.pid + '-' + n,
      payerKey: 'participant:' + participant,
      amount: 5000 + Math.floor(Math.random() * 30000),
      paidOn: '2025-10-20',
      channel: 'bench',
    });
    const t0 = performance.now();
    if (health) {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/health', method: 'GET', agent }, (res) => {
        res.resume(); res.on('end', () => {
          const now = Date.now();
          if (now >= measureFrom && now < stopAt) { latencies.push(performance.now() - t0); statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1; }
          resolve();
        });
      });
      req.on('error', () => { statuses.error = (statuses.error || 0) + 1; resolve(); });
      req.end();
      return;
    }
    const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/payments', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer ' + token } },
      (res) => { res.resume(); res.on('end', () => {
        const now = Date.now();
        if (now >= measureFrom && now < stopAt) { latencies.push(performance.now() - t0); statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1; }
        resolve();
      }); });
    req.on('error', () => { statuses.error = (statuses.error || 0) + 1; resolve(); });
    req.end(body);
  });
}
async function client() { while (Date.now() < stopAt) await once(); }
Promise.all(Array.from({ length: connections }, client)).then(() => {
  agent.destroy();
  parentPort.postMessage({ latencies, statuses, sent: seq });
});
`;

/**
 * The issue's limit for this path: `connections` clients, each sending one single-row `insert into
 * payment` (autocommit, so one commit each) after the other through a plain pg pool of that size —
 * what the server does for a post at the very least, without HTTP, locks or allocation.
 */
async function singleRowInserts(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  let seq = 0;
  const stopAt = Date.now() + seconds * 1_000;
  const client = async () => {
    while (Date.now() < stopAt) {
      const n = ++seq;
      const t0 = performance.now();
      await pool.query(
        `insert into payment (idempotency_key, request_sha256, payer_key, amount, paid_on, channel, actor)
         values ($1, $2, 'program:self:bench-limit', $3, '2025-10-20', 'bench', 'bench')`,
        [`limit-${n}`, 'x'.repeat(64), 5_000 + (n % 30_000)],
      );
      latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, client));
  } finally {
    await pool.end();
  }
  return { latencies, statuses: { '201': latencies.length }, sent: seq };
}

interface LoadResult {
  latencies: number[];
  statuses: Record<string, number>;
  sent: number;
}

function runLoad(data: Record<string, unknown>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD, { eval: true, workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Payment posting over HTTP on the PostgreSQL server: `bills` open bills, the real server (buildApp on a
 * free port) with a national administrator's API token, and a keep-alive load generator posting unique
 * keys to random payers. Then the ledger is checked: Σ allocations = Σ bill.paid, one row per key.
 */
export async function benchPayments(options: PaymentsBenchOptions): Promise<PaymentsBenchRow[]> {
  const name = 'cakupan_bench_payments';
  const adminClient = async (statement: string) => {
    const client = new pg.Client({ connectionString: options.adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await adminClient(`drop database if exists ${name}`);
  await adminClient(`create database ${name}`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${name}`;
  // Diagnosis only (BENCH_ASYNC_COMMIT=1): shows how much of the time is the commit's WAL flush.
  if (process.env.BENCH_ASYNC_COMMIT) url.searchParams.set('options', '-c synchronous_commit=off');
  const database = await openDatabase({
    kind: 'postgres',
    url: url.toString(),
    maxConnections: options.poolSize ?? 10,
  });
  try {
    const config = loadConfig({ CAKUPAN_DEMO: '0', LOG_LEVEL: 'silent', CAKUPAN_WEB_DIR: '/nonexistent' });
    await prepareDatabase(database, config, systemClock, quiet);
    const bills = options.bills ?? 50_000;
    const load = await timed(() => loadOpenBills(database, bills));
    const setup = systemActor('bench');
    const { user } = await createAccount(database.db, setup, {
      username: 'bench.pusat',
      displayName: 'Bench Kantor Pusat',
      role: 'national_admin',
      regions: ['00'],
      password: 'kata-sandi-bench-123',
    });
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const token = await createToken(
      database.db,
      setup,
      { name: 'bench', userId: user.id, scopes: ['payments.post'], expiresAt: expires },
      new Date(),
    );
    const app = await buildApp({ database, config, clock: systemClock }, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const seconds = options.seconds ?? 10;
    const connections = options.connections ?? 32;
    const maxParticipant = load.value;
    const minParticipant = maxParticipant - Math.ceil(bills / 2) + 1;
    const result = await runLoad({
      port,
      token: token.token,
      connections,
      warmupMs: 2_000,
      measureMs: seconds * 1_000,
      maxParticipant,
      minParticipant,
    });
    // The same generator against GET /health (no database): what HTTP alone costs on this machine.
    const baseline = await runLoad({ port, connections, warmupMs: 1_000, measureMs: 5_000, health: true });
    await app.close();
    const ledger = await sql<{ payments: number; keys: number; allocated: number; paid: number }>`
      select (select count(*) from payment) as payments,
             (select count(distinct idempotency_key) from payment) as keys,
             (select coalesce(sum(amount), 0) from payment_allocation) as allocated,
             (select coalesce(sum(paid), 0) from bill) as paid`.execute(database.db);
    const l = ledger.rows[0] as { payments: number; keys: number; allocated: number; paid: number };
    const limitSeconds = options.limitSeconds ?? 5;
    const limit = limitSeconds > 0 ? await singleRowInserts(url.toString(), connections, limitSeconds) : null;
    const ok = (result.statuses['201'] ?? 0) + (result.statuses['200'] ?? 0);
    const perSecond = ok / seconds;
    const p = (q: number) => `${round(percentile(result.latencies, q), 1)} ms`;
    const others = Object.entries(result.statuses)
      .filter(([s]) => s !== '201' && s !== '200')
      .map(([s, n]) => `${s}×${n}`);
    return [
      { path: `payments: ${bills} open bills (SQL)`, product: `${round(load.ms / 1000)} s`, limit: '—' },
      {
        path: `POST /payments over HTTP, ${connections} connections, ${seconds} s`,
        product: `${Math.round(perSecond)} payments/s (${ok} posted${others.length > 0 ? `; ${others.join(', ')}` : ''})`,
        limit: 'goal ≥ 3,000/s',
      },
      {
        path: 'latency p50 / p95 / p99',
        product: `${p(50)} / ${p(95)} / ${p(99)}`,
        limit: 'goal p99 ≤ 50 ms',
      },
      {
        path: 'same generator, GET /health (no database), 5 s',
        product: `${Math.round((baseline.statuses['200'] ?? 0) / 5)} requests/s, p99 ${round(percentile(baseline.latencies, 99), 1)} ms`,
        limit: 'HTTP limit of this machine',
      },
      ...(limit
        ? [
            {
              path: `limit: single-row insert into payment, ${connections} clients on a pg pool, ${limitSeconds} s`,
              product: `${Math.round(limit.latencies.length / limitSeconds)} inserts/s, p50 ${round(percentile(limit.latencies, 50), 1)} ms, p99 ${round(percentile(limit.latencies, 99), 1)} ms`,
              limit: 'limit in the same run',
            },
          ]
        : []),
      {
        path: 'ledger after the run: Σ allocations = Σ bill.paid, one row per key',
        product:
          Number(l.allocated) === Number(l.paid) && Number(l.payments) === Number(l.keys)
            ? `exact (${l.payments} payments, Rp${l.allocated} allocated)`
            : `MISMATCH: ${JSON.stringify(l)}`,
        limit: '—',
      },
    ];
  } finally {
    await database.close();
    if (!process.env.BENCH_KEEP) await adminClient(`drop database if exists ${name}`);
  }
}

// tsx bench/payments.bench.ts [--bills 50000] [--seconds 10] [--connections 32] [--pool 10] [--limit-seconds 5]
// (BENCH_KEEP=1 keeps the database cakupan_bench_payments; BENCH_ASYNC_COMMIT=1 for the diagnosis above)
if (process.argv[1]?.endsWith('payments.bench.ts')) {
  const { values } = parseArgs({
    options: {
      bills: { type: 'string', default: '50000' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      pool: { type: 'string', default: '10' },
      'limit-seconds': { type: 'string', default: '5' },
    },
  });
  const adminUrl =
    process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const rows = await benchPayments({
    adminUrl,
    bills: Number(values.bills),
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    poolSize: Number(values.pool),
    limitSeconds: Number(values['limit-seconds']),
  });
  for (const row of rows) console.log(`${row.path}: ${row.product}  (${row.limit})`);
}
