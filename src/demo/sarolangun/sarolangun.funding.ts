import type { Database } from '../../db/database.ts';
import { importBeneficiaries } from '../../funding/beneficiaries.service.ts';
import { incomeFloorOf, monthCosts } from '../../funding/funding.cost.ts';
import { findProgramByCode } from '../../funding/funding.repo.ts';
import type { FundingSource } from '../../funding/funding.rules.ts';
import { periodMonths } from '../../funding/funding.rules.ts';
import { createProgram } from '../../funding/funding.service.ts';
import { runRegistryImport } from '../../registry/import/registry-import.service.ts';
import type { ParameterBook } from '../../regulations/parameter-book.ts';
import { loadParameterBook } from '../../regulations/regulations.service.ts';
import type { Month } from '../../shared/month.ts';
import { csvOf, DEMO_ACTOR, once, SEX_WORD, villagesOf } from './sarolangun.files.ts';
import { buildSarolangunWorld, SIZES, type SimEnrolment, type WelfarePerson } from './sarolangun.model.ts';

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
 * palm-oil revenue share (DBH Sawit) for smallholders. Budgets: workers × the regulation engine's price
 * of a worker over the period (Rp16.800 a month in 2024–2025), plus 2 % room for the draw of the
 * simulated lists, rounded up to Rp10 juta.
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

/** Workers × the engine's price of one government-funded worker over the period, + 2 %, up to Rp10 juta. */
function budgetOf(book: ParameterBook, p: DemoProgram): number {
  const pkg = {
    funderKind: 'regency' as const,
    income: incomeFloorOf(book, p.from),
    programs: ['JKK', 'JKM'],
  };
  const perWorker = monthCosts(book, periodMonths(p.from, p.to), pkg).reduce((sum, c) => sum + c.amount, 0);
  return Math.ceil((p.workers * perWorker * 1.02) / 10_000_000) * 10_000_000;
}

/** Creates the programs that do not exist yet (active), and returns code → id. */
export async function ensureSarolangunPrograms(database: Database): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const book = await loadParameterBook(database.db);
  for (const p of SAROLANGUN_PROGRAMS) {
    const existing = await findProgramByCode(database.db, p.code);
    if (existing) {
      ids.set(p.code, existing.id);
      continue;
    }
    const created = await createProgram(database.db, DEMO_ACTOR, {
      code: p.code,
      name: p.name,
      funderKind: 'regency',
      funderName: 'Pemerintah Kabupaten Sarolangun',
      regionCode: '15.03',
      source: p.source,
      fiscalYear: p.fiscalYear,
      budget: budgetOf(book, p),
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
    actor: DEMO_ACTOR,
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

/** A funding program's beneficiary list of the month, through the program's own import. */
export async function importFunded(
  database: Database,
  programId: number,
  enrolments: readonly SimEnrolment[],
  name: string,
  today: string,
) {
  const csv = csvOf(
    ['nik', 'nama', 'jenis_kelamin', 'tanggal_lahir', 'kode_desa', 'telepon', 'pekerjaan', 'mulai_berlaku'],
    enrolments.map(({ person: p, membership: m }) => [
      p.nik,
      p.name,
      SEX_WORD[p.sex],
      p.birthDate,
      p.villageCode,
      p.phone,
      m.occupation,
      m.validFrom,
    ]),
  );
  const report = await importBeneficiaries(database, DEMO_ACTOR, programId, once(csv), {
    mode: 'all',
    dryRun: false,
    fileName: name,
    today,
  });
  if (report.status !== 'committed')
    throw new Error(
      `Sarolangun demo: ${name} was ${report.status}: ${JSON.stringify(report.issues.slice(0, 3))}`,
    );
}

/**
 * The regency's funding programs and its social-welfare list, without the rest of the world: the
 * demo database has them on every start (PGlite included), so the funding pages, the simulator and
 * the optimizer have Sarolangun to work on; the programs' beneficiaries come with the full simulation.
 */
export async function prepareSarolangunFunding(database: Database): Promise<boolean> {
  if (await sarolangunFundingReady(database)) return false;
  const world = buildSarolangunWorld(await villagesOf(database), 1);
  await ensureSarolangunPrograms(database);
  await importSarolangunWelfare(database, world.welfare);
  return true;
}
