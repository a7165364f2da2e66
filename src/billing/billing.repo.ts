import { sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import type { UsedParameter } from '../regulations/parameter-book.ts';
import type { BillSegment, PayerKind } from './billing.rules.ts';

/** One PU or BPU membership valid in the month, with what billing needs of its employer and person. */
export interface BillableRow {
  id: number;
  participant_id: number;
  segment: 'PU' | 'BPU';
  employer_id: number | null;
  payer_kind: PayerKind;
  payer_ref: string | null;
  /** JHT 1 + JP 2 + JKP 4 (programBits), computed in SQL: no text arrays cross the wire. */
  bits: number;
  declared_income: number | null;
  occupation: string | null;
  person_village: string;
  jkk_group: number | null;
  employer_village: string | null;
  /** The month's wage report, else the latest earlier one; null when the membership has none. */
  wage: number | null;
}

/**
 * One slice of PU and BPU memberships (ids in `afterId` < id ≤ `toId`) valid on at least one day of the
 * month: a range of the primary key, so each slice is an index range scan and the whole month reads
 * every membership once. PU rows are limited to employers inside `roots`, worker-paid BPU rows to people
 * inside them; BPU rows paid by a program are all read (the program's bill region is known only once
 * its members are).
 *
 * The wage is read for the whole slice at once: the latest report on or before the month of every
 * membership in the id range (`distinct on` over the same range of wage_report's primary key), merge-
 * joined on the membership id, instead of one index probe per PU row. The person's village stays a
 * lookup per BPU row: joined, the planner hashes the whole participant table for every slice.
 */
export async function billableSlice(
  db: Executor,
  q: { start: string; end: string; afterId: number; toId: number; roots: readonly string[] },
): Promise<BillableRow[]> {
  const { rows } = await sql<BillableRow>`
    select * from (
      select m.id, m.participant_id, m.segment, m.employer_id, m.payer_kind, m.payer_ref,
        (case when 'JHT' = any(m.programs) then 1 else 0 end
          + case when 'JP' = any(m.programs) then 2 else 0 end
          + case when 'JKP' = any(m.programs) then 4 else 0 end) as bits,
        m.declared_income, m.occupation,
        case when m.segment = 'BPU' then (
          select p.village_code from participant p where p.id = m.participant_id) end as person_village,
        e.jkk_risk_group as jkk_group, e.village_code as employer_village, w.wage
      from membership m
      left join employer e on e.id = m.employer_id
      left join (
        select distinct on (w.membership_id) w.membership_id, w.wage from wage_report w
        where w.membership_id > ${q.afterId} and w.membership_id <= ${q.toId} and w.month <= ${q.start}::date
        order by w.membership_id, w.month desc
      ) w on m.segment = 'PU' and w.membership_id = m.id
      where m.id > ${q.afterId} and m.id <= ${q.toId} and m.segment in ('PU', 'BPU')
        and m.valid_from <= ${q.end}::date and (m.valid_to is null or m.valid_to >= ${q.start}::date)
    ) r
    where (r.segment = 'PU' and ${regionWithin('r.employer_village', q.roots)})
      or (r.segment = 'BPU' and (r.payer_kind <> 'self' or ${regionWithin('r.person_village', q.roots)}))
    order by r.id`.execute(db);
  return rows;
}

export async function maxMembershipId(db: Executor): Promise<number> {
  const { rows } = await sql<{ max: number | null }>`select max(id) as max from membership`.execute(db);
  return Number(rows[0]?.max ?? 0);
}

/** Payer keys already billed for the month (a bill is never rewritten: these are skipped). */
export async function billedKeys(
  db: Executor,
  month: string,
  kind: 'contribution' | 'fine',
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('bill')
    .select('payer_key')
    .where('month', '=', month)
    .where('kind', '=', kind)
    .execute();
  return new Set(rows.map((r) => r.payer_key));
}

/** Memberships on a line of a contribution bill of the month (only read when a re-run needs it). */
export async function linedMemberships(db: Executor, month: string): Promise<Set<number>> {
  const { rows } = await sql<{ id: number }>`
    select l.membership_id as id from bill_line l join bill b on b.id = l.bill_id
    where b.month = ${month}::date and b.kind = 'contribution'`.execute(db);
  return new Set(rows.map((r) => r.id));
}

export interface ProjectRow {
  id: number;
  contractor_id: number;
  contract_value: number;
  starts_on: string;
  ends_on: string;
  village_code: string;
  members: { membership_id: number; participant_id: number }[] | null;
}

/** Jakon projects started by `end` that no run has billed yet, with their Jakon memberships. */
export async function unbilledProjects(
  db: Executor,
  end: string,
  roots: readonly string[],
): Promise<ProjectRow[]> {
  const { rows } = await sql<ProjectRow>`
    select j.id, j.contractor_id, j.contract_value, j.starts_on, j.ends_on, j.village_code,
      (select json_agg(json_build_object('membership_id', m.id, 'participant_id', m.participant_id) order by m.id)
        from membership m where m.project_id = j.id and m.segment = 'JAKON') as members
    from jakon_project j
    where j.starts_on <= ${end}::date and ${regionWithin('j.village_code', roots)}
      and not exists (select 1 from bill b where b.payer_key = 'project:' || j.id and b.kind = 'contribution')
    order by j.id`.execute(db);
  return rows;
}

export interface PlacementRow {
  id: number;
  participant_id: number;
  payer_kind: PayerKind;
  valid_from: string;
  valid_to: string | null;
  village_code: string;
}

/** PMI memberships started by `end` that no run has billed yet (a placement is billed once). */
export async function unbilledPlacements(
  db: Executor,
  end: string,
  roots: readonly string[],
): Promise<PlacementRow[]> {
  const { rows } = await sql<PlacementRow>`
    select m.id, m.participant_id, m.payer_kind, m.valid_from, m.valid_to, p.village_code
    from membership m join participant p on p.id = m.participant_id
    where m.segment = 'PMI' and m.valid_from <= ${end}::date and ${regionWithin('p.village_code', roots)}
      and not exists (select 1 from bill b where b.payer_key = 'placement:' || m.id and b.kind = 'contribution')
    order by m.id`.execute(db);
  return rows;
}

export async function insertRun(
  db: Executor,
  r: { month: string; asOf: string; actor: string },
): Promise<number> {
  const row = await db
    .insertInto('bill_run')
    .values({ month: r.month, as_of: r.asOf, actor: r.actor, parameters: JSON.stringify([]) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function finishRun(
  db: Executor,
  id: number,
  r: { bills: number; lines: number; total: number; parameters: UsedParameter[] },
): Promise<void> {
  await db
    .updateTable('bill_run')
    .set({
      bills: r.bills,
      lines: r.lines,
      total: r.total,
      parameters: JSON.stringify(r.parameters),
      finished_at: sql<Date>`clock_timestamp()`, // now() is the transaction's start: the run is one transaction
    })
    .where('id', '=', id)
    .execute();
}

/** A bill about to be written, in columns (one array per column: one round trip, any size). */
export interface BillColumns {
  key: string[];
  kind: ('contribution' | 'fine')[];
  segment: BillSegment[];
  payerKind: PayerKind[];
  employerId: (number | null)[];
  projectId: (number | null)[];
  participantId: (number | null)[];
  region: string[];
  amount: number[];
  dueOn: string[];
  settledOn: (string | null)[];
}

/** Inserts bills of one month and run; returns their ids in input order. */
export async function insertBills(
  db: Executor,
  runId: number,
  month: string,
  b: BillColumns,
): Promise<number[]> {
  const ids: number[] = [];
  const size = 50_000;
  for (let at = 0; at < b.key.length; at += size) {
    const part = <T>(column: T[]) => column.slice(at, at + size);
    const { rows } = await sql<{ id: number }>`
      insert into bill (run_id, month, kind, segment, payer_key, payer_kind, employer_id, project_id,
        participant_id, region_code, amount, due_on, settled_on)
      select ${runId}, ${month}::date, u.kind, u.segment, u.key, u.payer_kind, u.employer_id, u.project_id,
        u.participant_id, u.region, u.amount, u.due_on, u.settled_on
      from unnest(${part(b.kind)}::text[], ${part(b.segment)}::text[], ${part(b.key)}::text[],
        ${part(b.payerKind)}::text[], ${part(b.employerId)}::int[], ${part(b.projectId)}::int[],
        ${part(b.participantId)}::int[], ${part(b.region)}::text[], ${part(b.amount)}::int8[],
        ${part(b.dueOn)}::date[], ${part(b.settledOn)}::date[]) with ordinality
        as u(kind, segment, key, payer_kind, employer_id, project_id, participant_id, region, amount, due_on, settled_on, n)
      order by u.n
      returning id`.execute(db);
    for (const r of rows) ids.push(Number(r.id));
  }
  return ids;
}

/**
 * Bill lines in columns, the first `count` entries of each in use (the typed arrays have room to grow).
 * `bill` holds the index of the line's bill in its batch; numbers sit in typed arrays (no boxing, off
 * the JavaScript heap: 10 M lines take about 800 MB instead of 1.25 GB). Covers are first days of months.
 */
export interface LineColumns {
  count: number;
  bill: Int32Array;
  membership: Int32Array;
  participant: Int32Array;
  coversFrom: string[];
  coversTo: string[];
  /** Rupiah; NaN for a line without a base. */
  base: Float64Array;
  employer: Float64Array;
  worker: Float64Array;
  government: Float64Array;
  other: Float64Array;
  amount: Float64Array;
}

/** Inserts lines `from` … `to` (exclusive) with `billIds[i]` for the bill at batch index `i`. */
export async function insertLines(
  db: Executor,
  l: LineColumns,
  billIds: readonly number[],
  from: number,
  to: number,
): Promise<void> {
  const part = (column: Int32Array | Float64Array) => Array.from(column.subarray(from, to));
  const bills = Array.from(l.bill.subarray(from, to), (i) => billIds[i] as number);
  const base = Array.from(l.base.subarray(from, to), (b) => (Number.isNaN(b) ? null : b));
  await sql`
    insert into bill_line (bill_id, membership_id, participant_id, covers_from, covers_to, base,
      employer, worker, government, other, amount)
    select * from unnest(${bills}::int8[], ${part(l.membership)}::int[], ${part(l.participant)}::int[],
      ${l.coversFrom.slice(from, to)}::date[], ${l.coversTo.slice(from, to)}::date[], ${base}::int8[],
      ${part(l.employer)}::int8[], ${part(l.worker)}::int8[], ${part(l.government)}::int8[],
      ${part(l.other)}::int8[], ${part(l.amount)}::int8[])`.execute(db);
}

export interface OverdueRow {
  id: number;
  employer_id: number;
  village_code: string;
  outstanding: number;
}

/**
 * Employer contribution bills due before the end of the month and still unpaid at its end: the amount
 * minus what payments dated on or before that day allocated to them.
 */
export async function overdueEmployerBills(
  db: Executor,
  end: string,
  roots: readonly string[],
): Promise<OverdueRow[]> {
  const { rows } = await sql<OverdueRow>`
    select b.id, b.employer_id, e.village_code, b.amount - coalesce((
        select sum(a.amount) from payment_allocation a join payment p on p.id = a.payment_id
        where a.bill_id = b.id and p.paid_on <= ${end}::date), 0)::int8 as outstanding
    from bill b join employer e on e.id = b.employer_id
    where b.kind = 'contribution' and b.employer_id is not null and b.due_on < ${end}::date
      and b.amount > 0 and ${regionWithin('e.village_code', roots)}
    order by b.employer_id, b.id`.execute(db);
  return rows.filter((r) => Number(r.outstanding) > 0);
}

/** Employers inside `roots` that are in arrears now or have an unpaid bill past its due date. */
export async function employersToRefresh(
  db: Executor,
  asOf: string,
  roots: readonly string[],
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select e.id from employer e
    where ${regionWithin('e.village_code', roots)} and (
      exists (select 1 from employer_status s where s.employer_id = e.id and s.valid_to is null and s.status = 'arrears')
      or exists (select 1 from bill b where b.employer_id = e.id and b.paid < b.amount and b.due_on < ${asOf}::date))`.execute(
    db,
  );
  return rows.map((r) => r.id);
}
