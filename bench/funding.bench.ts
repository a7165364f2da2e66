import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemActor } from '../src/auth/actor.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import { importBeneficiaries } from '../src/funding/beneficiaries.service.ts';
import { createProgram } from '../src/funding/funding.service.ts';
import { type District, optimize, type Pool, type Strategy } from '../src/funding/optimizer.rules.ts';
import type { BenchTarget } from './targets.ts';

interface BenchRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

const HEADER = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,telepon,pekerjaan,mulai_berlaku';

/** N beneficiaries over the villages of Jambi: NIKs issued in each village's district, all distinct. */
function beneficiaryCsv(n: number, villages: readonly string[]): string {
  const rows = [HEADER];
  const issued = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = villages[i % villages.length] as string;
    const district = v.slice(0, 8).replaceAll('.', '');
    const c = issued.get(district) ?? 0;
    issued.set(district, c + 1);
    const year = 60 + (c % 40);
    const serial = String(1 + Math.floor(c / 40)).padStart(4, '0');
    rows.push(`${district}0101${year}${serial},Penerima ${i},L,19${year}-01-01,${v},,petani,`);
  }
  return rows.join('\n');
}

/**
 * A province's beneficiary list into one program (Jambi, APBD 2025) — first import and a re-import of
 * the same file, which must change nothing — against a raw COPY of the same file into a plain table:
 * the physical limit on the same machine, in the same run.
 */
export async function benchFundingImport(
  target: BenchTarget,
  rows: number,
  serverUrl: string,
): Promise<BenchRow[]> {
  const database = await target.open();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-funding-bench-'));
  try {
    const clock = { now: () => new Date('2026-01-15T03:00:00Z') };
    await prepareDatabase(database, loadConfig({ CAKUPAN_DEMO: '0' }), clock, {
      info: () => {},
      warn: () => {},
    });
    const actor = systemActor('bench');
    const villages = (
      await sql<{
        code: string;
      }>`select code from region where level = 4 and code like '15.%' order by code`.execute(database.db)
    ).rows.map((r) => r.code);
    const csv = beneficiaryCsv(rows, villages);
    const file = path.join(dir, 'penerima.csv');
    fs.writeFileSync(file, csv);
    await sql`drop table if exists bench_funding_copy`.execute(database.db);
    await sql`create table bench_funding_copy (nik text, nama text, jenis_kelamin text, tanggal_lahir text,
      kode_desa text, telepon text, pekerjaan text, mulai_berlaku text)`.execute(database.db);
    const current = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const copyUrl = new URL(serverUrl);
    copyUrl.pathname = `/${current.rows[0]?.name}`;
    const copyStarted = performance.now();
    if (target.name === 'pglite') await database.copyCsv?.('bench_funding_copy', csv);
    else {
      const copy = spawnSync('psql', [
        copyUrl.toString(),
        '-q',
        '-c',
        `\\copy bench_funding_copy from '${file}' csv header`,
      ]);
      if (copy.status !== 0) throw new Error(`\\copy failed: ${copy.stderr}`);
    }
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const code = `BENCH-${Date.now() % 100_000}`;
    const program = await createProgram(database.db, actor, {
      code,
      name: 'Bench',
      funderKind: 'province',
      funderName: 'Pemprov Jambi',
      regionCode: '15',
      source: 'apbd',
      fiscalYear: 2025,
      budget: rows * 12 * 16_800,
      periodFrom: '2025-01',
      periodTo: '2025-12',
    });
    const timed = async () => {
      const started = performance.now();
      const report = await importBeneficiaries(database, actor, program.id, [csv], {
        mode: 'all',
        dryRun: false,
        fileName: 'penerima.csv',
        today: '2026-01-15',
      });
      if (report.status !== 'committed')
        throw new Error(`bench import ${report.status}: ${JSON.stringify(report.issues[0])}`);
      return { seconds: (performance.now() - started) / 1000, report };
    };
    const first = await timed();
    const again = await timed();
    const rate = (s: number) => `${Math.round(rows / s).toLocaleString('en-US')} rows/s`;
    return [
      {
        path: `beneficiary import, ${rows.toLocaleString('en-US')} people, new (${target.name})`,
        product: `${first.seconds.toFixed(2)} s · ${rate(first.seconds)} · inserted ${first.report.inserted}`,
        limit: `raw COPY ${copySeconds.toFixed(2)} s (ratio ${(copySeconds / first.seconds).toFixed(3)})`,
      },
      {
        path: `beneficiary import, the same file again (${target.name})`,
        product: `${again.seconds.toFixed(2)} s · ${rate(again.seconds)} · unchanged ${again.report.unchanged}`,
        limit: `raw COPY ${copySeconds.toFixed(2)} s (ratio ${(copySeconds / again.seconds).toFixed(3)})`,
      },
    ];
  } finally {
    await database.close();
    await target.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The optimizer at province scale (pure, one core): 300 districts, 3,000 pools, a budget for a million
 * workers; the limit is one pass over the pools (summing them), the least any rule must do.
 */
export function benchOptimizer(): BenchRow[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const levels = ['extreme', 'poor', 'vulnerable', 'unknown'] as const;
  const districts: District[] = Array.from({ length: 300 }, (_, d) => ({
    code: `D${String(d).padStart(3, '0')}`,
    name: `D${d}`,
    workforce: 20_000 + Math.floor(rnd() * 30_000),
    active: 2_000 + Math.floor(rnd() * 15_000),
    targetBp: 4_000 + Math.floor(rnd() * 3_000),
  }));
  const pools: Pool[] = Array.from({ length: 3_000 }, (_, i) => ({
    villageCode: `V${i}`,
    villageName: `V${i}`,
    districtCode: `D${String(i % 300).padStart(3, '0')}`,
    districtName: `D${i % 300}`,
    occupation: 'petani',
    povertyLevel: levels[i % 4] as (typeof levels)[number],
    available: 500 + Math.floor(rnd() * 500),
    costPerWorker: 201_600,
  }));
  const started = performance.now();
  const sum = pools.reduce((s, p) => s + p.available * p.costPerWorker, 0);
  const limitMs = performance.now() - started;
  return (['max_coverage', 'poorest_first', 'even_districts'] as Strategy[]).map((strategy) => {
    const t = performance.now();
    const r = optimize({
      budget: 1_000_000 * 201_600,
      strategy,
      pools,
      districts,
      region: { workforce: 10_000_000, active: 3_000_000 },
    });
    return {
      path: `optimizer ${strategy}: 1 M workers, 300 districts, 3,000 pools`,
      product: `${(performance.now() - t).toFixed(0)} ms · ${r.workers.toLocaleString('en-US')} workers, ${r.choices.length} choices`,
      limit: `one pass over the pools ${limitMs.toFixed(2)} ms (Σ ${sum > 0 ? 'ok' : '0'})`,
    };
  });
}
