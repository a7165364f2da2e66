import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../bootstrap.ts';
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { openConfiguredDatabase } from '../db/open-from-config.ts';
import { systemClock } from '../http/clock.ts';
import { AppError } from '../shared/errors.ts';
import { type Command, type CommandContext, UsageError } from './cli.ts';
import { benefitCommand } from './commands/benefit.cmd.ts';
import { billingCommand } from './commands/billing.cmd.ts';
import { rankingCommand } from './commands/coverage.cmd.ts';
import { dbCommand, exportCommand } from './commands/db.cmd.ts';
import { demoCommand } from './commands/demo.cmd.ts';
import { fundingCommand } from './commands/funding.cmd.ts';
import { kpjCommand, nikCommand, nppCommand } from './commands/identifier.cmd.ts';
import { importCommand } from './commands/import.cmd.ts';
import { coverageWithRegistryCommand } from './commands/protection.cmd.ts';
import { contributionCommand, fineCommand } from './commands/quote.cmd.ts';
import { regionsCommand } from './commands/regions.cmd.ts';
import { registryImportCommand } from './commands/registry-import.cmd.ts';
import { regulationsCommand } from './commands/regulations.cmd.ts';
import { targetsCommand } from './commands/targets.cmd.ts';
import { tokenCommand, userCommand } from './commands/user.cmd.ts';

const COMMANDS: readonly Command[] = [
  coverageWithRegistryCommand,
  rankingCommand,
  regionsCommand,
  importCommand,
  registryImportCommand,
  targetsCommand,
  userCommand,
  tokenCommand,
  contributionCommand,
  fineCommand,
  benefitCommand,
  nikCommand,
  kpjCommand,
  nppCommand,
  regulationsCommand,
  billingCommand,
  fundingCommand,
  demoCommand,
  exportCommand,
  dbCommand,
];

function help(): string {
  return [
    'Cakupan — pemantau Universal Coverage Jamsostek / Universal Coverage Jamsostek monitor',
    '',
    'Pemakaian / usage: npm run -s cakupan -- <perintah> [argumen] [--json] [--lang id|en]',
    '',
    ...COMMANDS.flatMap((c) => [
      `  ${c.usage.replace(/\n/g, '\n  ')}`,
      `      ${c.summary.id} / ${c.summary.en}`,
    ]),
    '',
    'Basis data / database: DATABASE_URL (PostgreSQL) atau / or PGlite di CAKUPAN_DATA_DIR (./data).',
  ].join('\n');
}

const silentLog = { info: () => {}, warn: () => {} };

/**
 * `--wage -5` would make parseArgs stop at an "ambiguous" value; joining it to `--wage=-5` lets the
 * command's validator answer with its own message (a negative wage is bad input, not bad syntax).
 */
function joinNegativeValues(args: readonly string[], command: Command): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (arg.startsWith('--') && command.valueFlags?.includes(arg.slice(2)) && next && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export interface CliIo {
  readonly print: (text: string) => void;
  /** Tests pass a ready database; the real CLI opens the configured one. */
  readonly openDatabase?: (config: Config) => Promise<Database>;
}

/** Runs one command and returns the process exit code (0 ok, 1 error, 2 usage, 3 import rejected). */
export async function runCli(argv: readonly string[], io: CliIo = { print: console.log }): Promise<number> {
  const print = io.print;
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    print(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Perintah tidak dikenal / unknown command: ${name}\n\n${help()}`);
    return 2;
  }
  let database: Database | null = null;
  try {
    const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries([
      ...(command.valueFlags ?? []).map((flag) => [flag, { type: 'string' as const }]),
      ...(command.booleanFlags ?? []).map((flag) => [flag, { type: 'boolean' as const }]),
      ['json', { type: 'boolean' as const }],
      ['dry-run', { type: 'boolean' as const }],
      ['verbose', { type: 'boolean' as const }],
      ['lang', { type: 'string' as const }],
    ]);
    const parsed = parseArgs({
      args: joinNegativeValues(rest, command),
      options,
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as CommandContext['flags'];
    const config = loadConfig();
    const lang = values.lang === 'en' ? 'en' : 'id';
    const context: CommandContext = {
      args: parsed.positionals,
      flags: values,
      json: values.json === true,
      lang,
      config,
      clock: systemClock,
      print,
      databaseExists:
        io.openDatabase !== undefined ||
        config.databaseUrl !== undefined ||
        fs.existsSync(path.join(config.dataDir, 'PG_VERSION')),
      async database() {
        if (!database) {
          database = await (io.openDatabase ?? openConfiguredDatabase)(config);
          const log = values.verbose
            ? {
                info: (o: object, m?: string) => console.error(m ?? '', JSON.stringify(o)),
                warn: (m: string) => console.error(m),
              }
            : silentLog;
          await prepareDatabase(database, config, systemClock, log);
        }
        return database;
      },
    };
    return (await command.run(context)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof AppError) {
      if (argv.includes('--json')) {
        print(
          JSON.stringify(
            {
              error: {
                code: error.code,
                message: error.bilingual.id,
                messageEn: error.bilingual.en,
                details: error.details,
              },
            },
            null,
            2,
          ),
        );
      } else console.error(`${error.bilingual.id}\n${error.bilingual.en}`);
      return 1;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    // Unexpected: a short bilingual line for the user; the stack only when asked for (--verbose).
    console.error(
      'Terjadi kesalahan tak terduga / unexpected error:',
      (error as Error).message ?? String(error),
    );
    if (argv.includes('--verbose')) console.error(error);
    return 1;
  } finally {
    if (database) await (database as Database).close();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
