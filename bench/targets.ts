import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/database.ts';

/** A database the bench runs against, with its own way of doing a raw COPY (the physical limit). */
export interface BenchTarget {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Database>;
  /** Loads a CSV file into a plain table with raw COPY; returns milliseconds. */
  rawCopy(database: Database, file: string): Promise<number>;
  cleanup(): Promise<void>;
}

const COPY_TABLE =
  'create table if not exists bench_copy (region_code text, month text, segment text, active bigint)';

export interface TargetOptions {
  /** Keep the loaded database after the run (PGlite: in .bench/pglite-data; server: cakupan_bench). */
  readonly keep: boolean;
  /** Use a database kept by an earlier run instead of creating one. */
  readonly reuse: boolean;
}

export function pgliteTarget(options: TargetOptions): BenchTarget {
  const kept = path.resolve('.bench/pglite-data');
  if (options.keep && !options.reuse) fs.rmSync(kept, { recursive: true, force: true });
  const dir =
    options.keep || options.reuse ? kept : fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-bench-pglite-'));
  return {
    name: 'pglite',
    open: () => openDatabase({ kind: 'pglite', dataDir: dir }),
    async rawCopy(database, file) {
      await sql.raw(COPY_TABLE).execute(database.db);
      const csv = fs.readFileSync(file, 'utf8');
      const started = performance.now();
      await database.copyCsv?.('bench_copy', csv);
      return performance.now() - started;
    },
    async cleanup() {
      if (!options.keep && !options.reuse) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** `database`: the server database the bench owns (dropped and created), so two benches never share one. */
export function postgresTarget(
  adminUrl: string,
  options: TargetOptions,
  database = 'cakupan_bench',
): BenchTarget {
  const name = database;
  const url = withDatabase(adminUrl, name);
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
      if (!options.reuse) {
        await admin(`drop database if exists ${name}`);
        await admin(`create database ${name}`);
      }
      return openDatabase({ kind: 'postgres', url, maxConnections: 8 });
    },
    async rawCopy(_database, file) {
      execFileSync('psql', [url, '-qc', COPY_TABLE]);
      const started = performance.now();
      execFileSync('psql', [url, '-qc', `\\copy bench_copy from '${file}' with (format csv, header true)`]);
      return performance.now() - started;
    },
    async cleanup() {
      if (!options.keep && !options.reuse) await admin(`drop database if exists ${name}`);
    },
  };
}
