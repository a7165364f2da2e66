import fs from 'node:fs';
import { sql } from 'kysely';
import { systemActor } from '../auth/actor.ts';
import { activeImport } from '../coverage/active.import.ts';
import type { Executor } from '../db/database.ts';
import { type Clock, currentMonth } from '../http/clock.ts';
import { parseCsv } from '../imports/csv.ts';
import { type ImportReport, runImport } from '../imports/import.runner.ts';
import { targetsImport } from '../targets/targets.import.ts';
import { importWorkforce } from '../workforce/workforce.service.ts';
import { DETAILED } from './demo.anchors.ts';
import { type DemoData, generateDemo } from './demo.generate.ts';
import type { DemoInput, EmployedRow, ParticipantsRow, ReportedRow, TreeNode } from './demo.input.ts';

const DATA_DIR = new URL('./data/', import.meta.url);

async function readTable(file: string): Promise<Record<string, string>[]> {
  const records: string[][] = [];
  for await (const record of parseCsv(fs.createReadStream(new URL(file, DATA_DIR))))
    records.push(record.fields);
  const [header, ...rows] = records;
  if (!header) throw new Error(`demo: ${file} is empty`);
  return rows.map((fields) => Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ''])));
}

const numberOrNull = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : Number(text);

/** Reads the copied reference files and the parts of the region tree the generator needs. */
export async function readDemoInput(db: Executor): Promise<DemoInput> {
  const [reportedRaw, employedRaw, jambiRaw, participantsRaw] = await Promise.all([
    readTable('reported_coverage.csv'),
    readTable('bps_employed_by_province.csv'),
    readTable('bps_employed_by_regency_jambi.csv'),
    readTable('bpjstk_participants_by_province_2023-12.csv'),
  ]);
  const reported: ReportedRow[] = reportedRaw.map((r) => ({
    regionCode: r.region_code ?? '',
    period: r.period ?? '',
    active: numberOrNull(r.active_participants),
    workforce: numberOrNull(r.workforce),
    basis: r.workforce_basis ?? '',
    coveragePct: numberOrNull(r.coverage_pct),
    targetPct: numberOrNull(r.target_pct),
    targetYear: numberOrNull(r.target_year),
    source: r.source ?? '',
  }));
  const employed = (rows: Record<string, string>[], codeColumn: string): EmployedRow[] =>
    rows.map((r) => ({
      regionCode: r[codeColumn] ?? '',
      employed: numberOrNull(r.employed),
      period: r.period ?? '',
      source: r.source ?? '',
    }));
  const participants: ParticipantsRow[] = participantsRaw.map((r) => ({
    regionCode: r.province_code ?? '',
    active: numberOrNull(r.active_participants),
    source: r.source ?? '',
  }));
  const detailed = [DETAILED.sarolangun, DETAILED.pangkalpinang];
  const treeRows = await db
    .selectFrom('region')
    .select(['code', 'parent_code', 'level'])
    .where((eb) => eb.or([eb('level', '<=', 2), ...detailed.map((c) => eb('code', 'like', `${c}.%`))]))
    .execute();
  const tree: TreeNode[] = treeRows.map((r) => ({ code: r.code, parentCode: r.parent_code, level: r.level }));
  const counts = await sql<{ code: string; n: number }>`
    select left(code, 2) as code, count(*)::int8 as n from region where level = 4 group by 1
    union all
    select left(code, 5) as code, count(*)::int8 as n from region where level = 4 group by 1
  `.execute(db);
  return {
    reported,
    employedByProvince: employed(employedRaw, 'province_code'),
    employedByRegencyJambi: employed(jambiRaw, 'regency_code'),
    participants2023: participants,
    tree,
    villageCounts: new Map(counts.rows.map((r) => [r.code, r.n])),
  };
}

const csvLine = (cells: readonly (string | number | null)[]) =>
  cells
    .map((c) =>
      c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c),
    )
    .join(',');

function ensureCommitted(report: ImportReport, what: string): ImportReport {
  if (report.status !== 'committed') {
    throw new Error(
      `demo import of ${what} was ${report.status}: ${JSON.stringify(report.issues.slice(0, 5))}`,
    );
  }
  return report;
}

/**
 * Loads the demo through the product's own import path (the same validation and upserts a user's
 * files go through), every batch marked as demo.
 */
export async function importDemo(db: Executor, data: DemoData, clock: Clock) {
  const options = { actor: systemActor('demo-loader'), mode: 'all' as const, dryRun: false, isDemo: true };
  let rows = 0;
  for (const dataset of data.datasets) {
    const csv = [
      'region_code,workforce,note',
      ...dataset.rows.map((r) => csvLine([r.regionCode, r.workforce, r.note])),
    ].join('\n');
    const report = await importWorkforce(
      db,
      csv,
      { ...dataset, isDemo: true },
      { ...options, fileName: `demo-${dataset.key}.csv`, source: dataset.source },
    );
    rows += ensureCommitted(report, dataset.key).rowsValid;
  }
  const targetsCsv = [
    'region_code,year,target_pct,basis,source,note',
    ...data.targets.map((t) => csvLine([t.regionCode, t.year, t.targetBp / 100, t.basis, t.source, t.note])),
  ].join('\n');
  const bases = ['potential', 'bps'];
  rows += ensureCommitted(
    await runImport(db, targetsImport(bases, null), targetsCsv, {
      ...options,
      fileName: 'demo-targets.csv',
      source: null,
    }),
    'targets',
  ).rowsValid;
  for (const [index, batch] of data.active.entries()) {
    const csv = [
      'region_code,month,segment,active',
      ...batch.rows.map((r) => csvLine([r.regionCode, r.month, r.segment, r.active])),
    ].join('\n');
    const report = await runImport(db, activeImport(currentMonth(clock)), csv, {
      ...options,
      fileName: `demo-active-${index + 1}.csv`,
      source: batch.source,
    });
    rows += ensureCommitted(report, batch.source).rowsValid;
  }
  return { datasets: data.datasets.length, targets: data.targets.length, rows };
}

export async function loadDemo(db: Executor, clock: Clock) {
  const started = Date.now();
  const summary = await importDemo(db, generateDemo(await readDemoInput(db)), clock);
  return { ...summary, ms: Date.now() - started };
}
