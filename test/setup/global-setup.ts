import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { fillTemplate, serverUrl } from './templates.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: paths of data-directory dumps; server: names of template databases. */
    templates: { kind: 'pglite' | 'postgres'; base: string; demo: string };
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function serverTemplates(url: string, suffix: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const names = { base: `cakupan_tmpl_base_${suffix}`, demo: `cakupan_tmpl_demo_${suffix}` };
  try {
    for (const [kind, name] of Object.entries(names)) {
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      const database = await openDatabase({
        kind: 'postgres',
        url: withDatabase(url, name),
        maxConnections: 2,
      });
      await fillTemplate(database, kind === 'demo');
      await database.close();
    }
  } finally {
    await admin.end();
  }
  return names;
}

/** The base template is built once; the demo template starts from its dump (saves an initdb and a region load). */
async function pgliteTemplates(dir: string) {
  const files = { base: path.join(dir, 'base.tar'), demo: path.join(dir, 'demo.tar') };
  const base = await openDatabase({ kind: 'pglite-memory' });
  await fillTemplate(base, false);
  const baseDump = await dumpOf(base);
  await base.close();
  fs.writeFileSync(files.base, Buffer.from(await baseDump.arrayBuffer()));
  const demo = await openDatabase({ kind: 'pglite-memory', snapshot: baseDump });
  await fillTemplate(demo, true);
  fs.writeFileSync(files.demo, Buffer.from(await (await dumpOf(demo)).arrayBuffer()));
  await demo.close();
  return files;
}

async function dumpOf(database: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
  if (!database.dump) throw new Error('PGlite database cannot be dumped');
  return database.dump();
}

export default async function setup(project: TestProject) {
  const url = serverUrl();
  const started = Date.now();
  if (url) {
    const suffix = String(process.pid);
    const names = await serverTemplates(url, suffix);
    project.provide('templates', { kind: 'postgres', ...names });
    console.log(`[setup] PostgreSQL templates ready in ${Date.now() - started} ms`);
    return async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const name of Object.values(names)) await admin.query(`drop database if exists ${name}`);
      await admin.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakupan-test-'));
  project.provide('templates', { kind: 'pglite', ...(await pgliteTemplates(dir)) });
  console.log(`[setup] PGlite templates ready in ${Date.now() - started} ms`);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
