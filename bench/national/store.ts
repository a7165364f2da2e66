import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../../src/auth/actor.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config/config.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { runRegistryImport } from '../../src/registry/import/registry-import.service.ts';
import { CLOCK, phasesText } from './format.ts';
import type { NationalBenchOptions } from './national.bench.ts';
import { TODAY } from './plan.ts';

export interface ImportRun {
  seconds: number;
  rssMb: number;
  rows: number;
  phases: string;
}

/** Where the national data goes, with its own way of importing a file and of a raw COPY. */
export interface Store {
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

export async function openStore(o: NationalBenchOptions): Promise<Store> {
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
