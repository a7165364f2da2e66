import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { LOCKS, lockForTransaction } from '../db/locks.ts';
import type { ImportDefinition, ParsedRow } from '../imports/import.runner.ts';
import { type RowIssue, rowIssue } from '../imports/issues.ts';
import { unknownRegionIssues } from '../imports/region-check.ts';
import { readCount, readRegionCode } from '../imports/values.ts';
import { dateToMonth, type Month, monthToDate } from '../shared/month.ts';
import { rebuildWorkforceEffective, upsertFigures } from './workforce.repo.ts';

export interface WorkforceRow {
  readonly regionCode: string;
  readonly workforce: number;
  readonly note: string | null;
}

type Column = 'region_code' | 'workforce' | 'note';

/**
 * CSV of one workforce dataset: `region_code,workforce[,note]` (Indonesian headers `kode_wilayah`,
 * `angkatan_kerja`/`jumlah_pekerja`, `catatan` work too). The dataset (name, basis, reference month,
 * source) is given with the import, not per row.
 */
export function workforceImport(dataset: {
  referenceMonth: Month;
  /** Returns the dataset id, creating the dataset inside the import's transaction when it is new. */
  ensureDataset(trx: Executor): Promise<number>;
}): ImportDefinition<Column, WorkforceRow> {
  return {
    kind: 'workforce',
    columns: [
      { key: 'region_code', aliases: ['kode_wilayah', 'kode', 'code', 'region'], required: true },
      {
        key: 'workforce',
        aliases: [
          'angkatan_kerja',
          'jumlah_pekerja',
          'pekerja',
          'penduduk_bekerja',
          'tenaga_kerja',
          'employed',
        ],
        required: true,
      },
      { key: 'note', aliases: ['catatan', 'keterangan', 'notes'], required: false },
    ],
    parseRow(cells, row) {
      const code = readRegionCode(cells.region_code, row, 'region_code');
      const workforce = readCount(cells.workforce, row, 'workforce');
      const issues = [code, workforce].flatMap((c) => (c.ok ? [] : [c.issue]));
      if (!code.ok || !workforce.ok) return { issues };
      return {
        value: { regionCode: code.value, workforce: workforce.value, note: cells.note?.trim() || null },
        issues,
      };
    },
    regionOf: (value) => value.regionCode,
    duplicateKey: (value) => value.regionCode,
    async crossCheck(db, rows) {
      const unknown = await unknownRegionIssues(db, rows);
      return [...unknown, ...(await belowActiveIssues(db, rows, dataset.referenceMonth))];
    },
    async write(trx, rows, batchId) {
      await lockForTransaction(trx, LOCKS.workforceRollup);
      const datasetId = await dataset.ensureDataset(trx);
      const counts = await upsertFigures(trx, datasetId, rows, batchId);
      if (counts.inserted + counts.updated > 0) await rebuildWorkforceEffective(trx, datasetId);
      return counts;
    },
  };
}

/** A workforce smaller than the active participants already recorded for its reference month. */
async function belowActiveIssues(
  db: Executor,
  rows: readonly ParsedRow<WorkforceRow>[],
  month: Month,
): Promise<RowIssue[]> {
  const actives = await db
    .selectFrom('active_effective')
    .select(['region_code', 'total', 'month'])
    .where('month', '=', monthToDate(month))
    .where(sql<boolean>`region_code = any(${rows.map((r) => r.value.regionCode)}::text[])`)
    .execute();
  const activeByRegion = new Map(actives.map((a) => [a.region_code, a.total]));
  return rows.flatMap((r) => {
    const active = activeByRegion.get(r.value.regionCode);
    if (active === undefined || active <= r.value.workforce) return [];
    return [
      rowIssue('WORKFORCE_BELOW_ACTIVE', r.row, 'workforce', String(r.value.workforce), {
        workforce: r.value.workforce,
        active,
        month: dateToMonth(monthToDate(month)),
      }),
    ];
  });
}
