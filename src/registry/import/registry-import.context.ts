import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { hasNationalScope, inScope } from '../../auth/scope.ts';
import type { Executor } from '../../db/database.ts';
import { officialRegionCodes } from '../../regions/official-codes.ts';
import { loadParameterBook } from '../../regulations/regulations.service.ts';
import { AppError, type Bilingual } from '../../shared/errors.ts';
import { PROGRAM_START_PARAMETERS } from '../membership.rules.ts';
import type { FundingImportContext, RegistryImportKind, RowContext } from './registry-import.kind.ts';

/**
 * Everything a row reader consults, loaded once per import: the villages of the region table (about
 * 84,000 codes — a constant, whatever the file size), the NIK regions, the BPU income floor by date and
 * the start dates of JP and JKP from the parameter book.
 */
export async function loadRowContext(
  db: Executor,
  kind: RegistryImportKind,
  actor: Actor,
  today: string,
  funding: FundingImportContext | null = null,
): Promise<RowContext> {
  const needsVillages = kind.regionColumn !== null;
  const villages = needsVillages
    ? new Set(
        (await sql<{ code: string }>`select code from region where level = 4`.execute(db)).rows.map(
          (r) => r.code,
        ),
      )
    : new Set<string>();
  const book = await loadParameterBook(db);
  const floors = new Map<string, number | Bilingual>();
  const national = hasNationalScope(actor);
  return {
    today,
    currentMonth: today.slice(0, 7),
    villages,
    allowed: (code) => national || inScope(actor, code),
    nikRegions: await officialRegionCodes(),
    incomeFloor(date) {
      let floor = floors.get(date);
      if (floor === undefined) {
        try {
          floor = book.require('bpu.income_floor', date).value;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          floor = error.bilingual;
        }
        floors.set(date, floor);
      }
      return floor;
    },
    funding,
    programStarts: Object.fromEntries(
      Object.entries(PROGRAM_START_PARAMETERS).map(([program, code]) => [program, book.firstDate(code)]),
    ),
  };
}
