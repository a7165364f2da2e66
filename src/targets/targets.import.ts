import type { ImportDefinition } from '../imports/import.runner.ts';
import { rowIssue } from '../imports/issues.ts';
import { unknownRegionIssues } from '../imports/region-check.ts';
import { readInteger, readPercent, readRegionCode } from '../imports/values.ts';
import { upsertTargets } from './targets.repo.ts';
import type { Target } from './targets.rules.ts';

type Column = 'region_code' | 'year' | 'target_pct' | 'basis' | 'source' | 'note';

/**
 * Targets CSV: `region_code,year,target_pct[,basis][,source][,note]`, e.g. `15.03,2024,65,potential,
 * Pemkab Sarolangun (APBD-P 2024)`. An empty basis means the target applies to any basis; an empty
 * source takes the source given with the import.
 */
export function targetsImport(
  knownBases: readonly string[],
  defaultSource: string | null,
): ImportDefinition<Column, Target> {
  return {
    kind: 'targets',
    columns: [
      { key: 'region_code', aliases: ['kode_wilayah', 'kode', 'code', 'region'], required: true },
      { key: 'year', aliases: ['tahun'], required: true },
      {
        key: 'target_pct',
        aliases: ['target', 'target_persen', 'persen_target', 'target_percent'],
        required: true,
      },
      { key: 'basis', aliases: ['dasar'], required: false },
      { key: 'source', aliases: ['sumber'], required: false },
      { key: 'note', aliases: ['catatan', 'keterangan'], required: false },
    ],
    parseRow(cells, row) {
      const code = readRegionCode(cells.region_code, row, 'region_code');
      const year = readInteger(cells.year, row, 'year', 2000, 2100);
      const pct = readPercent(cells.target_pct, row, 'target_pct');
      const issues = [code, year, pct].flatMap((c) => (c.ok ? [] : [c.issue]));
      const basis = cells.basis?.trim() || null;
      if (basis !== null && !knownBases.includes(basis)) {
        issues.push(rowIssue('UNKNOWN_BASIS', row, 'basis', basis, { known: knownBases.join(', ') }));
      }
      const source = cells.source?.trim() || defaultSource;
      if (!source) issues.push(rowIssue('REQUIRED', row, 'source', ''));
      if (!code.ok || !year.ok || !pct.ok || issues.length > 0 || !source) return { issues };
      return {
        value: {
          regionCode: code.value,
          year: year.value,
          basis,
          targetBp: pct.value,
          source,
          note: cells.note?.trim() || null,
        },
        issues,
      };
    },
    regionOf: (t) => t.regionCode,
    duplicateKey: (t) => `${t.regionCode}|${t.year}|${t.basis ?? '*'}`,
    crossCheck: (db, rows) => unknownRegionIssues(db, rows),
    write: (trx, rows, batchId) => upsertTargets(trx, rows, batchId),
  };
}
