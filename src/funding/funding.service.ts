import { recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/actor.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import { requireRegion } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError, notFound, validationFailed } from '../shared/errors.ts';
import { type Month, monthToDate, requireMonth } from '../shared/month.ts';
import { incomeFloorOf, monthCosts } from './funding.cost.ts';
import {
  findProgram,
  findProgramByCode,
  listPrograms,
  type ProgramRow,
  programTotals,
} from './funding.repo.ts';
import {
  type FunderKind,
  type FundingSource,
  payerKeyOfProgram,
  payerKindOfFunder,
  periodMonths,
  programProblems,
  regionLevelProblem,
} from './funding.rules.ts';
import type { ProgramInput, ProgramView } from './funding.schemas.ts';

export const programNotFound = () =>
  notFound({ id: 'Program pendanaan tidak ditemukan', en: 'Funding program not found' });

const monthOf = (date: string) => date.slice(0, 7) as Month;
const isoOf = (value: Date | string) => (value instanceof Date ? value.toISOString() : String(value));

/** A program the actor may see (its region inside the scope), else 404 — like one that does not exist. */
export async function requireProgram(db: Executor, actor: Actor, id: number): Promise<ProgramRow> {
  const row = await findProgram(db, id);
  if (!row || !(hasNationalScope(actor) || inScope(actor, row.region_code))) throw programNotFound();
  return row;
}

/** Price per worker-month and per worker for the whole period, and how many workers the budget buys. */
export async function programPricing(db: Executor, row: ProgramRow) {
  const book = await loadParameterBook(db);
  const months = periodMonths(monthOf(row.period_from), monthOf(row.period_to));
  try {
    const costs = monthCosts(book, months, {
      funderKind: row.funder_kind,
      income: Number(row.declared_income),
      programs: row.programs,
    });
    const perWorker = costs.reduce((sum, c) => sum + c.amount, 0);
    return { costs, perWorker, perMonth: costs[0]?.amount ?? null };
  } catch (error) {
    if (error instanceof AppError) return { costs: [], perWorker: null, perMonth: null };
    throw error;
  }
}

export async function programView(db: Executor, row: ProgramRow): Promise<ProgramView> {
  const payerKey = payerKeyOfProgram(row.funder_kind, row.code);
  const [price, totals] = await Promise.all([
    programPricing(db, row),
    programTotals(db, [{ id: row.id, payerKey }]),
  ]);
  const t = totals.get(row.id) ?? { beneficiaries: 0, billed: 0, paid: 0 };
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    funderKind: row.funder_kind,
    funderName: row.funder_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    source: row.source,
    fiscalYear: row.fiscal_year,
    budget: Number(row.budget),
    programs: row.programs,
    declaredIncome: Number(row.declared_income),
    periodFrom: monthOf(row.period_from),
    periodTo: monthOf(row.period_to),
    eligibleVillages: row.eligible_villages,
    eligibleOccupations: row.eligible_occupations,
    povertyLevels: row.poverty_levels,
    legalBasis: row.legal_basis,
    notes: row.notes,
    status: row.status,
    payerKind: payerKindOfFunder(row.funder_kind),
    payerKey,
    costPerWorkerMonth: price.perMonth,
    costPerWorker: price.perWorker,
    capacity: price.perWorker ? Math.floor(Number(row.budget) / price.perWorker) : null,
    beneficiaries: t.beneficiaries,
    committed: t.billed,
    paid: t.paid,
    createdAt: isoOf(row.created_at),
    createdBy: row.created_by,
  };
}

export async function listProgramViews(
  db: Executor,
  actor: Actor,
  filter: { region?: string | undefined; year?: number | undefined },
): Promise<ProgramView[]> {
  const rows = await listPrograms(db, hasNationalScope(actor) ? null : actor.regions, filter);
  return Promise.all(rows.map((row) => programView(db, row)));
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
