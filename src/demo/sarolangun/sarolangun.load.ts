import { sql } from 'kysely';
import { runBilling } from '../../billing/billing.service.ts';
import { lapseUnpaidBpu, resumeBpu } from '../../billing/lapse.service.ts';
import type { Database } from '../../db/database.ts';
import { refreshAllRegistryCoverage } from '../../protection/protection.service.ts';
import { changeEmployerStatus } from '../../registry/employers.service.ts';
import type { RegistryImportKindName } from '../../registry/import/registry-import.kind.ts';
import { runRegistryImport } from '../../registry/import/registry-import.service.ts';
import { endMembershipOf } from '../../registry/memberships.service.ts';
import { registerProject } from '../../registry/projects.service.ts';
import { loadParameterBook } from '../../regulations/regulations.service.ts';
import { AppError } from '../../shared/errors.ts';
import { addMonths, type Month } from '../../shared/month.ts';
import { DEMO_ACTOR as actor, csvOf, once, SAROLANGUN, SEX_WORD, villagesOf } from './sarolangun.files.ts';
import { ensureSarolangunPrograms, importFunded, importSarolangunWelfare } from './sarolangun.funding.ts';
import {
  buildSarolangunWorld,
  employerPaysIn,
  FIRST_MONTH,
  type SarolangunWorld,
  SIMULATED_MONTHS,
  type SimEnrolment,
  selfPaysIn,
} from './sarolangun.model.ts';

export { SAROLANGUN };

export interface SarolangunSummary {
  readonly participants: number;
  readonly employers: number;
  readonly projects: number;
  readonly months: number;
  readonly bills: number;
  readonly payments: number;
  readonly lapsed: number;
  readonly resumed: number;
  readonly ms: number;
}

export interface SarolangunOptions {
  /** 1 = the full regency (~72,000 people); tests use a small world. */
  readonly scale?: number;
  readonly onProgress?: (step: string, done: number, total: number) => void;
}

/** One file through the product's registry import; a demo file the product refuses is a bug, so it throws. */
async function importFile(
  database: Database,
  kind: RegistryImportKindName,
  csv: string,
  name: string,
  today: string,
) {
  const report = await runRegistryImport(database, kind, once(csv), {
    actor,
    mode: 'all',
    dryRun: false,
    fileName: name,
    today,
    refreshCoverage: false,
  });
  if (report.status !== 'committed')
    throw new Error(
      `Sarolangun demo: ${name} was ${report.status}: ${JSON.stringify(report.issues.slice(0, 3))}`,
    );
  return report;
}

const SIZE_WORD = { micro: 'mikro', small: 'kecil', medium: 'menengah', large: 'besar' } as const;

function participantsCsv(enrolments: readonly SimEnrolment[]): string {
  return csvOf(
    [
      'nik',
      'nama',
      'jenis_kelamin',
      'tanggal_lahir',
      'kode_desa',
      'telepon',
      'segmen',
      'npp',
      'nomor_proyek',
      'jenis_pembayar',
      'ref_pembayar',
      'program',
      'penghasilan',
      'pekerjaan',
      'negara_penempatan',
      'mulai_berlaku',
      'kode_agen',
    ],
    enrolments.map(({ person: p, membership: m }) => [
      p.nik,
      p.name,
      SEX_WORD[p.sex],
      p.birthDate,
      p.villageCode,
      p.phone,
      m.segment,
      m.employerNpp,
      m.projectNumber,
      m.payerKind,
      m.payerRef,
      m.programs.join(' '),
      m.declaredIncome,
      m.occupation,
      m.placementCountry,
      m.validFrom,
      m.agentCode,
    ]),
  );
}

function wagesCsv(enrolments: readonly SimEnrolment[]): string {
  const pu = enrolments.filter((e) => e.membership.segment === 'PU' && e.membership.wage);
  return csvOf(
    ['nik', 'npp', 'bulan', 'upah'],
    pu.map((e) => [
      e.person.nik,
      e.membership.employerNpp,
      e.membership.validFrom.slice(0, 7),
      e.membership.wage,
    ]),
  );
}

const tenth = (month: Month) => `${addMonths(month, 1)}-10`;
const firstOf = (month: Month) => `${month}-01`;

const PAYMENTS_FILE = 'demo-sarolangun-bayar-';

/**
 * Months already played: a month ends with its payments file, so a loader stopped half-way (the
 * server shut down) resumes after the last month whose payments were committed. Every step before it
 * is idempotent (imports upsert, billing adds only what is missing, ends skip ended memberships).
 */
async function monthsDone(database: Database): Promise<Set<string>> {
  const rows = await database.db
    .selectFrom('import_batch')
    .select('file_name')
    .where('kind', '=', 'payments')
    .where('file_name', 'like', `${PAYMENTS_FILE}%`)
    .execute();
  return new Set(rows.map((r) => (r.file_name ?? '').slice(PAYMENTS_FILE.length, PAYMENTS_FILE.length + 7)));
}

/** True once every simulated month has been played. */
export async function sarolangunComplete(database: Database): Promise<boolean> {
  const done = await monthsDone(database);
  return SIMULATED_MONTHS.every((m) => done.has(m));
}

/** Who pays what this month, by the world's behaviour: returns the payments file of the month. */
async function paymentsOfMonth(database: Database, world: Lookup, month: Month): Promise<string> {
  const open = await sql<{ payer_key: string; outstanding: string; first: string }>`
    select payer_key, sum(amount - paid)::text as outstanding, min(month)::text as first
    from bill where paid < amount and month <= ${firstOf(month)}::date
    group by payer_key order by payer_key
  `.execute(database.db);
  const rows: (string | number)[][] = [];
  for (const bill of open.rows) {
    const [kind, id] = bill.payer_key.split(':') as [string, string];
    let pays = true;
    if (kind === 'employer') {
      const employer = world.employerById.get(Number(id));
      pays = employer ? employerPaysIn(employer, month) : true;
    } else if (kind === 'participant') {
      const enrolment = world.selfPayerById.get(Number(id));
      pays = enrolment ? selfPaysIn(enrolment, month) : true;
    }
    if (!pays) continue;
    rows.push([
      `SRL-${bill.payer_key}-${month}`,
      bill.payer_key,
      bill.outstanding,
      tenth(month),
      'bank',
      `SRL${month}`,
    ]);
  }
  return csvOf(
    ['kunci_idempotensi', 'kunci_pembayar', 'jumlah', 'tanggal_bayar', 'kanal', 'referensi'],
    rows,
  );
}

interface Lookup {
  readonly employerById: Map<number, SarolangunWorld['employers'][number]>;
  readonly selfPayerById: Map<number, SimEnrolment>;
}

async function lookups(database: Database, world: SarolangunWorld): Promise<Lookup> {
  const employers = await database.db.selectFrom('employer').select(['id', 'npp']).execute();
  const byNpp = new Map(world.employers.map((e) => [e.npp, e]));
  const employerById = new Map(
    employers.flatMap((e) => {
      const sim = byNpp.get(e.npp);
      return sim ? [[e.id, sim] as const] : [];
    }),
  );
  const selfByNik = new Map(world.enrolments.filter((e) => e.selfPay).map((e) => [e.person.nik, e]));
  const people = await database.db
    .selectFrom('participant')
    .select(['id', 'nik'])
    .where('village_code', 'like', `${SAROLANGUN}.%`)
    .execute();
  const selfPayerById = new Map(
    people.flatMap((p) => {
      const sim = selfByNik.get(p.nik);
      return sim ? [[p.id, sim] as const] : [];
    }),
  );
  return { employerById, selfPayerById };
}

/** Planned ends falling in the month: resignations, deaths, moves, finished projects and placements. */
async function endMemberships(database: Database, enrolments: readonly SimEnrolment[], month: Month) {
  const ending = enrolments.filter((e) => e.membership.end?.on.startsWith(month));
  if (ending.length === 0) return 0;
  const rows = await database.db
    .selectFrom('membership as m')
    .innerJoin('participant as p', 'p.id', 'm.participant_id')
    .select(['m.id', 'p.nik', 'm.segment'])
    .where(
      'p.nik',
      'in',
      ending.map((e) => e.person.nik),
    )
    .where('m.valid_to', 'is', null)
    .execute();
  const open = new Map(rows.map((r) => [`${r.nik}:${r.segment}`, r.id]));
  let ended = 0;
  for (const e of ending) {
    const id = open.get(`${e.person.nik}:${e.membership.segment}`);
    const end = e.membership.end;
    if (id === undefined || !end) continue; // already ended by the employer's closing
    await endMembershipOf(database.db, actor, id, { validTo: end.on, reason: end.reason });
    ended++;
  }
  return ended;
}

/**
 * Plays the Sarolangun world through the product's own paths, month by month: employers, projects and
 * people through the registry import and the project register; hires, exits and closures through the
 * registry services; every month billed by the billing run, paid through the payments import as each
 * payer's behaviour says, and unpaid BPU memberships lapsed by the lapse rule (resumed by NIK later).
 * Coverage then comes from the protected months the payments produced.
 */
export async function loadSarolangun(
  database: Database,
  options: SarolangunOptions = {},
): Promise<SarolangunSummary> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const world = buildSarolangunWorld(await villagesOf(database), options.scale ?? 1);
  const book = await loadParameterBook(database.db);
  const start = firstOf(FIRST_MONTH);
  const done = await monthsDone(database);
  const programIds = await ensureSarolangunPrograms(database);
  await importSarolangunWelfare(database, world.welfare);
  progress('employers', 0, SIMULATED_MONTHS.length);
  if (done.size === 0)
    await importFile(
      database,
      'employers',
      csvOf(
        ['npp', 'nama', 'kbli', 'kelompok_risiko', 'skala_usaha', 'kode_desa', 'status', 'status_sejak'],
        world.employers.map((e) => [
          e.npp,
          e.name,
          e.kbli,
          e.riskGroup,
          SIZE_WORD[e.sizeClass],
          e.villageCode,
          'aktif',
          '2020-01-01',
        ]),
      ),
      'demo-sarolangun-employers.csv',
      start,
    );
  const known = new Set(
    (await database.db.selectFrom('jakon_project').select('project_number').execute()).map(
      (p) => p.project_number,
    ),
  );
  for (const p of world.projects)
    if (!known.has(p.projectNumber)) await registerProject(database.db, actor, p, p.startsOn);
  let payments = 0;
  let lapsed = 0;
  let resumed = 0;
  let lookup: Lookup | null = null;
  for (const [index, month] of SIMULATED_MONTHS.entries()) {
    if (done.has(month)) continue;
    progress(`month ${month}`, index, SIMULATED_MONTHS.length);
    const today = firstOf(month);
    const arriving = world.enrolments.filter((e) => e.month === month);
    const joining = arriving.filter((e) => !e.membership.funding);
    for (const [code, id] of programIds) {
      const listed = arriving.filter((e) => e.membership.funding === code);
      if (listed.length > 0)
        await importFunded(database, id, listed, `demo-sarolangun-penerima-${code}-${month}.csv`, today);
    }
    if (joining.length > 0) {
      await importFile(
        database,
        'participants',
        participantsCsv(joining),
        `demo-sarolangun-peserta-${month}.csv`,
        today,
      );
      const wages = joining.filter((e) => e.membership.segment === 'PU');
      if (wages.length > 0)
        await importFile(
          database,
          'wage_reports',
          wagesCsv(wages),
          `demo-sarolangun-upah-${month}.csv`,
          today,
        );
      lookup = null;
    }
    await endMemberships(database, world.enrolments, month);
    for (const e of world.employers.filter((x) => x.closesIn === month)) {
      const row = await database.db
        .selectFrom('employer')
        .select('id')
        .where('npp', '=', e.npp)
        .executeTakeFirstOrThrow();
      await changeEmployerStatus(database.db, actor, row.id, { status: 'closed', from: today });
    }
    for (const e of world.enrolments.filter((x) => x.resumesIn === month)) {
      // A returner whose membership has not lapsed (they paid enough before stopping) has nothing to
      // resume: the registry refuses it (409/400), which is the rule working, so it is only counted.
      const resumedOk = await resumeBpu(database.db, actor, { nik: e.person.nik, validFrom: today }).then(
        () => true,
        (error: unknown) => {
          if (error instanceof AppError) return false;
          throw error;
        },
      );
      if (resumedOk) resumed++;
    }
    const billedOn = firstOf(addMonths(month, 1));
    await runBilling(database.db, book, { month, actor, today: billedOn, refreshCoverage: false });
    lookup ??= await lookups(database, world);
    const paid = await paymentsOfMonth(database, lookup, month);
    const report = await importFile(database, 'payments', paid, `${PAYMENTS_FILE}${month}.csv`, tenth(month));
    payments += report.rowsValid;
    const lapse = await lapseUnpaidBpu(database.db, { asOf: `${addMonths(month, 1)}-16`, actor });
    lapsed += lapse.lapsed.length;
  }
  await refreshAllRegistryCoverage(database.db);
  const counts = await sql<{ participants: number; bills: number }>`
    select (select count(*) from participant)::int as participants, (select count(*) from bill)::int as bills
  `.execute(database.db);
  const c = counts.rows[0] ?? { participants: 0, bills: 0 };
  return {
    participants: c.participants,
    employers: world.employers.length,
    projects: world.projects.length,
    months: SIMULATED_MONTHS.length,
    bills: c.bills,
    payments,
    lapsed,
    resumed,
    ms: Date.now() - started,
  };
}
