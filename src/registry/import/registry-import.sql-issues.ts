import { type IssueCatalogueCode, issue, type RegistryIssue } from './registry-import.issues.ts';
import { SQL_ISSUE_PARAMS } from './registry-import.kind.ts';
import type { StagedIssueRow } from './registry-import.stage.ts';

/** A row of `ri_issue` (code and up to two parameters) as a bilingual issue. */
export function sqlIssue(r: StagedIssueRow): RegistryIssue {
  const names = SQL_ISSUE_PARAMS[r.code] ?? [];
  const params: Record<string, string> = {};
  if (names[0] !== undefined) params[names[0]] = r.p1 ?? '';
  if (names[1] !== undefined) params[names[1]] = r.p2 ?? '';
  return issue(r.code as IssueCatalogueCode, r.row_number, r.column_name, r.value ?? undefined, params);
}
