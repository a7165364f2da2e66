import { sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import { duplicateNikIssues, knownPersonIssues } from '../registry/import/person.checks.ts';
import type {
  FundingImportContext,
  MergeCounts,
  RegistryImportKind,
  SqlContext,
} from '../registry/import/registry-import.kind.ts';
import { readBeneficiary } from './beneficiaries.rows.ts';

const col = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

const fundingOf = (ctx: SqlContext): FundingImportContext => {
  if (!ctx.funding) throw new Error('beneficiaries import without a funding program');
  return ctx.funding;
};

/**
 * Marks the rows whose person is already a beneficiary of this program (a re-imported file leaves them
 * as they are), once, as a column of the stage: the count and the merge read the flag. A correlated
 * `exists` per row in a FILTER clause is a subplan, and with nested loops off for big files each
 * subplan hashed the program's beneficiaries again — quadratic (24 s for a 25,000-row re-import).
 */
async function markKnown(trx: Executor, programId: number): Promise<void> {
  await sql`alter table ri_stage add column known boolean not null default false`.execute(trx);
  await sql`
    update ri_stage s set known = true
    from participant p join funding_beneficiary b on b.participant_id = p.id
    where p.nik = s.nik and b.program_id = ${programId}`.execute(trx);
}

/**
 * The checks that need the file as a whole or the database. The one the issue insists on: a worker is
 * never paid for twice — a person with any membership (PU, BPU, Jakon, PMI; any payer) overlapping the
 * program's months, or on another program in the same months, is refused with who already pays.
 * Last, the budget: each new beneficiary reserves the cost of the whole period; rows past what the
 * budget can still take are refused in file order.
 */
async function checks(trx: Executor, ctx: SqlContext): Promise<void> {
  const f = fundingOf(ctx);
  // Beneficiary imports queue behind one another: the "other program" and budget checks below must
  // see every enrolment committed before them, or two lists at once could pay twice or overspend.
  await lockForTransaction(trx, LOCKS.fundingEnrolment);
  await markKnown(trx, f.programId);
  await duplicateNikIssues(trx);
  await knownPersonIssues(trx);
  if (f.povertyLevels)
    await sql`
      insert into ri_issue (row_number, column_name, code, value, p1)
      select s.row_number, 'nik', 'POVERTY_NOT_ELIGIBLE', s.nik, ${f.povertyLevels.join(', ')} from ri_stage s
      where not exists (select 1 from welfare_entry w where w.nik = s.nik
        and w.poverty_level = any(${[...f.povertyLevels]}::text[]))`.execute(trx);
  // A person registered outside the funder's region (the file may say otherwise) is not this
  // funder's to enrol; where the registry holds them is not told to an importer outside their scope.
  await sql`
    insert into ri_issue (row_number, column_name, code, value, p1)
    select s.row_number, 'kode_desa', 'FUNDING_OUTSIDE_REGION', s.village_code, ${f.regionCode}
    from ri_stage s join participant p on p.nik = s.nik
    where not ${regionWithin('p.village_code', [f.regionCode])}`.execute(trx);
  // Billing charges whole months: a membership ending on any day of the start month overlaps it. Who
  // pays is told only inside the importer's scope.
  const visible = ctx.roots ? regionWithin('p.village_code', ctx.roots) : sql<boolean>`true`;
  await sql`
    insert into ri_issue (row_number, column_name, code, p1, p2)
    select distinct on (s.row_number) s.row_number, 'nik', 'ALREADY_PROTECTED',
      case when ${visible} then m.segment || ' · ' || m.payer_kind || coalesce(':' || m.payer_ref, '') || ' #' || m.id
        else '—' end,
      case when ${visible} then m.valid_from::text else '—' end
    from ri_stage s
    join participant p on p.nik = s.nik
    join membership m on m.participant_id = p.id and m.valid_from <= ${f.periodEnd}::date
      and (m.valid_to is null or m.valid_to >= date_trunc('month', s.valid_from)::date)
    where not exists (select 1 from funding_beneficiary b where b.membership_id = m.id)
    order by s.row_number, m.id`.execute(trx);
  await sql`
    insert into ri_issue (row_number, column_name, code, p1)
    select distinct on (s.row_number) s.row_number, 'nik', 'OTHER_PROGRAM',
      case when ${visible} and ${ctx.roots ? regionWithin('f.region_code', ctx.roots) : sql<boolean>`true`} then f.code else '—' end
    from ri_stage s
    join participant p on p.nik = s.nik
    join funding_beneficiary b on b.participant_id = p.id and b.program_id <> ${f.programId}
    join membership m on m.id = b.membership_id and m.valid_from <= ${f.periodEnd}::date
      and (m.valid_to is null or m.valid_to >= date_trunc('month', s.valid_from)::date)
    join funding_program f on f.id = b.program_id
    order by s.row_number, f.code`.execute(trx);
  // Counted under the lock, inside this transaction: a parallel import cannot spend the same room.
  // The budget is read here too, under the lock: a budget cut committed meanwhile counts.
  const room = await sql<{ n: number; budget: string }>`
    select (select count(*)::int from funding_beneficiary where program_id = ${f.programId}) as n,
      (select budget::text from funding_program where id = ${f.programId}) as budget`.execute(trx);
  const capacity = Math.floor(Number(room.rows[0]?.budget ?? 0) / f.costPerWorker);
  const left = Math.max(0, capacity - (room.rows[0]?.n ?? 0));
  await sql`
    insert into ri_issue (row_number, column_name, code, p1, p2)
    select s.row_number, 'nik', 'BUDGET_EXCEEDED', ${String(left)}, ${f.costPerWorker.toLocaleString('id-ID')}
    from (
      select s.*, row_number() over (order by s.row_number) as n from ri_stage s
      where not exists (select 1 from ri_issue i where i.row_number = s.row_number)
        and not s.known
    ) s
    where s.n > ${left}`.execute(trx);
}

/** New: the person becomes a beneficiary; unchanged: already one (a re-imported file). */
async function count(trx: Executor): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    select count(*) filter (where not s.known)::int as inserted, 0 as updated,
      count(*) filter (where s.known)::int as unchanged
    from ri_stage s where not s.bad`.execute(trx);
  return rows[0] ?? { inserted: 0, updated: 0, unchanged: 0 };
}

/**
 * New people get a KPJ; each new beneficiary gets a BPU membership paid by the program
 * (`payer_ref` = the program code, so billing sends the bill to the funder) that ends with the
 * period (`funding_ended`), and a `funding_beneficiary` row with the poverty level of the list.
 */
async function merge(trx: Executor, ctx: SqlContext, batchId: number): Promise<void> {
  const f = fundingOf(ctx);
  await sql`
    insert into participant (nik, kpj, name, sex, birth_date, village_code, phone, created_by)
    select s.nik, kpj_of(nextval('kpj_serial')), s.name, s.sex, s.birth_date, s.village_code, s.phone,
      ${ctx.actor.label}
    from ri_stage s where not s.bad and not exists (select 1 from participant p where p.nik = s.nik)`.execute(
    trx,
  );
  await sql`analyze participant`.execute(trx);
  await sql`
    with fresh as (
      select s.row_number, p.id as participant_id, s.village_code, s.occupation, s.valid_from
      from ri_stage s join participant p on p.nik = s.nik
      where not s.bad and not s.known
    ),
    created as (
      insert into membership (participant_id, segment, payer_kind, payer_ref, programs, declared_income,
        occupation, valid_from, valid_to, end_reason)
      select participant_id, 'BPU', ${f.payerKind}, ${f.code}, ${[...f.programs]}::text[], ${f.declaredIncome},
        occupation, valid_from, ${f.periodEnd}::date, 'funding_ended'
      from fresh order by row_number
      returning id, participant_id
    )
    insert into funding_beneficiary (program_id, participant_id, membership_id, village_code, occupation,
      poverty_level, import_batch_id)
    select ${f.programId}, c.participant_id, c.id, fr.village_code, fr.occupation, w.poverty_level, ${batchId}
    from created c join fresh fr on fr.participant_id = c.participant_id
    left join participant p on p.id = c.participant_id
    left join welfare_entry w on w.nik = p.nik`.execute(trx);
}

export const beneficiariesImport: RegistryImportKind = {
  kind: 'beneficiaries',
  columns: [
    col('nik', ['national_id'], true),
    col('nama', ['name'], true),
    col('jenis_kelamin', ['sex'], true),
    col('tanggal_lahir', ['birth_date'], true),
    col('kode_desa', ['village_code'], true),
    col('telepon', ['phone']),
    col('pekerjaan', ['occupation']),
    col('mulai_berlaku', ['valid_from']),
  ],
  example: [
    '1503034202900001',
    'Siti Aminah',
    'P',
    '1990-02-02',
    '15.03.03.1001',
    '081234567890',
    'petani',
    '',
  ],
  stage: [
    { name: 'nik', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'sex', type: 'text' },
    { name: 'birth_date', type: 'date' },
    { name: 'village_code', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'occupation', type: 'text' },
    { name: 'valid_from', type: 'date' },
  ],
  targets: ['participant', 'membership', 'funding_beneficiary', 'welfare_entry'],
  regionColumn: 4,
  read: readBeneficiary,
  checks,
  count,
  merge,
};
