import { runCli } from '../../src/cli/main.ts';
import type { Database } from '../../src/db/database.ts';
import type { TestApp } from './app.ts';

/**
 * The CLI in-process against a suite's database (kept open: the suite closes it), returning the exit
 * code and everything printed.
 */
export function inProcessCli(t: () => TestApp) {
  return async (...argv: string[]): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const database: Database = { ...t().database, close: async () => {} };
    const code = await runCli(argv, { print: (text) => out.push(text), openDatabase: async () => database });
    return { code, out: out.join('\n') };
  };
}
