import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';

export interface BillRow {
  id: number;
  month: string;
  kind: 'contribution' | 'fine';
  segment: string;
  payer_key: string;
  payer_kind: string;
  employer_id: number | null;
  project_id: number | null;
  participant_id: number | null;
  region_code: string;
  amount: number;
  paid: number;
  due_on: string;
  settled_on: string | null;
  line_count: number;
}

export interface BillFilter {
  employerId?: number | undefined;
  participantId?: number | undefined;
  projectId?: number | undefined;
  payerKey?: string | undefined;
  /** First day of the month. */
  month?: string | undefined;
  status?: 'open' | 'paid' | undefined;
  limit: number;
}

/**
 * Which bills an actor may see, as SQL (the rule of ownsRecord in src/auth/scope.ts): the bill's region
 * inside the scope; or, for a Perisai agent, bills of people it enrolled; for an employer account, its
 * own company's bills. Agents and employers see nothing by region.
 */
export function billVisible(actor: Actor): RawBuilder<SqlBool> {
  const owned: RawBuilder<SqlBool>[] = [];
  if (actor.agentCode !== null)
    owned.push(
      sql<SqlBool>`exists (select 1 from participant p where p.id = b.participant_id and p.agent_code = ${actor.agentCode})`,
    );
  if (actor.employerNpp !== null)
    owned.push(
      sql<SqlBool>`exists (select 1 from employer e where e.id = b.employer_id and e.npp = ${actor.employerNpp})`,
    );
  if (actor.role !== 'perisai_agent' && actor.role !== 'employer')
    owned.push(regionWithin('b.region_code', actor.regions));
  return owned.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`(${sql.join(owned, sql` or `)})`;
}

const BILL_COLUMNS = sql`b.id, to_char(b.month, 'YYYY-MM') as month, b.kind, b.segment, b.payer_key, b.payer_kind,
  b.employer_id, b.project_id, b.participant_id, b.region_code, b.amount, b.paid, b.due_on, b.settled_on,
  (select count(*) from bill_line l where l.bill_id = b.id)::int as line_count`;

export async function findBills(db: Executor, actor: Actor, f: BillFilter): Promise<BillRow[]> {
  const where: RawBuilder<unknown>[] = [billVisible(actor)];
  if (f.employerId !== undefined) where.push(sql`b.employer_id = ${f.employerId}`);
  if (f.participantId !== undefined) where.push(sql`b.participant_id = ${f.participantId}`);
  if (f.projectId !== undefined) where.push(sql`b.project_id = ${f.projectId}`);
  if (f.payerKey !== undefined) where.push(sql`b.payer_key = ${f.payerKey}`);
  if (f.month !== undefined) where.push(sql`b.month = ${f.month}::date`);
  if (f.status === 'open') where.push(sql`b.paid < b.amount`);
  if (f.status === 'paid') where.push(sql`b.paid >= b.amount`);
  const { rows } = await sql<BillRow>`
    select ${BILL_COLUMNS} from bill b where ${sql.join(where, sql` and `)}
    order by b.month desc, b.id limit ${f.limit}`.execute(db);
  return rows;
}

export async function findBill(db: Executor, actor: Actor, id: number): Promise<BillRow | undefined> {
  const { rows } = await sql<BillRow>`
    select ${BILL_COLUMNS} from bill b where b.id = ${id} and ${billVisible(actor)}`.execute(db);
  return rows[0];
}

export interface LineRow {
  membership_id: number;
  participant_id: number;
  nik: string;
  name: string;
  covers_from: string;
  covers_to: string;
  base: number | null;
  employer: number;
  worker: number;
  government: number;
  other: number;
  amount: number;
}

export async function linesOf(db: Executor, billId: number): Promise<LineRow[]> {
  const { rows } = await sql<LineRow>`
    select l.membership_id, l.participant_id, p.nik, p.name, l.covers_from, l.covers_to, l.base,
      l.employer, l.worker, l.government, l.other, l.amount
    from bill_line l join participant p on p.id = l.participant_id
    where l.bill_id = ${billId} order by l.membership_id`.execute(db);
  return rows;
}

export interface AllocationRow {
  id: number;
  payment_id: number;
  amount: number;
  paid_on: string;
  created_at: Date;
}

export async function allocationsOf(db: Executor, billId: number): Promise<AllocationRow[]> {
  const { rows } = await sql<AllocationRow>`
    select a.id, a.payment_id, a.amount, p.paid_on, a.created_at
    from payment_allocation a join payment p on p.id = a.payment_id
    where a.bill_id = ${billId} order by a.id`.execute(db);
  return rows;
}

export interface MonthTotalsRow {
  month: string;
  contribution: number;
  fines: number;
  paid: number;
  overdue: number;
}

/** An employer's bills summed per month: billed contributions, fines, paid, and overdue unpaid. */
export async function employerMonths(
  db: Executor,
  employerId: number,
  today: string,
): Promise<MonthTotalsRow[]> {
  const { rows } = await sql<MonthTotalsRow>`
    select to_char(b.month, 'YYYY-MM') as month,
      coalesce(sum(b.amount) filter (where b.kind = 'contribution'), 0)::int8 as contribution,
      coalesce(sum(b.amount) filter (where b.kind = 'fine'), 0)::int8 as fines,
      sum(b.paid)::int8 as paid,
      coalesce(sum(b.amount - b.paid) filter (where b.due_on < ${today}::date), 0)::int8 as overdue
    from bill b where b.employer_id = ${employerId}
    group by b.month order by b.month`.execute(db);
  return rows;
}

export const listRuns = (db: Executor, limit: number) =>
  db
    .selectFrom('bill_run')
    .select(['id', 'month', 'as_of', 'actor', 'bills', 'lines', 'total', 'started_at', 'finished_at'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const findRun = (db: Executor, id: number) =>
  db.selectFrom('bill_run').selectAll().where('id', '=', id).executeTakeFirst();
