import type { Executor } from '../db/database.ts';
import { findExistingCodes } from '../regions/regions.repo.ts';
import type { ParsedRow } from './import.runner.ts';
import { type RowIssue, rowIssue } from './issues.ts';

/** One UNKNOWN_REGION issue for every row whose region code is not in the official list. */
export async function unknownRegionIssues<T extends { regionCode: string }>(
  db: Executor,
  rows: readonly ParsedRow<T>[],
  column = 'region_code',
): Promise<RowIssue[]> {
  const existing = await findExistingCodes(
    db,
    rows.map((r) => r.value.regionCode),
  );
  return rows
    .filter((r) => !existing.has(r.value.regionCode))
    .map((r) => rowIssue('UNKNOWN_REGION', r.row, column, r.value.regionCode));
}
