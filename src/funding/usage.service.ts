import type { Actor } from '../auth/actor.ts';
import { maskName, maskNik } from '../auth/personal-data.ts';
import type { Executor } from '../db/database.ts';
import { type Month, monthsBetween, monthToDate } from '../shared/month.ts';
import { listBeneficiaries, usageByMonth } from './funding.repo.ts';
import { payerKeyOfProgram } from './funding.rules.ts';
import { requireProgram } from './funding.service.ts';
import { programPricing } from './program.view.ts';

const monthOf = (date: string) => date.slice(0, 7) as Month;

/**
 * What the money bought, month by month over the program's period: open funded memberships, people
 * protected (a paid bill line), billed and paid — and, cumulated, commitments, worker-months bought
 * and the budget left after commitments and the projected cost of the months not billed yet.
 * Benefits paid to beneficiaries need the claims module (not built yet): reported as null with a note.
 */
export async function programUsage(db: Executor, actor: Actor, id: number) {
  const row = await requireProgram(db, actor, id);
  const months = monthsBetween(monthOf(row.period_from), monthOf(row.period_to));
  const rows = await usageByMonth(
    db,
    row.id,
    payerKeyOfProgram(row.funder_kind, row.code),
    months.map(monthToDate),
  );
  let committedToDate = 0;
  let paidToDate = 0;
  let workerMonthsToDate = 0;
  const budget = Number(row.budget);
  // Each month at its own price: a CSR program crossing into the PP 50/2025 window halves mid-year.
  const price = new Map((await programPricing(db, row)).costs.map((c) => [c.month as string, c.amount]));
  const lastBilled = rows.filter((r) => Number(r.billed) > 0).at(-1)?.month ?? null;
  const monthsOut = rows.map((r) => {
    const billed = Number(r.billed);
    const paid = Number(r.paid);
    committedToDate += billed;
    paidToDate += paid;
    workerMonthsToDate += r.protected_workers;
    return {
      month: r.month,
      beneficiaries: r.beneficiaries,
      protectedWorkers: r.protected_workers,
      billed,
      paid,
      outstanding: billed - paid,
      committedToDate,
      paidToDate,
      budgetLeft: budget - committedToDate,
      workerMonthsToDate,
    };
  });
  // Months after the last bill will be billed for the members open in them, at today's price.
  const projected = rows
    .filter((r) => lastBilled === null || r.month > lastBilled)
    .reduce((sum, r) => sum + r.beneficiaries * (price.get(r.month) ?? 0), 0);
  const people = await db
    .selectFrom('protected_month as pm')
    .innerJoin('funding_beneficiary as b', 'b.membership_id', 'pm.membership_id')
    .where('b.program_id', '=', row.id)
    .select((eb) => eb.fn.count<string>('pm.participant_id').distinct().as('n'))
    .executeTakeFirst();
  return {
    programId: row.id,
    budget,
    billed: committedToDate,
    paid: paidToDate,
    outstanding: committedToDate - paidToDate,
    projected,
    budgetLeft: budget - committedToDate - projected,
    workerMonths: workerMonthsToDate,
    peopleProtected: Number(people?.n ?? 0),
    benefitsPaid: null,
    benefitsNote: {
      id: 'Manfaat yang dibayarkan kepada penerima akan tampil setelah modul klaim tersedia',
      en: 'Benefits paid to beneficiaries will show once the claims module exists',
    },
    months: monthsOut,
  };
}

/** One page of beneficiaries, NIK and name masked (UU PDP): the full record is on the participant page. */
export async function beneficiaryPage(
  db: Executor,
  actor: Actor,
  id: number,
  query: { page?: number | undefined; pageSize?: number | undefined },
) {
  const row = await requireProgram(db, actor, id);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const rows = await listBeneficiaries(db, row.id, { limit: pageSize, offset: (page - 1) * pageSize });
  return {
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
    rows: rows.map((r) => ({
      participantId: r.participant_id,
      kpj: r.kpj,
      nikMasked: maskNik(r.nik),
      nameMasked: maskName(r.name),
      villageCode: r.village_code,
      villageName: r.village_name,
      occupation: r.occupation,
      povertyLevel: r.poverty_level,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      protectedMonths: r.protected_months,
    })),
  };
}
