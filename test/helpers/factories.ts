import { systemActor } from '../../src/auth/actor.ts';
import { activeImport } from '../../src/coverage/active.import.ts';
import type { Executor } from '../../src/db/database.ts';
import type { ImportMode } from '../../src/db/schema.ts';
import { currentMonth } from '../../src/http/clock.ts';
import { type ImportReport, runImport } from '../../src/imports/import.runner.ts';
import { findChildren } from '../../src/regions/regions.repo.ts';
import { targetsImport } from '../../src/targets/targets.import.ts';
import { type DatasetMeta, importWorkforce } from '../../src/workforce/workforce.service.ts';
import { TEST_CLOCK } from '../setup/templates.ts';

/** A CSV text from a header line and rows. */
export const csv = (header: string, rows: readonly (readonly (string | number)[])[]): string =>
  [header, ...rows.map((r) => r.join(','))].join('\n');

export interface ImportFlags {
  mode?: ImportMode;
  dryRun?: boolean;
  source?: string;
}

const options = (flags: ImportFlags) => ({
  actor: systemActor('test'),
  mode: flags.mode ?? 'all',
  dryRun: flags.dryRun ?? false,
  fileName: 'test.csv',
  source: flags.source ?? 'test fixture',
});

export function importActiveCsv(db: Executor, text: string, flags: ImportFlags = {}): Promise<ImportReport> {
  return runImport(db, activeImport(currentMonth(TEST_CLOCK)), text, options(flags));
}

export function importWorkforceCsv(
  db: Executor,
  text: string,
  meta: Partial<DatasetMeta> = {},
  flags: ImportFlags = {},
) {
  return importWorkforce(
    db,
    text,
    {
      key: 'test-potential',
      basis: 'potential',
      name: 'Test potential',
      referenceMonth: '2024-01' as never,
      source: 'fixture',
      ...meta,
    },
    options(flags),
  );
}

export function importTargetsCsv(db: Executor, text: string, flags: ImportFlags = {}) {
  return runImport(db, targetsImport(['potential', 'bps'], 'fixture'), text, options(flags));
}

/** A real district of the official tree and its villages (found, not hard-coded ids). */
export async function districtWithVillages(db: Executor, regencyCode: string) {
  const [district] = await findChildren(db, regencyCode);
  if (!district) throw new Error(`no district under ${regencyCode}`);
  const villages = await findChildren(db, district.code);
  return { district, villages };
}

export async function tableCount(
  db: Executor,
  table:
    | 'active_report'
    | 'active_effective'
    | 'workforce_figure'
    | 'coverage_target'
    | 'import_batch'
    | 'workforce_dataset',
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
