import { sql } from 'kysely';
import { regionWithin } from '../auth/scope.sql.ts';
import type { Executor } from '../db/database.ts';
import { readNik } from '../registry/import/participants.rows.ts';
import { duplicateNikIssues } from '../registry/import/person.checks.ts';
import { issue } from '../registry/import/registry-import.issues.ts';
import type {
  MergeCounts,
  RegistryImportKind,
  RowContext,
  SqlContext,
  StageValue,
} from '../registry/import/registry-import.kind.ts';
import {
  type Issues,
  optionalText,
  readVillage,
  requiredText,
} from '../registry/import/registry-import.values.ts';
import type { PovertyLevel } from './funding.rules.ts';

const col = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

const LEVEL_WORDS: Readonly<Record<string, PovertyLevel>> = {
  ekstrem: 'extreme',
  'miskin ekstrem': 'extreme',
  extreme: 'extreme',
  miskin: 'poor',
  poor: 'poor',
  rentan: 'vulnerable',
  'rentan miskin': 'vulnerable',
  vulnerable: 'vulnerable',
};

/**
 * The poverty level of a welfare-list row: decile 1 is extreme poverty (the Inpres 4/2022 target
 * group), deciles 2–4 poor, 5 and above vulnerable; a stated level wins when no decile is given.
 *
 * @example povertyOf('1', '') // { level: 'extreme', decile: 1 }
 */
export function povertyOf(
  decileText: string,
  levelText: string,
): { level: PovertyLevel; decile: number | null } | null {
  const d = decileText.trim();
  if (d !== '') {
    if (!/^\d{1,2}$/.test(d) || Number(d) < 1 || Number(d) > 10) return null;
    const decile = Number(d);
    return { level: decile === 1 ? 'extreme' : decile <= 4 ? 'poor' : 'vulnerable', decile };
  }
  const level = LEVEL_WORDS[levelText.trim().toLowerCase()];
  return level ? { level, decile: null } : null;
}

function readWelfare(
  cells: Record<string, string>,
  row: number,
  ctx: RowContext,
  issues: Issues,
): StageValue[] | null {
  const before = issues.length;
  const person = readNik(issues, row, cells, ctx);
  const name = requiredText(issues, row, 'nama', cells.nama ?? '', 200);
  const village = readVillage(issues, row, 'kode_desa', cells.kode_desa ?? '', ctx.villages, ctx.allowed);
  const poverty = povertyOf(cells.desil ?? '', cells.tingkat_kemiskinan ?? '');
  if (!poverty)
    issues.push(issue('INVALID_DECILE', row, 'desil', cells.desil || cells.tingkat_kemiskinan || ''));
  const occupation = optionalText(issues, row, 'pekerjaan', cells.pekerjaan ?? '', 100);
  const list = optionalText(issues, row, 'nama_daftar', cells.nama_daftar ?? '', 100);
  if (issues.length > before) return null;
  return [
    person?.nik ?? null,
    name,
    person?.sex ?? null,
    person?.birth ?? null,
    village,
    poverty?.level ?? null,
    poverty?.decile ?? null,
    occupation?.toLowerCase() ?? null,
    list,
  ];
}

/**
 * The same NIK twice in a file; and an entry another region listed, which only someone whose scope
 * holds that region may change (else one regency could move another's poorest off its list).
 */
async function welfareChecks(trx: Executor, ctx: SqlContext): Promise<void> {
  await duplicateNikIssues(trx);
  if (!ctx.roots) return;
  await sql`
    insert into ri_issue (row_number, column_name, code)
    select s.row_number, 'nik', 'WELFARE_OTHER_REGION' from ri_stage s
    join welfare_entry w on w.nik = s.nik
    where not ${regionWithin('w.village_code', ctx.roots)}`.execute(trx);
}

const DIFFERS = sql`(w.name, w.sex, w.birth_date, w.village_code, w.poverty_level, w.decile, w.occupation, w.list_name)
  is distinct from (s.name, s.sex, s.birth_date, s.village_code, s.poverty_level, s.decile, s.occupation, s.list_name)`;

async function count(trx: Executor): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    select count(*) filter (where w.nik is null)::int as inserted,
      count(*) filter (where w.nik is not null and ${DIFFERS})::int as updated,
      count(*) filter (where w.nik is not null and not ${DIFFERS})::int as unchanged
    from ri_stage s left join welfare_entry w on w.nik = s.nik where not s.bad`.execute(trx);
  return rows[0] ?? { inserted: 0, updated: 0, unchanged: 0 };
}

/** One row per NIK: the latest list wins (a household's decile changes as the list is updated). */
async function merge(trx: Executor, _ctx: SqlContext, batchId: number): Promise<void> {
  await sql`
    insert into welfare_entry (nik, name, sex, birth_date, village_code, poverty_level, decile, occupation,
      list_name, import_batch_id)
    select s.nik, s.name, s.sex, s.birth_date, s.village_code, s.poverty_level, s.decile, s.occupation, s.list_name,
      ${batchId}
    from ri_stage s where not s.bad
    on conflict (nik) do update set name = excluded.name, sex = excluded.sex, birth_date = excluded.birth_date,
      village_code = excluded.village_code, poverty_level = excluded.poverty_level, decile = excluded.decile,
      occupation = excluded.occupation, list_name = excluded.list_name, import_batch_id = excluded.import_batch_id,
      updated_at = now()
    where (welfare_entry.name, welfare_entry.sex, welfare_entry.birth_date, welfare_entry.village_code,
      welfare_entry.poverty_level, welfare_entry.decile, welfare_entry.occupation, welfare_entry.list_name)
      is distinct from (excluded.name, excluded.sex, excluded.birth_date, excluded.village_code,
      excluded.poverty_level, excluded.decile, excluded.occupation, excluded.list_name)`.execute(trx);
}

/** The social-welfare list (DTSEN / P3KE): who is poor, and how poor, by NIK. */
export const welfareImport: RegistryImportKind = {
  kind: 'welfare',
  columns: [
    col('nik', ['national_id'], true),
    col('nama', ['name'], true),
    col('jenis_kelamin', ['sex'], true),
    col('tanggal_lahir', ['birth_date'], true),
    col('kode_desa', ['village_code'], true),
    col('desil', ['decile']),
    col('tingkat_kemiskinan', ['poverty_level']),
    col('pekerjaan', ['occupation']),
    col('nama_daftar', ['list_name']),
  ],
  example: [
    '1503034202900001',
    'Siti Aminah',
    'P',
    '1990-02-02',
    '15.03.03.1001',
    '1',
    '',
    'petani',
    'DTSEN 2025',
  ],
  stage: [
    { name: 'nik', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'sex', type: 'text' },
    { name: 'birth_date', type: 'date' },
    { name: 'village_code', type: 'text' },
    { name: 'poverty_level', type: 'text' },
    { name: 'decile', type: 'integer' },
    { name: 'occupation', type: 'text' },
    { name: 'list_name', type: 'text' },
  ],
  targets: ['welfare_entry'],
  regionColumn: 4,
  read: readWelfare,
  checks: welfareChecks,
  count,
  merge,
};
