import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { systemActor } from '../../src/auth/actor.ts';
import { createAccount } from '../../src/auth/users.service.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import { sampleCodes } from '../coverage.bench.ts';
import { benchDashboard } from '../dashboard.bench.ts';
import { percentile, round, timed } from '../stats.ts';
import { CLOCK, fmt } from './format.ts';
import type { BenchRow, NationalBenchOptions } from './national.bench.ts';
import { LAST_MONTH, type NationalPlan } from './plan.ts';

const USER = 'bench.nasional';
const PASSWORD = 'bench-password-123';

/**
 * What must hold whatever the timings (the CI smoke run relies on these, not on any number of seconds):
 * everyone generated is registered once, the ledger balances, and the last month has protected people.
 */
export async function checkInvariants(database: Database, plan: NationalPlan): Promise<string> {
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

export async function measure(
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
