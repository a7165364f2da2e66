import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * SQL checks shared by the kinds whose rows name a person by NIK (participants, beneficiaries, the
 * welfare list): the stage has `nik`, and for the first two `sex`, `birth_date` and `valid_from`.
 */

/** A NIK a second time in the same file: every row after the first is refused, naming the first. */
export async function duplicateNikIssues(trx: Executor): Promise<void> {
  await sql`
    insert into ri_issue (row_number, column_name, code, p1)
    select s.row_number, 'nik', 'DUPLICATE_IN_FILE', d.first::text
    from ri_stage s
    join (select nik, min(row_number) as first from ri_stage group by nik having count(*) > 1) d on d.nik = s.nik
    where s.row_number > d.first`.execute(trx);
}

/** A NIK registered with another birth date or sex, or a person who died before the row's start. */
export async function knownPersonIssues(trx: Executor): Promise<void> {
  await sql`
    insert into ri_issue (row_number, column_name, code)
    select s.row_number, 'nik', 'NIK_OTHER_PERSON' from ri_stage s join participant p on p.nik = s.nik
    where p.birth_date <> s.birth_date or p.sex <> s.sex;

    insert into ri_issue (row_number, column_name, code, p1)
    select s.row_number, 'mulai_berlaku', 'PERSON_DIED', p.died_on::text from ri_stage s
    join participant p on p.nik = s.nik where p.died_on is not null and s.valid_from > p.died_on;`.execute(
    trx,
  );
}
