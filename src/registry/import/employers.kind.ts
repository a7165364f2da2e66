import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { checkNpp } from '../../regulations/identifiers/kpj-npp.rules.ts';
import { issue, textIssue } from './registry-import.issues.ts';
import type { MergeCounts, RegistryImportKind, RowContext, StageValue } from './registry-import.kind.ts';
import {
  type Issues,
  optionalText,
  readChoice,
  readDate,
  readVillage,
  requiredText,
} from './registry-import.values.ts';

const col = (key: string, aliases: string[], required = false) => ({ key, aliases, required });

const SIZE_CHOICES = {
  mikro: 'micro',
  micro: 'micro',
  kecil: 'small',
  small: 'small',
  menengah: 'medium',
  medium: 'medium',
  besar: 'large',
  large: 'large',
} as const;
const STATUS_CHOICES = {
  aktif: 'active',
  active: 'active',
  menunggak: 'arrears',
  arrears: 'arrears',
  tutup: 'closed',
  closed: 'closed',
} as const;

/** One employer row: NPP, name, KBLI, JKK risk group 1–5, size class, village, status and since when. */
export function readEmployer(
  cells: Record<string, string>,
  row: number,
  ctx: RowContext,
  issues: Issues,
): StageValue[] | null {
  const before = issues.length;
  const npp = requiredText(issues, row, 'npp', cells.npp ?? '', 20);
  if (npp !== null)
    for (const e of checkNpp(npp).errors) issues.push(textIssue(e.code, row, 'npp', npp, e.message));
  const name = requiredText(issues, row, 'nama', cells.nama ?? '', 200);
  const kbli = optionalText(issues, row, 'kbli', cells.kbli ?? '', 10);
  if (kbli !== null && !/^\d{2,5}$/.test(kbli))
    issues.push(issue('UNKNOWN_VALUE', row, 'kbli', kbli, { known: '2–5 angka / digits' }));
  const riskText = (cells.kelompok_risiko ?? '').trim();
  const risk = /^[1-5]$/.test(riskText) ? Number(riskText) : null;
  if (risk === null) {
    issues.push(
      riskText === ''
        ? issue('REQUIRED', row, 'kelompok_risiko', riskText)
        : issue('OUT_OF_RANGE', row, 'kelompok_risiko', riskText, { min: 1, max: 5 }),
    );
  }
  const size = readChoice(
    issues,
    row,
    'skala_usaha',
    cells.skala_usaha ?? '',
    SIZE_CHOICES,
    'mikro, kecil, menengah, besar',
  );
  const village = readVillage(issues, row, 'kode_desa', cells.kode_desa ?? '', ctx.villages, ctx.allowed);
  const statusText = (cells.status ?? '').trim();
  const status =
    statusText === ''
      ? 'active'
      : readChoice(issues, row, 'status', statusText, STATUS_CHOICES, 'aktif, menunggak, tutup');
  const since = readDate(issues, row, 'status_sejak', cells.status_sejak ?? '', ctx.today);
  if (issues.length > before) return null;
  return [npp, name, kbli, risk, size, village, status, since];
}

async function checks(trx: Executor): Promise<void> {
  await sql`
    insert into ri_issue (row_number, column_name, code, p1)
    select s.row_number, 'npp', 'DUPLICATE_IN_FILE', d.first::text from ri_stage s
    join (select npp, min(row_number) as first from ri_stage group by npp having count(*) > 1) d on d.npp = s.npp
    where s.row_number > d.first;

    insert into ri_issue (row_number, column_name, code, p1, p2)
    select s.row_number, 'status_sejak', 'STATUS_NOT_AFTER_CURRENT', es.status, es.valid_from::text
    from ri_stage s join employer e on e.npp = s.npp
    join employer_status es on es.employer_id = e.id and es.valid_to is null
    where es.status <> s.status and s.status_from <= es.valid_from;
  `.execute(trx);
}

const EMPLOYER_DIFFERS = sql`(e.name, e.kbli, e.jkk_risk_group, e.size_class, e.village_code)
  is distinct from (s.name, s.kbli, s.jkk_risk_group, s.size_class, s.village_code)`;
const OPEN_STATUS = sql`left join employer_status es on es.employer_id = e.id and es.valid_to is null`;

async function count(trx: Executor): Promise<MergeCounts> {
  const { rows } = await sql<MergeCounts>`
    select count(*) filter (where e.id is null)::int as inserted,
      count(*) filter (where e.id is not null and (${EMPLOYER_DIFFERS} or es.status is distinct from s.status))::int as updated,
      count(*) filter (where e.id is not null and not (${EMPLOYER_DIFFERS} or es.status is distinct from s.status))::int as unchanged
    from ri_stage s left join employer e on e.npp = s.npp ${OPEN_STATUS}
    where not s.bad`.execute(trx);
  return rows[0] ?? { inserted: 0, updated: 0, unchanged: 0 };
}

/**
 * Upserts keyed by NPP; a status that differs from the open one closes it the day before the new
 * status starts (the same history rule as `POST /employers/{id}/status`). Closing an employer here does
 * not end its workers' memberships: that stays with the status endpoint, which audits each one.
 */
async function merge(trx: Executor): Promise<void> {
  await sql`
    update employer e set name = s.name, kbli = s.kbli, jkk_risk_group = s.jkk_risk_group,
      size_class = s.size_class, village_code = s.village_code
    from ri_stage s where not s.bad and e.npp = s.npp and ${EMPLOYER_DIFFERS}`.execute(trx);
  await sql`
    update employer_status es set valid_to = s.status_from - 1
    from ri_stage s join employer e on e.npp = s.npp
    where not s.bad and es.employer_id = e.id and es.valid_to is null and es.status <> s.status`.execute(trx);
  await sql`
    insert into employer (npp, name, kbli, jkk_risk_group, size_class, village_code)
    select s.npp, s.name, s.kbli, s.jkk_risk_group, s.size_class, s.village_code from ri_stage s
    where not s.bad and not exists (select 1 from employer e where e.npp = s.npp)`.execute(trx);
  await sql`
    insert into employer_status (employer_id, status, valid_from)
    select e.id, s.status, s.status_from from ri_stage s join employer e on e.npp = s.npp
    where not s.bad and not exists (select 1 from employer_status es where es.employer_id = e.id and es.valid_to is null)`.execute(
    trx,
  );
}

export const employersImport: RegistryImportKind = {
  kind: 'employers',
  columns: [
    col('npp', ['employer_npp'], true),
    col('nama', ['name'], true),
    col('kbli', ['sector']),
    col('kelompok_risiko', ['jkk_risk_group', 'risk_group'], true),
    col('skala_usaha', ['size_class'], true),
    col('kode_desa', ['village_code'], true),
    col('status', []),
    col('status_sejak', ['status_from'], true),
  ],
  example: ['15030001', 'CV Tani Makmur', '01111', '2', 'kecil', '15.03.03.1001', 'aktif', '2024-01-01'],
  stage: [
    { name: 'npp', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'kbli', type: 'text' },
    { name: 'jkk_risk_group', type: 'integer' },
    { name: 'size_class', type: 'text' },
    { name: 'village_code', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'status_from', type: 'date' },
  ],
  targets: ['employer', 'employer_status'],
  regionColumn: 5,
  read: readEmployer,
  checks,
  count,
  merge,
};
