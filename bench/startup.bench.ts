import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './coverage.bench.ts';
import { round } from './stats.ts';

async function waitForHealth(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server did not become ready');
}

async function startOnce(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      CAKUPAN_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      CAKUPAN_DEMO_SAROLANGUN: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(port, child, 180_000);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** First start of the demo on an empty PGlite directory (initdb, regions, demo) and a later start. */
export async function benchStartup(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-bench-start-'));
  try {
    const first = await startOnce(dir, 3391);
    const later = [await startOnce(dir, 3392), await startOnce(dir, 3393)];
    return [
      {
        path: 'demo first start (empty PGlite dir → /health ready)',
        product: `${round(first / 1000)} s`,
        limit: 'goal ≤ 60 s',
      },
      {
        path: 'later start (PGlite, demo loaded)',
        product: `${round(Math.max(...later) / 1000)} s`,
        limit: 'goal ≤ 5 s',
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
