import type { Actor } from '../../auth/actor.ts';
import type { Executor } from '../../db/database.ts';
import type { ColumnSpec } from '../../imports/columns.ts';
import type { RegionCodeLookup } from '../../regions/official-codes.ts';
import type { Bilingual } from '../../shared/errors.ts';
import type { Issues } from './registry-import.values.ts';

export const REGISTRY_IMPORT_KINDS = [
  'participants',
  'employers',
  'wage_reports',
  'payments',
  'beneficiaries',
  'welfare',
] as const;
export type RegistryImportKindName = (typeof REGISTRY_IMPORT_KINDS)[number];

export type StageType = 'text' | 'integer' | 'bigint' | 'date';
export type StageValue = string | number | null;

/**
 * The funding program a beneficiaries import enrols into (src/funding/): its region, period, package,
 * eligibility and how many more workers its budget can take, loaded once before the import.
 */
export interface FundingImportContext {
  readonly programId: number;
  readonly code: string;
  readonly regionCode: string;
  readonly payerKind: 'government' | 'csr' | 'group';
  readonly programs: readonly string[];
  readonly declaredIncome: number;
  /** First day of the first month and last day of the last month of the period. */
  readonly periodStart: string;
  readonly periodEnd: string;
  /** The first day of the first month not yet billed to the funder: new members start on or after it. */
  readonly firstOpenDay: string;
  readonly eligibleVillages: ReadonlySet<string> | null;
  /** Lower-case occupations; null: any occupation. */
  readonly eligibleOccupations: ReadonlySet<string> | null;
  readonly povertyLevels: readonly string[] | null;
  readonly costPerWorker: number;
}

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
  readonly funding: FundingImportContext | null;
}

/** What the SQL steps of a kind may consult. */
export interface SqlContext {
  readonly actor: Actor;
  /** Scope roots, or null for national scope (no filter). */
  readonly roots: readonly string[] | null;
  readonly today: string;
  readonly funding: FundingImportContext | null;
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
  count(trx: Executor, ctx: SqlContext): Promise<MergeCounts>;
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
  POVERTY_NOT_ELIGIBLE: ['levels'],
  ALREADY_PROTECTED: ['membership', 'from'],
  OTHER_PROGRAM: ['code'],
  BUDGET_EXCEEDED: ['capacity', 'cost'],
};
