import type { Actor } from '../auth/actor.ts';
import { hasNationalScope } from '../auth/scope.ts';
import type { Executor } from '../db/database.ts';
import type { ParameterBook } from '../regulations/parameter-book.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { monthCosts, type PricedMonth } from './funding.cost.ts';
import { listPrograms, type ProgramRow, programTotals } from './funding.repo.ts';
import { payerKeyOfProgram, payerKindOfFunder, periodMonths } from './funding.rules.ts';
import type { ProgramView } from './funding.schemas.ts';

const monthOf = (date: string) => date.slice(0, 7) as Month;
const isoOf = (value: Date | string) => (value instanceof Date ? value.toISOString() : String(value));

export interface ProgramPrice {
  readonly costs: PricedMonth[];
  readonly perWorker: number | null;
  readonly perMonth: number | null;
}

/**
 * Price per worker-month (the first month) and per worker for the whole period, each month at its own
 * parameters; empty when the parameters do not cover the period yet (the view then shows no capacity).
 */
export function priceProgram(book: ParameterBook, row: ProgramRow): ProgramPrice {
  const months = periodMonths(monthOf(row.period_from), monthOf(row.period_to));
  try {
    const costs = monthCosts(book, months, {
      funderKind: row.funder_kind,
      income: Number(row.declared_income),
      programs: row.programs,
    });
    return {
      costs,
      perWorker: costs.reduce((sum, c) => sum + c.amount, 0),
      perMonth: costs[0]?.amount ?? null,
    };
  } catch (error) {
    if (error instanceof AppError) return { costs: [], perWorker: null, perMonth: null };
    throw error;
  }
}

export const programPricing = async (db: Executor, row: ProgramRow): Promise<ProgramPrice> =>
  priceProgram(await loadParameterBook(db), row);

/** Views of many programs with one parameter book and one pair of total queries, whatever their number. */
export async function programViews(db: Executor, rows: readonly ProgramRow[]): Promise<ProgramView[]> {
  if (rows.length === 0) return [];
  const keyed = rows.map((row) => ({ row, payerKey: payerKeyOfProgram(row.funder_kind, row.code) }));
  const [book, totals] = await Promise.all([
    loadParameterBook(db),
    programTotals(
      db,
      keyed.map((k) => ({ id: k.row.id, payerKey: k.payerKey })),
    ),
  ]);
  return keyed.map(({ row, payerKey }) => {
    const price = priceProgram(book, row);
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
  });
}

export const programView = async (db: Executor, row: ProgramRow): Promise<ProgramView> =>
  (await programViews(db, [row]))[0] as ProgramView;

export async function listProgramViews(
  db: Executor,
  actor: Actor,
  filter: { region?: string | undefined; year?: number | undefined },
): Promise<ProgramView[]> {
  return programViews(db, await listPrograms(db, hasNationalScope(actor) ? null : actor.regions, filter));
}
