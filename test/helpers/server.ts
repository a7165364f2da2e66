import { type ChildProcess, execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  readonly url: string;
  /** Environment that points the CLI at the same database. */
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * Starts the real server (`src/server.ts`) as the README's command does, on a brand-new database:
 * an empty PGlite directory (so the test goes through the whole first start: initdb, regions, demo),
 * or a new database on the PostgreSQL server when the suite runs there.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const templates = inject('templates');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    CAKUPAN_DEMO: '1',
    // The background Sarolangun simulation would compete with the browser tests for the two cores.
    CAKUPAN_DEMO_SAROLANGUN: '0',
    // A payment queues its month; the timer's rollup of a national month holds PGlite's one connection
    // for seconds (tens of seconds on a loaded CI machine), which made page waits time out. The browser
    // tests check pages, not the refresh, which has its own tests.
    CAKUPAN_COVERAGE_REFRESH_SECONDS: '0',
  };
  delete env.TEST_DATABASE_URL;
  let dropDatabase = async () => {};
  let dataDir: string | null = null;
  if (templates.kind === 'postgres') {
    const adminUrl = (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) as string;
    const name = `cakupan_e2e_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-e2e-'));
    env.CAKUPAN_DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return {
    url,
    env,
    stop,
    cleanup: async () => {
      await stop();
      await dropDatabase();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the CLI exactly as documented: `npm run -s cakupan -- …`. */
export function runNpmCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '-s', 'cakupan', '--', ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
