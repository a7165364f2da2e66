import type { Generated } from 'kysely';

/** Table types for Kysely. int8 arrive as number and dates as `YYYY-MM-DD` text (src/db/type-parsers.ts). */
export interface RegionTable {
  code: string;
  parent_code: string | null;
  level: number;
  kind: 'national' | 'province' | 'regency' | 'city' | 'district' | 'village';
  name: string;
  search_name: string;
  child_count: Generated<number>;
}

export interface RegulationParameterTable {
  id: Generated<number>;
  code: string;
  effective_from: string;
  effective_to: string | null;
  value: number;
  unit: 'rupiah' | 'bp' | 'count' | 'months' | 'years' | 'flag';
  legal_basis: string;
  article: string | null;
  confidence: 'H' | 'M' | 'L';
  note: string | null;
  source: Generated<'seed' | 'operator'>;
  created_at: Generated<Date>;
}

export interface RegulationParameterChangeTable {
  id: Generated<string>;
  parameter_id: number;
  action: 'create' | 'update' | 'close';
  actor: string;
  reason: string;
  before: unknown | null;
  after: unknown;
  changed_at: Generated<Date>;
}

export type ImportKind =
  | 'active'
  | 'workforce'
  | 'targets'
  | 'participants'
  | 'employers'
  | 'wage_reports'
  | 'payments'
  | 'beneficiaries'
  | 'welfare';
export type ImportMode = 'all' | 'valid-only';

export interface ImportBatchTable {
  id: Generated<number>;
  kind: ImportKind;
  file_name: string | null;
  file_sha256: string;
  source: string | null;
  mode: ImportMode;
  rows_total: number;
  rows_valid: number;
  rows_invalid: number;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
  /** Who imported (username, token:<name>, cli:<user>) and the smallest region holding every row. */
  actor: string | null;
  region_code: string | null;
}

export interface WorkforceBasisTable {
  code: string;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
}

export interface WorkforceDatasetTable {
  id: Generated<number>;
  key: string;
  basis: string;
  name: string;
  reference_month: string;
  source: string;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface WorkforceFigureTable {
  dataset_id: number;
  region_code: string;
  workforce: number;
  note: string | null;
  import_id: number | null;
}

export interface WorkforceEffectiveTable {
  region_code: string;
  dataset_id: number;
  workforce: number;
  origin: 'reported' | 'children';
  note: string | null;
}

export interface CoverageTargetTable {
  id: Generated<number>;
  region_code: string;
  year: number;
  basis: string | null;
  target_bp: number;
  source: string;
  note: string | null;
  import_id: number | null;
  updated_at: Generated<Date>;
}

export type Segment = 'PU' | 'BPU' | 'JAKON' | 'PMI' | 'UNSPECIFIED';
export type ActiveSourceKind = 'import' | 'registry';

export interface ActiveReportTable {
  region_code: string;
  month: string;
  segment: Segment;
  source_kind: ActiveSourceKind;
  active: number;
  import_id: number | null;
}

export interface ActiveEffectiveTable {
  region_code: string;
  month: string;
  pu: number;
  bpu: number;
  jakon: number;
  pmi: number;
  unspecified: number;
  total: number;
  origin: 'reported' | 'children';
  source_kind: ActiveSourceKind | 'mixed';
  import_id: number | null;
  reporting_children: number;
  /** Own report, registry data, or every child present and itself complete (all the way down). */
  complete: boolean;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  role: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  is_demo: Generated<boolean>;
  employer_npp: string | null;
  agent_code: string | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Generated<Date>;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface AppUserRegionTable {
  user_id: number;
  region_code: string;
}

export interface AuthSessionTable {
  token_hash: string;
  user_id: number;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  prefix: string;
  user_id: number;
  scopes: string[];
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Generated<Date>;
  created_by: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_id: number | null;
  actor: string;
  actor_role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string | null;
  before: unknown | null;
  after: unknown | null;
  reason: string | null;
  ip: string | null;
}

export interface EmployerTable {
  id: Generated<number>;
  npp: string;
  name: string;
  kbli: string | null;
  jkk_risk_group: number;
  size_class: 'micro' | 'small' | 'medium' | 'large';
  village_code: string;
  created_at: Generated<Date>;
}

export interface EmployerStatusTable {
  employer_id: number;
  status: 'active' | 'arrears' | 'closed';
  valid_from: string;
  valid_to: string | null;
}

export interface JakonProjectTable {
  id: Generated<number>;
  project_number: string;
  name: string;
  contractor_id: number;
  contract_value: number;
  starts_on: string;
  ends_on: string;
  village_code: string;
}

export interface ParticipantTable {
  id: Generated<number>;
  nik: string;
  kpj: string;
  name: string;
  sex: 'F' | 'M';
  birth_date: string;
  village_code: string;
  phone: string | null;
  died_on: string | null;
  agent_code: string | null;
  created_at: Generated<Date>;
  created_by: string;
}

export interface MembershipTable {
  id: Generated<number>;
  participant_id: number;
  segment: 'PU' | 'BPU' | 'JAKON' | 'PMI';
  employer_id: number | null;
  project_id: number | null;
  payer_kind: 'employer' | 'self' | 'government' | 'csr' | 'group' | 'agent';
  payer_ref: string | null;
  programs: string[];
  declared_income: number | null;
  occupation: string | null;
  placement_country: string | null;
  valid_from: string;
  valid_to: string | null;
  end_reason: string | null;
  agent_code: string | null;
  created_at: Generated<Date>;
}

export interface WageReportTable {
  membership_id: number;
  month: string;
  wage: number;
}

export interface BillRunTable {
  id: Generated<number>;
  month: string;
  as_of: string;
  /** UsedParameter[] read by the run (a snapshot: later parameter edits never change it). */
  parameters: unknown;
  bills: Generated<number>;
  lines: Generated<number>;
  total: Generated<number>;
  actor: string;
  started_at: Generated<Date>;
  finished_at: Date | null;
}

export interface BillTable {
  id: Generated<number>;
  run_id: number;
  month: string;
  kind: 'contribution' | 'fine';
  segment: MembershipTable['segment'];
  /** `employer:<id>`, `participant:<id>`, `program:<payer_kind>:<payer_ref>`, `project:<id>`, `placement:<membership id>`. */
  payer_key: string;
  payer_kind: MembershipTable['payer_kind'];
  employer_id: number | null;
  project_id: number | null;
  participant_id: number | null;
  region_code: string;
  amount: number;
  paid: Generated<number>;
  due_on: string;
  settled_on: string | null;
  created_at: Generated<Date>;
}

export interface BillLineTable {
  bill_id: number;
  membership_id: number;
  participant_id: number;
  covers_from: string;
  covers_to: string;
  base: number | null;
  employer: Generated<number>;
  worker: Generated<number>;
  government: Generated<number>;
  other: Generated<number>;
  amount: number;
}

export interface PaymentTable {
  id: Generated<number>;
  idempotency_key: string;
  request_sha256: string;
  payer_key: string;
  amount: number;
  paid_on: string;
  channel: string | null;
  reference: string | null;
  actor: string;
  import_id: number | null;
  received_at: Generated<Date>;
  reversed_at: Date | null;
  reversed_by: string | null;
  reversal_reason: string | null;
}

export interface PaymentAllocationTable {
  id: Generated<number>;
  payment_id: number;
  bill_id: number;
  /** Negative on a reversal. */
  amount: number;
  created_at: Generated<Date>;
  /** Migration 007: `payment` (at posting), `credit` (a remainder applied later), `reversal`. */
  source: Generated<'payment' | 'credit' | 'reversal'>;
}

export interface ProtectedMonthTable {
  membership_id: number;
  month: string;
  participant_id: number;
  segment: MembershipTable['segment'];
  village_code: string;
}

/** One registry import attempt (migration 007): kept for rejected files and dry runs too. */
export interface RegistryImportJobTable {
  id: Generated<number>;
  kind: 'participants' | 'employers' | 'wage_reports' | 'payments' | 'beneficiaries' | 'welfare';
  status: 'running' | 'committed' | 'rejected' | 'validated' | 'failed';
  mode: ImportMode;
  dry_run: boolean;
  client_ref: string | null;
  file_name: string | null;
  file_sha256: string | null;
  actor: string;
  actor_id: number | null;
  region_code: string | null;
  batch_id: number | null;
  rows_total: Generated<number>;
  rows_valid: Generated<number>;
  rows_invalid: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  bytes_read: Generated<number>;
  issues_total: Generated<number>;
  error: string | null;
  started_at: Generated<Date>;
  finished_at: Date | null;
  /** Migration 009: the funding program a beneficiaries import enrols into. */
  funding_program_id: Generated<number | null>;
}

export interface RegistryImportIssueTable {
  job_id: number;
  seq: number;
  row_number: number;
  column_name: string | null;
  code: string;
  message: string;
  message_en: string;
  value: string | null;
}

/** A local-government (or CSR, zakat…) program paying contributions for vulnerable workers (migration 009). */
export interface FundingProgramTable {
  id: Generated<number>;
  code: string;
  name: string;
  funder_kind: 'province' | 'regency' | 'village' | 'csr' | 'zakat' | 'other';
  funder_name: string;
  region_code: string;
  source: 'apbd' | 'apbd_perubahan' | 'add' | 'dana_desa' | 'dbh_sawit' | 'csr' | 'other';
  fiscal_year: number;
  budget: number;
  programs: string[];
  declared_income: number;
  period_from: string;
  period_to: string;
  eligible_villages: string[] | null;
  eligible_occupations: string[] | null;
  poverty_levels: string[] | null;
  legal_basis: string | null;
  notes: string | null;
  status: Generated<'draft' | 'active' | 'closed'>;
  created_at: Generated<Date>;
  created_by: string;
  updated_at: Generated<Date>;
}

/** The imported social-welfare list (DTSEN / P3KE), one row per NIK (migration 009). */
export interface WelfareEntryTable {
  nik: string;
  name: string;
  sex: 'F' | 'M';
  birth_date: string;
  village_code: string;
  poverty_level: 'extreme' | 'poor' | 'vulnerable';
  decile: number | null;
  occupation: string | null;
  list_name: string | null;
  import_batch_id: number | null;
  updated_at: Generated<Date>;
}

export interface FundingBeneficiaryTable {
  program_id: number;
  participant_id: number;
  membership_id: number;
  village_code: string;
  occupation: string | null;
  poverty_level: string | null;
  import_batch_id: number | null;
  enrolled_at: Generated<Date>;
}

export interface DB {
  funding_program: FundingProgramTable;
  welfare_entry: WelfareEntryTable;
  funding_beneficiary: FundingBeneficiaryTable;
  registry_import_job: RegistryImportJobTable;
  registry_import_issue: RegistryImportIssueTable;
  bill_run: BillRunTable;
  bill: BillTable;
  bill_line: BillLineTable;
  payment: PaymentTable;
  payment_allocation: PaymentAllocationTable;
  protected_month: ProtectedMonthTable;
  /** Months whose registry coverage must be rebuilt (migration 008); duplicates allowed. */
  coverage_refresh_queue: { id: Generated<number>; month: string; queued_at: Generated<Date> };
  employer: EmployerTable;
  employer_status: EmployerStatusTable;
  jakon_project: JakonProjectTable;
  participant: ParticipantTable;
  membership: MembershipTable;
  wage_report: WageReportTable;
  app_user: AppUserTable;
  app_user_region: AppUserRegionTable;
  auth_session: AuthSessionTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  region: RegionTable;
  regulation_parameter: RegulationParameterTable;
  regulation_parameter_change: RegulationParameterChangeTable;
  import_batch: ImportBatchTable;
  workforce_basis: WorkforceBasisTable;
  workforce_dataset: WorkforceDatasetTable;
  workforce_figure: WorkforceFigureTable;
  workforce_effective: WorkforceEffectiveTable;
  coverage_target: CoverageTargetTable;
  active_report: ActiveReportTable;
  active_effective: ActiveEffectiveTable;
}
