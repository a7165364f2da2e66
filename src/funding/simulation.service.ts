import type { Actor } from '../auth/actor.ts';
import type { CoverageContext } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { AppError } from '../shared/errors.ts';
import { type Month, monthIndex, requireMonth } from '../shared/month.ts';
import { incomeFloorOf, monthCosts, type PricedMonth } from './funding.cost.ts';
import { type FunderKind, periodMonths } from './funding.rules.ts';
import { type SimulationProblem, simulateBudget, simulateTarget } from './simulator.rules.ts';
import { regionSnapshot } from './snapshot.service.ts';

/** A simulation spans at most five fiscal years: a budget is planned, not a pension. */
const MAX_MONTHS = 60;

export interface PeriodInput {
  readonly from: string;
  readonly to: string;
  readonly funderKind?: string | undefined;
}

/** The months of a simulation and what one worker costs in each, from the regulation engine. */
export async function pricedPeriod(db: Executor, input: PeriodInput): Promise<PricedMonth[]> {
  const from = requireMonth(input.from, 'from');
  const to = requireMonth(input.to, 'to');
  if (to < from || monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS)
    throw new AppError('VALIDATION_FAILED', {
      id: `Periode harus 1–${MAX_MONTHS} bulan dan berakhir setelah dimulai`,
      en: `The period must be 1–${MAX_MONTHS} months long and end after it starts`,
    });
  const book = await loadParameterBook(db);
  return monthCosts(book, periodMonths(from, to), {
    funderKind: (input.funderKind ?? 'regency') as FunderKind,
    income: incomeFloorOf(book, from as Month),
    programs: ['JKK', 'JKM'],
  });
}

export const problemError = (p: SimulationProblem): AppError =>
  new AppError('VALIDATION_FAILED', p.message, { code: p.code });

/** What the quote of the first month says: each program line with its rule, and the discount note. */
export const costExplanation = (costs: readonly PricedMonth[]) => {
  const quote = costs[0]?.quote;
  return {
    lines: (quote?.lines ?? []).map((l) => ({
      program: l.program,
      amount: l.amount,
      legalBasis: l.legalBasis.join('; '),
      explanation: l.explanation,
    })),
    notes: quote?.notes ?? [],
  };
};

/** "With Rp X for these months, how many workers, and what coverage and rank?" */
export async function simulateBudgetFor(
  db: Executor,
  actor: Actor,
  input: PeriodInput & { regionCode: string; budget: number },
  context: CoverageContext,
) {
  const costs = await pricedPeriod(db, input);
  const snap = await regionSnapshot(db, actor, input.regionCode, context);
  const result = simulateBudget({
    budget: input.budget,
    monthCosts: costs.map(({ month, amount }) => ({ month, amount })),
    region: snap.region,
    siblings: snap.siblings,
  });
  if (!result.ok) throw problemError(result);
  return { ...result, ...frame(snap, costs) };
}

/** "To reach T % in these months, how much?" */
export async function simulateTargetFor(
  db: Executor,
  actor: Actor,
  input: PeriodInput & { regionCode: string; targetPct: number },
  context: CoverageContext,
) {
  const costs = await pricedPeriod(db, input);
  const snap = await regionSnapshot(db, actor, input.regionCode, context);
  const result = simulateTarget({
    targetBp: Math.round(input.targetPct * 100),
    monthCosts: costs.map(({ month, amount }) => ({ month, amount })),
    region: snap.region,
    siblings: snap.siblings,
  });
  if (!result.ok) throw problemError(result);
  return { ...result, ...frame(snap, costs) };
}

function frame(snap: Awaited<ReturnType<typeof regionSnapshot>>, costs: readonly PricedMonth[]) {
  return {
    region: snap.region,
    parentName: snap.parentName,
    dataMonth: snap.report.month,
    basis: snap.report.basis,
    basisName: snap.report.basisName,
    targetYear: snap.report.targetYear,
    monthCosts: costs.map(({ month, amount }) => ({ month, amount })),
    cost: costExplanation(costs),
  };
}
