import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import { requireRegion } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError, notFound, validationFailed } from '../shared/errors.ts';
import { monthToDate, requireMonth } from '../shared/month.ts';
import { incomeFloorOf, monthCosts } from './funding.cost.ts';
import { findProgram, findProgramByCode, type ProgramRow } from './funding.repo.ts';
import {
  type FunderKind,
  type FundingSource,
  periodMonths,
  programProblems,
  regionLevelProblem,
} from './funding.rules.ts';
import type { ProgramInput, ProgramView } from './funding.schemas.ts';
import { programView } from './program.view.ts';

export const programNotFound = () =>
  notFound({ id: 'Program pendanaan tidak ditemukan', en: 'Funding program not found' });

/** A program the actor may see (its region inside the scope), else 404 — like one that does not exist. */
export async function requireProgram(db: Executor, actor: Actor, id: number): Promise<ProgramRow> {
  const row = await findProgram(db, id);
  if (!row || !(hasNationalScope(actor) || inScope(actor, row.region_code))) throw programNotFound();
  return row;
}

/**
 * Creates a program after every check at once: the funder's region is inside the actor's scope and of
 * the funder's level, the period lies in the fiscal year, the budget buys at least one worker-month,
 * the eligible villages lie in the funder's region, and the code is free.
 */
export async function createProgram(db: Executor, actor: Actor, input: ProgramInput): Promise<ProgramView> {
  const region = await requireRegion(db, input.regionCode);
  if (!(hasNationalScope(actor) || inScope(actor, region.code)))
    throw new AppError('REGION_NOT_FOUND', {
      id: `Wilayah ${region.code} tidak ditemukan`,
      en: `Region ${region.code} not found`,
    });
  const from = requireMonth(input.periodFrom, 'periodFrom');
  const to = requireMonth(input.periodTo, 'periodTo');
  const book = await loadParameterBook(db);
  const income = input.declaredIncome ?? incomeFloorOf(book, from);
  const programs = input.programs ?? ['JKK', 'JKM'];
  const months = periodMonths(from, to);
  const costs = monthCosts(book, months, { funderKind: input.funderKind as FunderKind, income, programs });
  const problems = programProblems(
    {
      fiscalYear: input.fiscalYear,
      budget: input.budget,
      periodFrom: from,
      periodTo: to,
      funderKind: input.funderKind as FunderKind,
      source: input.source as FundingSource,
    },
    costs.map((c) => c.amount),
  );
  const levelProblem = regionLevelProblem(input.funderKind as FunderKind, region.level);
  if (levelProblem) problems.push(levelProblem);
  const outside = (input.eligibleVillages ?? []).filter(
    (v) => !v.startsWith(`${region.code}.`) && v !== region.code,
  );
  if (outside.length > 0)
    problems.push({
      field: 'eligibleVillages',
      code: 'VILLAGE_OUTSIDE_FUNDER_REGION',
      message: {
        id: `Desa di luar wilayah pemberi dana: ${outside.slice(0, 5).join(', ')}`,
        en: `Villages outside the funder's region: ${outside.slice(0, 5).join(', ')}`,
      },
    });
  const named = input.eligibleVillages ?? [];
  if (named.length > 0) {
    const known = new Set(
      (
        await db
          .selectFrom('region')
          .select('code')
          .where('level', '=', 4)
          .where('code', 'in', named)
          .execute()
      ).map((r) => r.code),
    );
    const unknown = named.filter((v) => !known.has(v));
    if (unknown.length > 0)
      problems.push({
        field: 'eligibleVillages',
        code: 'NOT_A_VILLAGE',
        message: {
          id: `Bukan kode desa/kelurahan: ${unknown.slice(0, 5).join(', ')}`,
          en: `Not village codes: ${unknown.slice(0, 5).join(', ')}`,
        },
      });
  }
  if (await findProgramByCode(db, input.code))
    problems.push({
      field: 'code',
      code: 'PROGRAM_CODE_TAKEN',
      message: { id: `Kode program ${input.code} sudah dipakai`, en: `Program code ${input.code} is taken` },
    });
  // Each problem keeps its field and code next to the texts, so a form can show it under the field.
  if (problems.length > 0)
    throw validationFailed(problems.map((p) => ({ field: p.field, code: p.code, ...p.message })));
  const created = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('funding_program')
      .values({
        code: input.code,
        name: input.name,
        funder_kind: input.funderKind as FunderKind,
        funder_name: input.funderName,
        region_code: region.code,
        source: input.source as FundingSource,
        fiscal_year: input.fiscalYear,
        budget: input.budget,
        programs,
        declared_income: income,
        period_from: monthToDate(from),
        period_to: monthToDate(to),
        eligible_villages: input.eligibleVillages ?? null,
        eligible_occupations: input.eligibleOccupations ?? null,
        poverty_levels: input.povertyLevels ?? null,
        legal_basis: input.legalBasis ?? null,
        notes: input.notes ?? null,
        status: input.status ?? 'draft',
        created_by: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'funding.program.create',
      entity: 'funding_program',
      entityId: row.id,
      regionCode: region.code,
      after: { ...input, programs, declaredIncome: income },
    });
    return row.id;
  });
  return programView(db, (await findProgram(db, created)) as ProgramRow);
}
