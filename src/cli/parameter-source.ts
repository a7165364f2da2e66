import { ParameterBook } from '../regulations/parameter-book.ts';
import { SEED_PARAMETERS } from '../regulations/parameters.seed.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError } from '../shared/errors.ts';
import type { CommandContext } from './cli.ts';

export type ParameterSource = 'database' | 'seed';

/**
 * Where a calculation command reads the regulation parameters. The database copy is authoritative
 * (operator-entered values live there), so it is used whenever one exists: a PostgreSQL server, or a
 * PGlite directory the product has already created. A machine that never started the product has no
 * edits yet, so the shipped seed — exactly what a new database would hold — answers without creating
 * one. If the server holds the PGlite directory, the seed answers too, and stderr says so.
 */
export async function parameterBookFor(
  context: CommandContext,
): Promise<{ book: ParameterBook; source: ParameterSource }> {
  if (!context.databaseExists) return { book: new ParameterBook(SEED_PARAMETERS), source: 'seed' };
  try {
    const database = await context.database();
    return { book: await loadParameterBook(database.db), source: 'database' };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DATABASE_IN_USE')) throw error;
    console.error(
      'Basis data sedang dipakai server: parameter dibaca dari data bawaan produk (tanpa suntingan operator).\n' +
        'Database in use by the server: parameters read from the shipped seed (without operator edits).',
    );
    return { book: new ParameterBook(SEED_PARAMETERS), source: 'seed' };
  }
}
