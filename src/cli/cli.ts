import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../http/clock.ts';
import type { Lang } from '../shared/format.ts';

export type Flags = Record<string, string | boolean | undefined>;

/** What a command receives: positional arguments, flags, and lazy access to the database. */
export interface CommandContext {
  readonly args: readonly string[];
  readonly flags: Flags;
  readonly json: boolean;
  readonly lang: Lang;
  readonly config: Config;
  readonly clock: Clock;
  database(): Promise<Database>;
  /** A database exists already (server URL, an injected one, or a PGlite directory the product created). */
  readonly databaseExists: boolean;
  print(text: string): void;
}

export interface Command {
  readonly name: string;
  readonly summary: { id: string; en: string };
  readonly usage: string;
  /** Flags that take a value. */
  readonly valueFlags?: readonly string[];
  /** Yes/no flags beyond the common ones (--json, --dry-run, --verbose). */
  readonly booleanFlags?: readonly string[];
  run(context: CommandContext): Promise<number | undefined>;
}

export class UsageError extends Error {
  constructor(message: { id: string; en: string }) {
    super(`${message.id}\n${message.en}`);
    this.name = 'UsageError';
  }
}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireArg(args: readonly string[], index: number, name: string): string {
  const value = args[index];
  if (value === undefined)
    throw new UsageError({ id: `Argumen <${name}> wajib diisi`, en: `Argument <${name}> is required` });
  return value;
}

export function printJson(context: CommandContext, value: unknown): void {
  context.print(JSON.stringify(value, null, 2));
}

/** A whole-number flag within bounds, or a usage error that names it (never NaN into a query). */
export function intFlag(flags: Flags, name: string, min: number, max: number): number | undefined {
  const text = stringFlag(flags, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw new UsageError({
      id: `--${name} harus bilangan bulat ${min}–${max}`,
      en: `--${name} must be a whole number ${min}–${max}`,
    });
  }
  return value;
}
