import type { Actor } from '../auth/actor.ts';
import { maskName, maskNik } from '../auth/personal-data.ts';
import type { Executor } from '../db/database.ts';
import { getEmployer } from '../registry/employers.service.ts';
import type { UsedParameter } from '../regulations/parameter-book.ts';
import { AppError } from '../shared/errors.ts';
import {
  allocationsOf,
  type BillFilter,
  type BillRow,
  employerMonths,
  findBill,
  findBills,
  findRun,
  linesOf,
  listRuns,
} from './bills.repo.ts';

/** The JSON shape of a bill (web pages and other modules build against it: keep it). */
export interface BillView {
  id: number;
  month: string;
  kind: 'contribution' | 'fine';
  segment: string;
  payerKey: string;
  payerKind: string;
  employerId: number | null;
  projectId: number | null;
  participantId: number | null;
  regionCode: string;
  amount: number;
  paid: number;
  outstanding: number;
  dueOn: string;
  settledOn: string | null;
  status: 'open' | 'partial' | 'paid';
  overdue: boolean;
  lineCount: number;
}

/** Paid in full (a zero bill too) / partly / not at all; overdue while unpaid after its due date. */
export function billView(r: BillRow, today: string): BillView {
  const amount = Number(r.amount);
  const paid = Number(r.paid);
  return {
    id: Number(r.id),
    month: r.month,
    kind: r.kind,
    segment: r.segment,
    payerKey: r.payer_key,
    payerKind: r.payer_kind,
    employerId: r.employer_id,
    projectId: r.project_id,
    participantId: r.participant_id,
    regionCode: r.region_code,
    amount,
    paid,
    outstanding: amount - paid,
    dueOn: r.due_on,
    settledOn: r.settled_on,
    status: paid >= amount ? 'paid' : paid > 0 ? 'partial' : 'open',
    overdue: paid < amount && r.due_on < today,
    lineCount: Number(r.line_count),
  };
}

export const billNotFound = (id: number) =>
  new AppError('NOT_FOUND', { id: `Tagihan ${id} tidak ditemukan`, en: `Bill ${id} not found` });

export async function listBills(
  db: Executor,
  actor: Actor,
  filter: BillFilter,
  today: string,
): Promise<BillView[]> {
  return (await findBills(db, actor, filter)).map((r) => billView(r, today));
}

/** One bill with its lines (names and NIK masked, UU PDP 27/2022) and the payments allocated to it. */
export async function getBill(db: Executor, actor: Actor, id: number, today: string) {
  const row = await findBill(db, actor, id);
  if (!row) throw billNotFound(id);
  const lines = await linesOf(db, id);
  const allocations = await allocationsOf(db, id);
  return {
    ...billView(row, today),
    lines: lines.map((l) => ({
      membershipId: l.membership_id,
      participantId: l.participant_id,
      name: maskName(l.name),
      nik: maskNik(l.nik),
      coversFrom: l.covers_from.slice(0, 7),
      coversTo: l.covers_to.slice(0, 7),
      base: l.base === null ? null : Number(l.base),
      employer: Number(l.employer),
      worker: Number(l.worker),
      government: Number(l.government),
      other: Number(l.other),
      amount: Number(l.amount),
    })),
    allocations: allocations.map((a) => ({
      id: Number(a.id),
      paymentId: Number(a.payment_id),
      amount: Number(a.amount),
      paidOn: a.paid_on,
      at: new Date(a.created_at).toISOString(),
    })),
  };
}

/** An employer's account: per month billed, fines, paid, outstanding and overdue; totals; standing now. */
export async function employerAccount(db: Executor, actor: Actor, employerId: number, today: string) {
  const employer = await getEmployer(db, actor, employerId);
  const months = (await employerMonths(db, employerId, today)).map((m) => {
    const billed = Number(m.contribution) + Number(m.fines);
    return {
      month: m.month,
      contribution: Number(m.contribution),
      fines: Number(m.fines),
      paid: Number(m.paid),
      outstanding: billed - Number(m.paid),
      overdue: Number(m.overdue),
    };
  });
  const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((s, m) => s + pick(m), 0);
  const open = employer.status.find((s) => s.validTo === null) ?? null;
  return {
    employerId,
    npp: employer.npp,
    name: employer.name,
    standing: open ? { status: open.status, since: open.validFrom } : null,
    totals: {
      contribution: sum((m) => m.contribution),
      fines: sum((m) => m.fines),
      paid: sum((m) => m.paid),
      outstanding: sum((m) => m.outstanding),
      overdue: sum((m) => m.overdue),
    },
    months,
  };
}

const runView = (r: Awaited<ReturnType<typeof listRuns>>[number]) => ({
  id: r.id,
  month: r.month.slice(0, 7),
  asOf: r.as_of,
  actor: r.actor,
  bills: Number(r.bills),
  lines: Number(r.lines),
  total: Number(r.total),
  startedAt: new Date(r.started_at).toISOString(),
  finishedAt: r.finished_at === null ? null : new Date(r.finished_at).toISOString(),
});

export const billingRuns = async (db: Executor) => (await listRuns(db, 200)).map(runView);

export async function billingRun(db: Executor, id: number) {
  const run = await findRun(db, id);
  if (!run)
    throw new AppError('NOT_FOUND', {
      id: `Proses tagihan ${id} tidak ditemukan`,
      en: `Billing run ${id} not found`,
    });
  return { ...runView(run), parameters: run.parameters as UsedParameter[] };
}
