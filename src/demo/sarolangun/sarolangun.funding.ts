import { systemActor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { findProgramByCode } from '../../funding/funding.repo.ts';
import type { FundingSource } from '../../funding/funding.rules.ts';
import { createProgram } from '../../funding/funding.service.ts';
import { runRegistryImport } from '../../registry/import/registry-import.service.ts';
import type { Month } from '../../shared/month.ts';
import { SIZES, type WelfarePerson } from './sarolangun.model.ts';

const actor = systemActor('demo-sarolangun');
export const WELFARE_FILE = 'demo-sarolangun-dtsen-2024.csv';

interface DemoProgram {
  readonly code: string;
  readonly name: string;
  readonly source: FundingSource;
  readonly fiscalYear: number;
  readonly from: Month;
  readonly to: Month;
  readonly workers: number;
  readonly occupations?: string[];
  readonly legalBasis: string;
}

/**
 * The regency's funding programs (seed 002): the 2024 APBD list, the APBD Perubahan 2024 that takes
 * coverage toward 65 % from November, the 2025 APBD list that re-enrols most of them, and the 2025
 * palm-oil revenue share (DBH Sawit) for smallholders. Budgets: workers × months × Rp16.800, plus 2 %
 * room for the draw of the simulated lists, rounded up to Rp10 juta.
 */
export const SAROLANGUN_PROGRAMS: readonly DemoProgram[] = [
  {
    code: 'SRL-APBD-2024',
    name: 'Perlindungan pekerja rentan APBD 2024',
    source: 'apbd',
    fiscalYear: 2024,
    from: '2024-01' as Month,
    to: '2024-12' as Month,
    workers: SIZES.apbd2024,
    legalBasis: 'Peraturan Bupati Sarolangun tentang perlindungan jaminan sosial ketenagakerjaan (demo)',
  },
  {
    code: 'SRL-APBDP-2024',
    name: 'Perluasan UCJ APBD Perubahan 2024 — menuju 65 %',
    source: 'apbd_perubahan',
    fiscalYear: 2024,
    from: '2024-11' as Month,
    to: '2024-12' as Month,
    workers: SIZES.apbdPerubahan,
    legalBasis: 'Perda Sarolangun tentang Perubahan APBD Tahun Anggaran 2024 (demo)',
  },
  {
    code: 'SRL-APBD-2025',
    name: 'Perlindungan pekerja rentan APBD 2025',
    source: 'apbd',
    fiscalYear: 2025,
    from: '2025-01' as Month,
    to: '2025-12' as Month,
    workers: Math.ceil((SIZES.apbd2024 + SIZES.apbdPerubahan) * SIZES.renewal2025),
    legalBasis: 'Perda Sarolangun tentang APBD Tahun Anggaran 2025 (demo)',
  },
  {
    code: 'SRL-DBHSAWIT-2025',
    name: 'Perlindungan pekebun sawit dari DBH Sawit 2025',
    source: 'dbh_sawit',
    fiscalYear: 2025,
    from: '2025-01' as Month,
    to: '2025-12' as Month,
    workers: SIZES.dbhSawit2025,
    occupations: ['pekebun sawit'],
    legalBasis: 'PMK tentang DBH Sawit: porsi 20 % untuk perlindungan sosial pekerja perkebunan (demo)',
  },
];

const monthsOf = (p: DemoProgram) => Number(p.to.slice(5)) - Number(p.from.slice(5)) + 1;
const budgetOf = (p: DemoProgram) =>
  Math.ceil((p.workers * monthsOf(p) * 16_800 * 1.02) / 10_000_000) * 10_000_000;

/** Creates the programs that do not exist yet (active), and returns code → id. */
export async function ensureSarolangunPrograms(database: Database): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of SAROLANGUN_PROGRAMS) {
    const existing = await findProgramByCode(database.db, p.code);
    if (existing) {
      ids.set(p.code, existing.id);
      continue;
    }
    const created = await createProgram(database.db, actor, {
      code: p.code,
      name: p.name,
      funderKind: 'regency',
      funderName: 'Pemerintah Kabupaten Sarolangun',
      regionCode: '15.03',
      source: p.source,
      fiscalYear: p.fiscalYear,
      budget: budgetOf(p),
      periodFrom: p.from,
      periodTo: p.to,
      eligibleOccupations: p.occupations ?? null,
      legalBasis: p.legalBasis,
      status: 'active',
    });
    ids.set(p.code, created.id);
  }
  return ids;
}

const SEX_WORD = { F: 'P', M: 'L' } as const;

/** True when every program exists and the welfare list has been imported (nothing to prepare). */
export async function sarolangunFundingReady(database: Database): Promise<boolean> {
  const programs = await database.db
    .selectFrom('funding_program')
    .select('code')
    .where(
      'code',
      'in',
      SAROLANGUN_PROGRAMS.map((p) => p.code),
    )
    .execute();
  return programs.length === SAROLANGUN_PROGRAMS.length && (await welfareImported(database));
}

const welfareImported = async (database: Database) =>
  (await database.db
    .selectFrom('import_batch')
    .select('id')
    .where('kind', '=', 'welfare')
    .where('file_name', '=', WELFARE_FILE)
    .executeTakeFirst()) !== undefined;

/** The regency's social-welfare list (DTSEN), once: program workers and other poor people. */
export async function importSarolangunWelfare(database: Database, welfare: readonly WelfarePerson[]) {
  if (await welfareImported(database)) return;
  const lines = [
    'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,desil,pekerjaan,nama_daftar',
    ...welfare.map(
      (w) =>
        `${w.person.nik},${w.person.name},${SEX_WORD[w.person.sex]},${w.person.birthDate},${w.person.villageCode},${w.decile},${w.occupation},DTSEN 2024`,
    ),
  ];
  const report = await runRegistryImport(database, 'welfare', [lines.join('\n')], {
    actor,
    mode: 'all',
    dryRun: false,
    fileName: WELFARE_FILE,
    today: '2024-01-01',
  });
  if (report.status !== 'committed')
    throw new Error(
      `Sarolangun demo: the welfare list was ${report.status}: ${JSON.stringify(report.issues.slice(0, 3))}`,
    );
}
