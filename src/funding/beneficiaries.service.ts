import type { Actor } from '../auth/actor.ts';
import type { Database, Executor } from '../db/database.ts';
import type { FundingImportContext } from '../registry/import/registry-import.kind.ts';
import {
  type RegistryImportOptions,
  type RegistryImportReport,
  runRegistryImport,
} from '../registry/import/registry-import.service.ts';
import type { ImportSource } from '../registry/import/registry-import.source.ts';
import { lastDayOfMonth } from '../regulations/contributions/contribution-date.ts';
import { AppError } from '../shared/errors.ts';
import { addMonths, type Month } from '../shared/month.ts';
import type { ProgramRow } from './funding.repo.ts';
import { payerKindOfFunder } from './funding.rules.ts';
import { requireProgram } from './funding.service.ts';
import { programView } from './program.view.ts';

/**
 * What a beneficiaries import needs to know of its program, read once before the import. Capacity:
 * the budget buys ⌊budget ÷ cost of one worker for the whole period⌋ workers; those already enrolled
 * hold their places, whatever has been billed, so a program can never enrol more than it can pay for.
 */
export async function fundingImportContext(db: Executor, row: ProgramRow): Promise<FundingImportContext> {
  const view = await programView(db, row);
  if (view.costPerWorker === null || view.capacity === null)
    throw new AppError('REGULATION_PARAMETER_MISSING', {
      id: 'Iuran BPU untuk periode program belum ada di parameter regulasi',
      en: 'BPU contribution parameters do not cover the program period yet',
    });
  const payerKind = payerKindOfFunder(row.funder_kind);
  // A month already billed to the funder cannot take a new member: billing never re-bills a payer's
  // month, so that member would look covered and never be paid for. New members start after it.
  const billed = await db
    .selectFrom('bill')
    .select((eb) => eb.fn.max('month').as('last'))
    .where('payer_key', '=', view.payerKey)
    .executeTakeFirst();
  const last = billed?.last ? String(billed.last).slice(0, 7) : null;
  const firstOpen = last ? `${addMonths(last as Month, 1)}-01` : row.period_from;
  return {
    firstOpenDay: firstOpen > row.period_from ? firstOpen : row.period_from,
    programId: row.id,
    code: row.code,
    regionCode: row.region_code,
    payerKind: payerKind as FundingImportContext['payerKind'],
    programs: row.programs,
    declaredIncome: Number(row.declared_income),
    periodStart: row.period_from,
    periodEnd: lastDayOfMonth(row.period_to.slice(0, 7) as Month),
    eligibleVillages: row.eligible_villages ? new Set(row.eligible_villages) : null,
    eligibleOccupations: row.eligible_occupations
      ? new Set(row.eligible_occupations.map((o) => o.toLowerCase()))
      : null,
    povertyLevels: row.poverty_levels,
    costPerWorker: view.costPerWorker,
  };
}

/**
 * Imports a beneficiary list into a program through the registry import pipeline (one transaction,
 * every problem reported, all-or-nothing or the good rows only). A closed program takes no one.
 */
export async function importBeneficiaries(
  database: Database,
  actor: Actor,
  programId: number,
  source: ImportSource,
  options: Omit<RegistryImportOptions, 'actor' | 'funding'>,
): Promise<RegistryImportReport> {
  const row = await requireProgram(database.db, actor, programId);
  if (row.status === 'closed')
    throw new AppError('CONFLICT', {
      id: 'Program sudah ditutup; penerima tidak dapat ditambah',
      en: 'The program is closed; no beneficiaries can be added',
    });
  const funding = await fundingImportContext(database.db, row);
  return runRegistryImport(database, 'beneficiaries', source, { ...options, actor, funding });
}
