import { sql } from 'kysely';
import { recordAudit } from '../../audit/audit.repo.ts';
import type { Actor } from '../../auth/actor.ts';
import { commonAncestor, hasNationalScope } from '../../auth/scope.ts';
import type { Database, Executor } from '../../db/database.ts';
import type { ImportMode } from '../../db/schema.ts';
import { beneficiariesImport } from '../../funding/beneficiaries.kind.ts';
import { welfareImport } from '../../funding/welfare.kind.ts';
import { refreshQueuedCoverage } from '../../protection/protection.service.ts';
import { employersImport } from './employers.kind.ts';
import { participantsImport } from './participants.kind.ts';
import { paymentsImport } from './payments.kind.ts';
import type { RegistryIssue } from './registry-import.issues.ts';
import { createJob, finishJob, type JobOutcome } from './registry-import.jobs.ts';
import type {
  FundingImportContext,
  RegistryImportKind,
  RegistryImportKindName,
  SqlContext,
} from './registry-import.kind.ts';
import { endProgress, type ImportProgress, startProgress } from './registry-import.progress.ts';
import { type ReadResult, readImportFile } from './registry-import.read.ts';
import { IssueSink } from './registry-import.sink.ts';
import type { ImportSource } from './registry-import.source.ts';
import { sqlIssue } from './registry-import.sql-issues.ts';
import { markBadRows, stagedIssues } from './registry-import.stage.ts';
import { wageReportsImport } from './wage-reports.kind.ts';

export const REGISTRY_IMPORTS: Record<RegistryImportKindName, RegistryImportKind> = {
  participants: participantsImport,
  employers: employersImport,
  wage_reports: wageReportsImport,
  payments: paymentsImport,
  beneficiaries: beneficiariesImport,
  welfare: welfareImport,
};

/** The tables each kind writes (analysed after a PGlite import). */
const ANALYZED: Record<RegistryImportKindName, string> = {
  participants: 'participant, membership',
  employers: 'employer, employer_status',
  wage_reports: 'wage_report',
  payments: 'payment, payment_allocation, bill, protected_month',
  beneficiaries: 'participant, membership, funding_beneficiary',
  welfare: 'welfare_entry',
};

export interface RegistryImportOptions {
  /** Rebuild registry coverage of the months a payments import changed (default true). */
  readonly refreshCoverage?: boolean;
  readonly actor: Actor;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly fileName: string | null;
  readonly clientRef?: string | null;
  /** The import's as-of date (birth dates and payments after it are refused). */
  readonly today: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly onJob?: (jobId: number) => void;
  readonly chunkSize?: number;
  readonly inlineLimit?: number;
  /** Beneficiaries imports: the program they enrol into (required for that kind, ignored otherwise). */
  readonly funding?: FundingImportContext;
}

export interface RegistryImportReport extends Omit<JobOutcome, 'error'> {
  readonly jobId: number;
  readonly kind: RegistryImportKindName;
  readonly fileName: string | null;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly status: 'committed' | 'rejected' | 'validated';
  readonly issues: RegistryIssue[];
  readonly issuesTruncated: boolean;
  readonly seconds: number;
  /** Milliseconds spent reading (parse, row checks, staging), checking (SQL checks), merging, reporting. */
  readonly phases: Record<string, number>;
}

/** Above this many staged rows the checks and merges are planned without nested loops. */
const BIG_STAGE = 5000;

/** Thrown inside the transaction to roll it back with a finished outcome (rejected or dry run). */
class Rollback extends Error {
  constructor(readonly outcome: JobOutcome) {
    super('rollback');
  }
}

/** SQL checks, then the issues they found into the sink; returns how many staged rows they refused. */
async function checkStaged(trx: Executor, kind: RegistryImportKind, ctx: SqlContext, sink: IssueSink) {
  // Temporary tables are never analyzed by autovacuum, and a target table that grew since its last
  // analyze looks empty: planned blind, an anti-join re-scans the table it is inserting into (quadratic).
  await sql.raw(`analyze ri_stage, ${kind.targets.join(', ')}`).execute(trx);
  await kind.checks(trx, ctx);
  const bad = await markBadRows(trx);
  sink.startSqlPart();
  if (bad > 0) for await (const row of stagedIssues(trx)) sink.add(sqlIssue(row));
  return bad;
}

async function commitBatch(
  trx: Executor,
  kind: RegistryImportKind,
  ctx: SqlContext,
  read: ReadResult,
  base: JobOutcome,
  options: RegistryImportOptions,
) {
  const counts = await kind.count(trx, ctx);
  const batch = await trx
    .insertInto('import_batch')
    .values({
      kind: kind.kind,
      file_name: options.fileName,
      file_sha256: read.sha256,
      source: null,
      mode: options.mode,
      rows_total: base.rowsTotal,
      rows_valid: base.rowsValid,
      rows_invalid: base.rowsInvalid,
      rows_inserted: counts.inserted,
      rows_updated: counts.updated,
      rows_unchanged: counts.unchanged,
      actor: options.actor.label,
      region_code: base.regionCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await kind.merge(trx, ctx, batch.id);
  await recordAudit(trx, options.actor, {
    action: `import.${kind.kind}`,
    entity: 'import_batch',
    entityId: batch.id,
    regionCode: base.regionCode,
    after: {
      fileName: options.fileName,
      fileSha256: read.sha256,
      mode: options.mode,
      rowsValid: base.rowsValid,
      rowsInvalid: base.rowsInvalid,
      ...counts,
    },
  });
  return { ...base, status: 'committed' as const, batchId: batch.id, ...counts };
}

/**
 * Imports one registry file in ONE transaction on one connection: streams and validates the rows into a
 * temporary staging table in chunks, runs the checks that need the whole file or the database, and
 * merges — or rolls everything back (mode `all` with any problem, a dry run, a crash). Memory stays
 * flat: rows live in the staging table, problems in a spill file; the answer carries the first
 * `inlineLimit` problems and the job keeps all of them for the error report.
 */
export async function runRegistryImport(
  database: Database,
  kindName: RegistryImportKindName,
  source: ImportSource,
  options: RegistryImportOptions,
): Promise<RegistryImportReport> {
  const started = Date.now();
  const db = database.db;
  const kind = REGISTRY_IMPORTS[kindName];
  const jobId = await createJob(db, options.actor, {
    kind: kindName,
    mode: options.mode,
    dryRun: options.dryRun,
    fileName: options.fileName,
    clientRef: options.clientRef ?? null,
    fundingProgramId: options.funding?.programId ?? null,
  });
  options.onJob?.(jobId);
  const progress = startProgress(jobId);
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    phases[phase] = Math.round(now - mark);
    mark = now;
  };
  const sink = new IssueSink(options.inlineLimit ?? 1000);
  const ctx: SqlContext = {
    actor: options.actor,
    roots: hasNationalScope(options.actor) ? null : options.actor.regions,
    today: options.today,
    funding: options.funding ?? null,
  };
  if (kindName === 'beneficiaries' && !ctx.funding) throw new Error('beneficiaries import without a program');
  let outcome: JobOutcome;
  try {
    outcome = await db.transaction().execute(async (trx) => {
      const read = await readImportFile(trx, kind, source, options, progress, sink);
      const base: JobOutcome = {
        status: 'rejected',
        fileSha256: read.sha256,
        regionCode: read.region ?? commonAncestor(options.actor.regions),
        batchId: null,
        rowsTotal: read.rowsTotal,
        rowsValid: 0,
        rowsInvalid: read.fileProblem ? read.rowsTotal : read.rowsInvalid,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        bytesRead: read.bytes,
        issuesTotal: 0,
        error: null,
      };
      lap('reading');
      if (read.fileProblem) throw new Rollback({ ...base, issuesTotal: sink.total });
      progress.phase = 'checking';
      options.onProgress?.(progress);
      // A merge inserts into the table its anti-join reads: as a nested loop that re-scans every row it
      // has just added (quadratic). Big files get hash joins, which read the table once, first.
      if (read.staged > BIG_STAGE) await sql`set local enable_nestloop = off`.execute(trx);
      const bad = read.staged > 0 ? await checkStaged(trx, kind, ctx, sink) : 0;
      lap('checking');
      const checked = {
        ...base,
        rowsValid: read.staged - bad,
        rowsInvalid: read.rowsInvalid + bad,
        issuesTotal: sink.total,
      };
      if (options.dryRun) throw new Rollback({ ...checked, status: 'validated' });
      if (checked.rowsValid === 0 || (options.mode === 'all' && sink.total > 0)) throw new Rollback(checked);
      progress.phase = 'merging';
      options.onProgress?.(progress);
      const committed = await commitBatch(trx, kind, ctx, read, checked, options);
      lap('merging');
      return committed;
    });
  } catch (error) {
    if (error instanceof Rollback) outcome = error.outcome;
    else {
      endProgress(jobId);
      sink.discard();
      const message = error instanceof Error ? error.message : String(error);
      await finishJob(db, jobId, {
        ...emptyOutcome(),
        status: 'failed',
        bytesRead: progress.bytesRead,
        rowsTotal: progress.rowsRead,
        error: message.slice(0, 500),
      });
      throw error;
    }
  }
  // Payments settle bills and queue the months they protect; the monitor catches up now, not at the
  // next timer tick (a bulk loader passes refreshCoverage: false and refreshes once at the end).
  if (outcome.status === 'committed' && kindName === 'payments' && options.refreshCoverage !== false)
    await refreshQueuedCoverage(db);
  progress.phase = 'reporting';
  options.onProgress?.(progress);
  const issues = sink.first();
  try {
    if (
      database.kind === 'pglite' &&
      outcome.status === 'committed' &&
      outcome.inserted + outcome.updated > 0
    )
      // PGlite has no autovacuum daemon: fresh statistics after a bulk change keep plans good. Only
      // the tables the kind writes: a whole-database analyze costs seconds on the region tree.
      await sql.raw(`analyze ${ANALYZED[kindName]}`).execute(db);
    await sink.persist(db, jobId);
    await finishJob(db, jobId, outcome);
  } finally {
    endProgress(jobId);
  }
  progress.phase = 'done';
  options.onProgress?.(progress);
  lap('reporting');
  return {
    ...outcome,
    status: outcome.status as RegistryImportReport['status'],
    jobId,
    kind: kindName,
    fileName: options.fileName,
    mode: options.mode,
    dryRun: options.dryRun,
    issues,
    issuesTruncated: outcome.issuesTotal > issues.length,
    seconds: (Date.now() - started) / 1000,
    phases,
  };
}

const emptyOutcome = (): JobOutcome => ({
  status: 'failed',
  fileSha256: null,
  regionCode: null,
  batchId: null,
  rowsTotal: 0,
  rowsValid: 0,
  rowsInvalid: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  bytesRead: 0,
  issuesTotal: 0,
  error: null,
});
