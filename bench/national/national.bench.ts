import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemActor } from '../../src/auth/actor.ts';
import { runBilling } from '../../src/billing/billing.service.ts';
import { lapseUnpaidBpu } from '../../src/billing/lapse.service.ts';
import type { Database } from '../../src/db/database.ts';
import { refreshAllRegistryCoverage } from '../../src/protection/protection.service.ts';
import { runRegistryImport } from '../../src/registry/import/registry-import.service.ts';
import { registerProject } from '../../src/registry/projects.service.ts';
import { loadParameterBook } from '../../src/regulations/regulations.service.ts';
import { addMonths } from '../../src/shared/month.ts';
import { importWorkforce } from '../../src/workforce/workforce.service.ts';
import { benchPayments } from '../payments.bench.ts';
import { round, timed } from '../stats.ts';
import { writeBankFile } from './bank-file.ts';
import { fmt, seconds } from './format.ts';
import { buildGeography } from './geography.ts';
import { firstMonth, LAST_MONTH, type NationalPlan, planFor, TODAY } from './plan.ts';
import { checkInvariants, measure } from './reads.ts';
import { openStore, type Store } from './store.ts';
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

/** What the server was given (the run's figures depend on it) and its checkpoint counters so far. */
async function serverSettings(database: Database) {
  const { rows } = await sql<{
    shared_buffers: string;
    max_wal_size: string;
    requested: number;
    timed: number;
  }>`
    select current_setting('shared_buffers') as shared_buffers, current_setting('max_wal_size') as max_wal_size,
      checkpoints_req::int as requested, checkpoints_timed::int as timed from pg_stat_bgwriter`.execute(
    database.db,
  );
  const row = rows[0];
  if (!row) throw new Error('pg_stat_bgwriter answered no row');
  return row;
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
    const before = o.db === 'pglite' ? null : await serverSettings(database);
    const loaded = await timed(() => load(store, plan, o, rows));
    rows.unshift({
      path: `load: ${plan.name}, ${plan.months} months of history (all of the above)`,
      product: seconds(loaded.ms),
      limit: '—',
    });
    if (before) {
      const after = await serverSettings(database);
      rows.push({
        path: 'server: shared_buffers, max_wal_size; checkpoints during the load (forced by WAL volume / timed)',
        product: `${before.shared_buffers}, ${before.max_wal_size}; ${after.requested - before.requested} / ${after.timed - before.timed}`,
        limit:
          'a checkpoint forced every few seconds means most index pages are written to WAL in full again',
      });
    }
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
