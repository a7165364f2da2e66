import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh database for one suite, copied from a template made by the global setup: `base` holds the
 * schema, seeds and the official region tree; `demo` adds the demo data set. PGlite loads a dump of the
 * template; on the PostgreSQL server a new database is created from the template and dropped on close.
 */
export async function freshDatabase(template: 'base' | 'demo' = 'base'): Promise<Database> {
  const templates = inject('templates');
  if (templates.kind === 'pglite') {
    const snapshot = new Blob([fs.readFileSync(templates[template])]);
    return openDatabase({ kind: 'pglite-memory', snapshot });
  }
  const url = (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) as string;
  const name = `cakupan_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${templates[template]}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), maxConnections: 8 });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    },
  };
}
