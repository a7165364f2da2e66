import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { readParticipant } from './participants.rows.ts';
import { duplicateNikIssues, knownPersonIssues } from './person.checks.ts';
import type { MergeCounts, RegistryImportKind, SqlContext } from './registry-import.kind.ts';

const col = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

/** The membership a row describes, found by its identity: person, segment, employer/project, start. */
const SAME_MEMBERSHIP = sql`m.participant_id = p.id and m.segment = s.segment
  and m.employer_id is not distinct from e.id and m.project_id is not distinct from j.id
  and m.valid_from = s.valid_from`;
const JOIN_EMPLOYER_PROJECT = sql`left join employer e on s.segment = 'PU' and e.npp = s.npp
  left join jakon_project j on s.segment = 'JAKON' and j.project_number = s.project_number`;
const MEMBERSHIP_DIFFERS = sql`(m.payer_kind, m.payer_ref, m.programs, m.declared_income, m.occupation, m.placement_country)
  is distinct from (s.payer_kind, s.payer_ref, s.programs::text[], s.declared_income, s.occupation, s.placement_country)`;
const PERSON_DIFFERS = sql`(p.name, p.phone, p.village_code) is distinct from (s.name, s.phone, s.village_code)`;

async function checks(trx: Executor): Promise<void> {
  await duplicateNikIssues(trx);
  await knownPersonIssues(trx);
  // Funded memberships belong to their program's beneficiary import: a participants row may neither
  // name a program as its payer nor rewrite a membership a program created.
  await sql`
    insert into ri_issue (row_number, column_name, code, value)
    select s.row_number, 'ref_pembayar', 'PAYER_IS_PROGRAM', s.payer_ref from ri_stage s
    where s.payer_ref is not null and exists (select 1 from funding_program f where f.code = s.payer_ref);

    insert into ri_issue (row_number, column_name, code)
    select s.row_number, 'segmen', 'FUNDED_MEMBERSHIP' from ri_stage s
    join participant p on p.nik = s.nik
    join membership m on m.participant_id = p.id and m.segment = s.segment and m.valid_from = s.valid_from
    join funding_beneficiary b on b.membership_id = m.id;`.execute(trx);
  await sql`
    insert into ri_issue (row_number, column_name, code, value)
    select s.row_number, 'npp', 'NPP_UNKNOWN', s.npp from ri_stage s
    where s.segment = 'PU' and not exists (select 1 from employer e where e.npp = s.npp);

    insert into ri_issue (row_number, column_name, code, value, p1)
    select s.row_number, 'npp', 'EMPLOYER_CLOSED', s.npp, s.valid_from::text from ri_stage s
    join employer e on e.npp = s.npp
    join employer_status es on es.employer_id = e.id and es.valid_from <= s.valid_from
      and (es.valid_to is null or es.valid_to >= s.valid_from)
    where s.segment = 'PU' and es.status = 'closed';

    insert into ri_issue (row_number, column_name, code, value)
    select s.row_number, 'nomor_proyek', 'PROJECT_UNKNOWN', s.project_number from ri_stage s
    where s.segment = 'JAKON' and not exists (select 1 from jakon_project j where j.project_number = s.project_number);

    insert into ri_issue (row_number, column_name, code, p1, p2)
    select distinct on (s.row_number) s.row_number, 'segmen',
      case s.segment when 'BPU' then 'OPEN_BPU_CONFLICT' else 'OPEN_PU_CONFLICT' end, m.id::text, m.valid_from::text
    from ri_stage s
    join participant p on p.nik = s.nik
    left join employer e on s.segment = 'PU' and e.npp = s.npp
    join membership m on m.participant_id = p.id and m.segment = s.segment
      and (s.segment = 'BPU' or m.employer_id = e.id)
      and (m.valid_to is null or m.valid_to >= s.valid_from) and m.valid_from <> s.valid_from
    where s.segment in ('BPU', 'PU')
    order by s.row_number, m.id;
  `.execute(trx);
}

/** Each good row counts once: new (a new membership), updated (person or membership changed), unchanged. */
async function count(trx: Executor): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    select count(*) filter (where m.id is null)::int as inserted,
      count(*) filter (where m.id is not null and (${MEMBERSHIP_DIFFERS} or ${PERSON_DIFFERS}))::int as updated,
      count(*) filter (where m.id is not null and not (${MEMBERSHIP_DIFFERS} or ${PERSON_DIFFERS}))::int as unchanged
    from ri_stage s
    left join participant p on p.nik = s.nik
    ${JOIN_EMPLOYER_PROJECT}
    left join lateral (select m.* from membership m where ${SAME_MEMBERSHIP} limit 1) m on true
    where not s.bad`.execute(trx);
  return rows[0] ?? { inserted: 0, updated: 0, unchanged: 0 };
}

/**
 * Upserts keyed by NIK (the person: name, phone and village follow the file) and by the membership's
 * identity (payer, programs, income, occupation, country follow the file). New people get a KPJ from
 * `kpj_serial` through `kpj_of`, the SQL twin of `kpjFromSerial`.
 */
async function merge(trx: Executor, ctx: SqlContext): Promise<void> {
  await sql`
    update participant p set name = s.name, phone = s.phone, village_code = s.village_code
    from ri_stage s where not s.bad and p.nik = s.nik and ${PERSON_DIFFERS}`.execute(trx);
  await sql`
    insert into participant (nik, kpj, name, sex, birth_date, village_code, phone, agent_code, created_by)
    select s.nik, kpj_of(nextval('kpj_serial')), s.name, s.sex, s.birth_date, s.village_code, s.phone,
      s.agent_code, ${ctx.actor.label}
    from ri_stage s where not s.bad and not exists (select 1 from participant p where p.nik = s.nik)`.execute(
    trx,
  );
  // The planner must see the people just added, or the joins below go row by row over a "tiny" table.
  await sql`analyze participant, membership`.execute(trx);
  await sql`
    update membership m set payer_kind = s.payer_kind, payer_ref = s.payer_ref, programs = s.programs::text[],
      declared_income = s.declared_income, occupation = s.occupation, placement_country = s.placement_country
    from ri_stage s join participant p on p.nik = s.nik ${JOIN_EMPLOYER_PROJECT}
    where not s.bad and ${SAME_MEMBERSHIP} and ${MEMBERSHIP_DIFFERS}`.execute(trx);
  await sql`
    insert into membership (participant_id, segment, employer_id, project_id, payer_kind, payer_ref, programs,
      declared_income, occupation, placement_country, valid_from, agent_code)
    select p.id, s.segment, e.id, j.id, s.payer_kind, s.payer_ref, s.programs::text[], s.declared_income,
      s.occupation, s.placement_country, s.valid_from, s.agent_code
    from ri_stage s join participant p on p.nik = s.nik ${JOIN_EMPLOYER_PROJECT}
    where not s.bad and not exists (select 1 from membership m where ${SAME_MEMBERSHIP})`.execute(trx);
}

export const participantsImport: RegistryImportKind = {
  kind: 'participants',
  columns: [
    col('nik', ['national_id'], true),
    col('nama', ['name'], true),
    col('jenis_kelamin', ['sex'], true),
    col('tanggal_lahir', ['birth_date'], true),
    col('kode_desa', ['village_code'], true),
    col('telepon', ['phone']),
    col('segmen', ['segment'], true),
    col('npp', ['employer_npp']),
    col('nomor_proyek', ['project_number']),
    col('jenis_pembayar', ['payer_kind']),
    col('ref_pembayar', ['payer_ref']),
    col('program', ['programs'], true),
    col('penghasilan', ['declared_income', 'income']),
    col('pekerjaan', ['occupation']),
    col('negara_penempatan', ['placement_country']),
    col('mulai_berlaku', ['valid_from'], true),
    col('kode_agen', ['agent_code']),
  ],
  example: [
    '1503034202900001',
    'Siti Aminah',
    'P',
    '1990-02-02',
    '15.03.03.1001',
    '081234567890',
    'BPU',
    '',
    '',
    'mandiri',
    '',
    'JKK JKM',
    '1.000.000',
    'petani',
    '',
    '2025-01-01',
    '',
  ],
  stage: [
    { name: 'nik', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'sex', type: 'text' },
    { name: 'birth_date', type: 'date' },
    { name: 'village_code', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'segment', type: 'text' },
    { name: 'npp', type: 'text' },
    { name: 'project_number', type: 'text' },
    { name: 'payer_kind', type: 'text' },
    { name: 'payer_ref', type: 'text' },
    { name: 'programs', type: 'text' },
    { name: 'declared_income', type: 'bigint' },
    { name: 'occupation', type: 'text' },
    { name: 'placement_country', type: 'text' },
    { name: 'valid_from', type: 'date' },
    { name: 'agent_code', type: 'text' },
  ],
  targets: ['participant', 'membership', 'employer', 'jakon_project'],
  regionColumn: 4,
  read: readParticipant,
  checks,
  count,
  merge,
};
