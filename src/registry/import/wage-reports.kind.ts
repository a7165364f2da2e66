import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { checkKpj, checkNpp } from '../../regulations/identifiers/kpj-npp.rules.ts';
import { checkNik } from '../../regulations/identifiers/nik.rules.ts';
import { issue, textIssue } from './registry-import.issues.ts';
import type {
  MergeCounts,
  RegistryImportKind,
  RowContext,
  SqlContext,
  StageValue,
} from './registry-import.kind.ts';
import { withinRoots } from './registry-import.scope.ts';
import { type Issues, optionalText, readAmount, readMonth } from './registry-import.values.ts';

const col = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

/** One wage report: the worker (KPJ or NIK, and the NPP when they work for several employers), month, wage. */
export function readWageReport(
  cells: Record<string, string>,
  row: number,
  ctx: RowContext,
  issues: Issues,
): StageValue[] | null {
  const before = issues.length;
  const kpj = optionalText(issues, row, 'kpj', cells.kpj ?? '', 20);
  const nik = optionalText(issues, row, 'nik', cells.nik ?? '', 32);
  const npp = optionalText(issues, row, 'npp', cells.npp ?? '', 20);
  if (kpj === null && nik === null) issues.push(issue('PERSON_KEY_MISSING', row, 'kpj'));
  if (kpj !== null)
    for (const e of checkKpj(kpj).errors) issues.push(textIssue(e.code, row, 'kpj', kpj, e.message));
  else if (nik !== null)
    for (const e of checkNik(nik, ctx.nikRegions, { asOf: ctx.today }).errors)
      issues.push(textIssue(e.code, row, 'nik', nik, e.message));
  if (npp !== null)
    for (const e of checkNpp(npp).errors) issues.push(textIssue(e.code, row, 'npp', npp, e.message));
  const month = readMonth(issues, row, 'bulan', cells.bulan ?? '', ctx.currentMonth);
  const wage = readAmount(issues, row, 'upah', cells.upah ?? '', true);
  if (issues.length > before) return null;
  return [kpj, kpj === null ? nik : null, npp, month, wage, null, null];
}

async function checks(trx: Executor, ctx: SqlContext): Promise<void> {
  const visible = withinRoots(sql`p.village_code`, ctx.roots);
  await sql`update ri_stage s set person_id = p.id from participant p
    where s.kpj is not null and p.kpj = s.kpj and ${visible}`.execute(trx);
  await sql`update ri_stage s set person_id = p.id from participant p
    where s.kpj is null and p.nik = s.nik and ${visible}`.execute(trx);
  await sql`
    create temp table ri_candidate on commit drop as
    select s.row_number, count(*)::int as n, min(m.id) as membership_id
    from ri_stage s join membership m on m.participant_id = s.person_id and m.segment = 'PU'
      and m.valid_from <= (s.month + interval '1 month' - interval '1 day')::date
      and (m.valid_to is null or m.valid_to >= s.month)
    join employer e on e.id = m.employer_id
    where s.npp is null or e.npp = s.npp
    group by s.row_number;

    update ri_stage s set membership_id = c.membership_id from ri_candidate c
    where c.row_number = s.row_number and c.n = 1;

    insert into ri_issue (row_number, column_name, code, value)
    select s.row_number, case when s.kpj is null then 'nik' else 'kpj' end, 'PERSON_UNKNOWN', coalesce(s.kpj, s.nik)
    from ri_stage s where s.person_id is null;

    insert into ri_issue (row_number, column_name, code)
    select c.row_number, 'npp', 'AMBIGUOUS_MEMBERSHIP' from ri_candidate c where c.n > 1;

    insert into ri_issue (row_number, column_name, code, value)
    select s.row_number, 'bulan', 'NO_PU_MEMBERSHIP', to_char(s.month, 'YYYY-MM') from ri_stage s
    where s.person_id is not null and not exists (select 1 from ri_candidate c where c.row_number = s.row_number);

    insert into ri_issue (row_number, column_name, code, p1)
    select s.row_number, 'bulan', 'DUPLICATE_IN_FILE', d.first::text from ri_stage s
    join (select membership_id, month, min(row_number) as first from ri_stage where membership_id is not null
      group by membership_id, month having count(*) > 1) d on d.membership_id = s.membership_id and d.month = s.month
    where s.row_number > d.first;
  `.execute(trx);
}

async function count(trx: Executor): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    select count(*) filter (where w.wage is null)::int as inserted,
      count(*) filter (where w.wage <> s.wage)::int as updated,
      count(*) filter (where w.wage = s.wage)::int as unchanged
    from ri_stage s left join wage_report w on w.membership_id = s.membership_id and w.month = s.month
    where not s.bad`.execute(trx);
  return rows[0] ?? { inserted: 0, updated: 0, unchanged: 0 };
}

/** Upserts keyed by membership and month: a changed wage replaces the reported one. */
async function merge(trx: Executor): Promise<void> {
  await sql`
    insert into wage_report (membership_id, month, wage)
    select s.membership_id, s.month, s.wage from ri_stage s where not s.bad
    on conflict (membership_id, month) do update set wage = excluded.wage
    where wage_report.wage <> excluded.wage`.execute(trx);
}

export const wageReportsImport: RegistryImportKind = {
  kind: 'wage_reports',
  columns: [
    col('kpj', ['kpj']),
    col('nik', ['national_id']),
    col('npp', ['employer_npp']),
    col('bulan', ['month'], true),
    col('upah', ['wage'], true),
  ],
  example: ['', '1503034202900001', '15030001', '2025-01', '3.500.000'],
  stage: [
    { name: 'kpj', type: 'text' },
    { name: 'nik', type: 'text' },
    { name: 'npp', type: 'text' },
    { name: 'month', type: 'date' },
    { name: 'wage', type: 'bigint' },
    { name: 'person_id', type: 'integer' },
    { name: 'membership_id', type: 'integer' },
  ],
  targets: ['participant', 'membership', 'wage_report'],
  regionColumn: null,
  read: readWageReport,
  checks,
  count,
  merge,
};
