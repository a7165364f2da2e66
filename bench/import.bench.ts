import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { BenchRow } from './coverage.bench.ts';
import { round } from './stats.ts';

/**
 * Registry import on the PostgreSQL server (issue 6): a generated file of `rows` participants (valid
 * NIKs issued in the district of a real village, BPU memberships), loaded twice — a raw `\copy` into an
 * unindexed table (the ceiling) and the real import in a child process (`cakupan registry-import`),
 * whose peak memory `/usr/bin/time -v` reports. Goals: ≥ 50 % of COPY, ≥ 150 k rows/s, ≤ 400 MB.
 */
export interface ImportBenchResult {
  readonly rows: number;
  readonly fileMb: number;
  readonly copySeconds: number;
  readonly importSeconds: number;
  readonly importRowsPerSecond: number;
  readonly ratioToCopy: number;
  readonly peakRssMb: number;
  readonly inserted: number;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Writes the CSV a line at a time through a stream (the generator does not hold the file either). */
async function writeParticipants(file: string, rows: number, villages: readonly string[]): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,segmen,program,penghasilan,mulai_berlaku\n');
  let buffer = '';
  const epoch = Date.UTC(1970, 0, 1);
  for (let i = 0; i < rows; i++) {
    // (birth date, serial) is unique per row, so every NIK is unique whatever its district.
    const serial = 1 + (i % 9000);
    const birth = new Date(epoch + Math.floor(i / 9000) * 37 * 86_400_000);
    const village = villages[(i * 7919) % villages.length] as string;
    const female = i % 2 === 1;
    const day = birth.getUTCDate() + (female ? 40 : 0);
    const yy = birth.getUTCFullYear() % 100;
    const nik = `${village.slice(0, 8).replace(/\./g, '')}${pad(day)}${pad(birth.getUTCMonth() + 1)}${pad(yy)}${pad(serial, 4)}`;
    const iso = `${birth.getUTCFullYear()}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`;
    buffer += `${nik},Peserta ${i},${female ? 'P' : 'L'},${iso},${village},BPU,JKK JKM,1000000,2025-01-01\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

function runChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function benchRegistryImport(serverUrl: string, rows = 1_000_000): Promise<ImportBenchResult> {
  const name = 'cakupan_bench_import';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const env = { ...process.env, DATABASE_URL: url, CAKUPAN_DEMO: '0', LOG_LEVEL: 'warn' };
  const prepared = await runChild(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'db', 'prepare'],
    env,
  );
  if (prepared.code !== 0) throw new Error(`db prepare failed: ${prepared.stderr}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const villages = (
    await client.query<{ code: string }>('select code from region where level = 4 order by code')
  ).rows.map((r) => r.code);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-import-bench-'));
  const file = path.join(dir, 'peserta.csv');
  try {
    await writeParticipants(file, rows, villages);
    await client.query(
      'create table bench_copy (nik text, nama text, jenis_kelamin text, tanggal_lahir text, kode_desa text, segmen text, program text, penghasilan text, mulai_berlaku text)',
    );
    const copyStarted = performance.now();
    const copy = spawnSync('psql', [url, '-q', '-c', `\\copy bench_copy from '${file}' csv header`], {
      encoding: 'utf8',
    });
    const copySeconds = (performance.now() - copyStarted) / 1000;
    if (copy.status !== 0) throw new Error(`\\copy failed: ${copy.stderr}`);
    await client.query('drop table bench_copy');
    const args = [
      '-v',
      process.execPath,
      '--import',
      'tsx',
      'src/cli/main.ts',
      'registry-import',
      'participants',
      file,
      '--json',
    ];
    const run = await runChild('/usr/bin/time', args, env);
    if (run.code !== 0) throw new Error(`import failed (${run.code}): ${run.stderr.slice(-2000)}`);
    const report = JSON.parse(run.stdout) as { seconds: number; inserted: number; status: string };
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
    const importRowsPerSecond = rows / report.seconds;
    return {
      rows,
      fileMb: round(fs.statSync(file).size / 1024 / 1024),
      copySeconds: round(copySeconds, 2),
      importSeconds: round(report.seconds, 2),
      importRowsPerSecond: Math.round(importRowsPerSecond),
      ratioToCopy: round(copySeconds / report.seconds, 3),
      peakRssMb: rss ? round(Number(rss[1]) / 1024) : Number.NaN,
      inserted: report.inserted,
    };
  } finally {
    await client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench's rows, as the other benches print them. */
export function importBenchRows(r: ImportBenchResult): BenchRow[] {
  return [
    {
      path: `registry import, ${r.rows.toLocaleString('en-US')} participants (CSV ${r.fileMb} MB)`,
      product: `${r.importSeconds} s · ${r.importRowsPerSecond.toLocaleString('en-US')} rows/s`,
      limit: `raw \\copy ${r.copySeconds} s (ratio ${r.ratioToCopy}); goal ≥ 0.5 and ≥ 150,000 rows/s`,
    },
    {
      path: 'registry import, peak RSS of the importing process',
      product: `${r.peakRssMb} MB`,
      limit: 'goal ≤ 400 MB whatever the file size',
    },
  ];
}

if (process.argv[1]?.endsWith('import.bench.ts')) {
  const url =
    process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const rows = Number(process.argv[2] ?? 1_000_000);
  const result = await benchRegistryImport(url, rows);
  console.log(JSON.stringify(result, null, 2));
}
