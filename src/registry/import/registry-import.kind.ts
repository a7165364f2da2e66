import type { Actor } from '../../auth/actor.ts';
import type { Executor } from '../../db/database.ts';
import type { ColumnSpec } from '../../imports/columns.ts';
import type { RegionCodeLookup } from '../../regions/official-codes.ts';
import type { Bilingual } from '../../shared/errors.ts';
import type { Issues } from './registry-import.values.ts';

export const REGISTRY_IMPORT_KINDS = ['participants', 'employers', 'wage_reports', 'payments'] as const;
export type RegistryImportKindName = (typeof REGISTRY_IMPORT_KINDS)[number];

export type StageType = 'text' | 'integer' | 'bigint' | 'date';
export type StageValue = string | number | null;

/** What a row reader may consult: all of it is loaded once per import, whatever the file size. */
export interface RowContext {
  readonly today: string;
  /** `YYYY-MM` of today. */
  readonly currentMonth: string;
  readonly villages: ReadonlySet<string>;
  /** True when a region lies inside the importer's scope. */
  readonly allowed: (code: string) => boolean;
  /** Provinces, regencies and districts for the NIK's place of issue. */
  readonly nikRegions: RegionCodeLookup;
  /** `bpu.income_floor` on a date, or the bilingual reason it is missing. */
  readonly incomeFloor: (date: string) => number | Bilingual;
  readonly programStarts: Partial<Record<string, string | null>>;
}

/** What the SQL steps of a kind may consult. */
export interface SqlContext {
  readonly actor: Actor;
  /** Scope roots, or null for national scope (no filter). */
  readonly roots: readonly string[] | null;
  readonly today: string;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * One kind of registry import: its columns (Indonesian headers, English aliases), the staging table's
 * columns, a pure reader turning a row into staging values (or issues), the SQL checks that need the
 * whole file or the database (they add rows to `ri_issue`), the counts and the merge.
 */
export interface RegistryImportKind {
  readonly kind: RegistryImportKindName;
  readonly columns: readonly ColumnSpec[];
  /** One example row for the template, in column order. */
  readonly example: readonly string[];
  readonly stage: readonly { readonly name: string; readonly type: StageType }[];
  /** Staging values in `stage` order plus the row's region (for the batch's region), or null after issues. */
  read(cells: Record<string, string>, row: number, ctx: RowContext, issues: Issues): StageValue[] | null;
  /** The region of a staged row, when the row names one (participants, employers). */
  readonly regionColumn: number | null;
  /** Tables the checks and the merge read or write (analyzed before the checks). */
  readonly targets: readonly string[];
  checks(trx: Executor, ctx: SqlContext): Promise<void>;
  count(trx: Executor): Promise<MergeCounts>;
  merge(trx: Executor, ctx: SqlContext, batchId: number): Promise<void>;
}

/** Parameter names of the SQL issues (`ri_issue.p1`, `p2`), by code. */
export const SQL_ISSUE_PARAMS: Record<string, readonly string[]> = {
  DUPLICATE_IN_FILE: ['first'],
  EMPLOYER_CLOSED: ['date'],
  PERSON_DIED: ['date'],
  OPEN_BPU_CONFLICT: ['id', 'from'],
  OPEN_PU_CONFLICT: ['id', 'from'],
  STATUS_NOT_AFTER_CURRENT: ['status', 'from'],
};
