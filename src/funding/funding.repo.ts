import { type Selectable, sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import type { FundingProgramTable } from '../db/schema.ts';

export type ProgramRow = Selectable<FundingProgramTable> & { region_name: string };

const withRegionName = (db: Executor) =>
  db
    .selectFrom('funding_program as f')
    .innerJoin('region as r', 'r.code', 'f.region_code')
    .selectAll('f')
    .select('r.name as region_name');

export const findProgram = (db: Executor, id: number): Promise<ProgramRow | undefined> =>
  withRegionName(db).where('f.id', '=', id).executeTakeFirst();

export const findProgramByCode = (db: Executor, code: string): Promise<ProgramRow | undefined> =>
  withRegionName(db).where('f.code', '=', code).executeTakeFirst();

/** Programs whose region lies inside `roots` (null: every program), newest fiscal year first. */
export function listPrograms(
  db: Executor,
  roots: readonly string[] | null,
  filter: { region?: string | undefined; year?: number | undefined },
): Promise<ProgramRow[]> {
  let query = withRegionName(db);
  if (roots) query = query.where(regionWithin('f.region_code', roots));
  if (filter.region) query = query.where(regionWithin('f.region_code', [filter.region]));
  if (filter.year) query = query.where('f.fiscal_year', '=', filter.year);
  return query.orderBy('f.fiscal_year', 'desc').orderBy('f.code').execute();
}

export interface ProgramTotals {
  readonly beneficiaries: number;
  readonly billed: number;
  readonly paid: number;
}

/** Beneficiaries, billed and paid per payer key, for many programs in two queries. */
export async function programTotals(
  db: Executor,
  programs: readonly { id: number; payerKey: string }[],
): Promise<Map<number, ProgramTotals>> {
  const result = new Map<number, ProgramTotals>();
  if (programs.length === 0) return result;
  const ids = programs.map((p) => p.id);
  const keys = programs.map((p) => p.payerKey);
  const [people, money] = await Promise.all([
    sql<{ program_id: number; n: number }>`
      select program_id, count(*)::int as n from funding_beneficiary
      where program_id = any(${ids}::int[]) group by program_id`.execute(db),
    sql<{ payer_key: string; billed: string; paid: string }>`
      select payer_key, sum(amount)::text as billed, sum(paid)::text as paid from bill
      where payer_key = any(${keys}::text[]) group by payer_key`.execute(db),
  ]);
  const count = new Map(people.rows.map((r) => [r.program_id, r.n]));
  const sums = new Map(money.rows.map((r) => [r.payer_key, r]));
  for (const p of programs) {
    const m = sums.get(p.payerKey);
    result.set(p.id, {
      beneficiaries: count.get(p.id) ?? 0,
      billed: Number(m?.billed ?? 0),
      paid: Number(m?.paid ?? 0),
    });
  }
  return result;
}

export interface UsageMonthRow {
  readonly month: string;
  readonly beneficiaries: number;
  readonly protected_workers: number;
  readonly billed: string;
  readonly paid: string;
}

/**
 * What the money did, month by month: memberships of the program open in the month, people whose
 * month is protected by one of them, and the bills of the program's payer key with what was paid.
 */
export async function usageByMonth(
  db: Executor,
  programId: number,
  payerKey: string,
  months: readonly string[],
): Promise<UsageMonthRow[]> {
  const { rows } = await sql<UsageMonthRow>`
    with months as (select unnest(${months}::date[]) as month),
    members as (
      select m.id, m.valid_from, m.valid_to from funding_beneficiary b
      join membership m on m.id = b.membership_id where b.program_id = ${programId}
    ),
    open_members as (
      select mo.month, count(mb.id)::int as n from months mo
      left join members mb on mb.valid_from < mo.month + interval '1 month'
        and (mb.valid_to is null or mb.valid_to >= mo.month)
      group by mo.month
    ),
    protected as (
      select pm.month, count(distinct pm.participant_id)::int as n from protected_month pm
      where pm.membership_id in (select id from members) group by pm.month
    ),
    bills as (
      select month, sum(amount)::text as billed, sum(paid)::text as paid from bill
      where payer_key = ${payerKey} group by month
    )
    select to_char(mo.month, 'YYYY-MM') as month, coalesce(o.n, 0) as beneficiaries,
      coalesce(p.n, 0) as protected_workers, coalesce(b.billed, '0') as billed, coalesce(b.paid, '0') as paid
    from months mo
    left join open_members o on o.month = mo.month
    left join protected p on p.month = mo.month
    left join bills b on b.month = mo.month
    order by mo.month`.execute(db);
  return rows;
}

export interface BeneficiaryListRow {
  readonly participant_id: number;
  readonly kpj: string;
  readonly nik: string;
  readonly name: string;
  readonly village_code: string;
  readonly village_name: string;
  readonly occupation: string | null;
  readonly poverty_level: string | null;
  readonly valid_from: string;
  readonly valid_to: string | null;
  readonly protected_months: number;
  readonly total: number;
}

export async function listBeneficiaries(
  db: Executor,
  programId: number,
  page: { limit: number; offset: number },
): Promise<BeneficiaryListRow[]> {
  const { rows } = await sql<BeneficiaryListRow>`
    select p.id as participant_id, p.kpj, p.nik, p.name, b.village_code, r.name as village_name, b.occupation,
      b.poverty_level, to_char(m.valid_from, 'YYYY-MM-DD') as valid_from, to_char(m.valid_to, 'YYYY-MM-DD') as valid_to,
      (select count(*)::int from protected_month pm where pm.membership_id = m.id) as protected_months,
      count(*) over ()::int as total
    from funding_beneficiary b
    join participant p on p.id = b.participant_id
    join membership m on m.id = b.membership_id
    join region r on r.code = b.village_code
    where b.program_id = ${programId}
    order by b.village_code, p.name, p.id
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows;
}

/** Beneficiaries per village (the proposal's and the detail page's village list). */
export async function beneficiariesByVillage(db: Executor, programId: number) {
  const { rows } = await sql<{ code: string; name: string; district_name: string; workers: number }>`
    select b.village_code as code, v.name, d.name as district_name, count(*)::int as workers
    from funding_beneficiary b
    join region v on v.code = b.village_code
    join region d on d.code = v.parent_code
    where b.program_id = ${programId}
    group by b.village_code, v.name, d.name order by b.village_code`.execute(db);
  return rows;
}

/** People a program protects in one month (a paid month of one of its memberships). */
export async function protectedBeneficiaries(
  db: Executor,
  programId: number,
  month: string,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct pm.participant_id)::int as n from protected_month pm
    join funding_beneficiary b on b.membership_id = pm.membership_id
    where b.program_id = ${programId} and pm.month = ${month}::date`.execute(db);
  return rows[0]?.n ?? 0;
}
