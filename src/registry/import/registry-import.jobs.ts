import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Executor } from '../../db/database.ts';
import type { RegistryImportJobTable } from '../../db/schema.ts';
import type { RegistryImportKindName } from './registry-import.kind.ts';

export type JobRow = Omit<RegistryImportJobTable, 'id' | 'started_at'> & {
  id: number;
  started_at: Date;
  rows_total: number;
  rows_valid: number;
  rows_invalid: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  bytes_read: number;
  issues_total: number;
  funding_program_id: number | null;
};

export async function createJob(
  db: Executor,
  actor: Actor,
  job: {
    kind: RegistryImportKindName;
    mode: 'all' | 'valid-only';
    dryRun: boolean;
    fileName: string | null;
    clientRef: string | null;
    fundingProgramId?: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('registry_import_job')
    .values({
      kind: job.kind,
      status: 'running',
      mode: job.mode,
      dry_run: job.dryRun,
      client_ref: job.clientRef,
      funding_program_id: job.fundingProgramId ?? null,
      file_name: job.fileName,
      file_sha256: null,
      actor: actor.label,
      actor_id: actor.userId,
      region_code: null,
      batch_id: null,
      error: null,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface JobOutcome {
  status: 'committed' | 'rejected' | 'validated' | 'failed';
  fileSha256: string | null;
  regionCode: string | null;
  batchId: number | null;
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  bytesRead: number;
  issuesTotal: number;
  error: string | null;
}

export async function finishJob(db: Executor, id: number, o: JobOutcome): Promise<void> {
  await db
    .updateTable('registry_import_job')
    .set({
      status: o.status,
      file_sha256: o.fileSha256,
      region_code: o.regionCode,
      batch_id: o.batchId,
      rows_total: o.rowsTotal,
      rows_valid: o.rowsValid,
      rows_invalid: o.rowsInvalid,
      rows_inserted: o.inserted,
      rows_updated: o.updated,
      rows_unchanged: o.unchanged,
      bytes_read: o.bytesRead,
      issues_total: o.issuesTotal,
      error: o.error,
      finished_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export const findJob = (db: Executor, id: number): Promise<JobRow | undefined> =>
  db.selectFrom('registry_import_job').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    JobRow | undefined
  >;

/** The actor's own recent jobs (optionally the one started with `clientRef`), newest first. */
export const listOwnJobs = (db: Executor, actor: Actor, clientRef: string | null): Promise<JobRow[]> => {
  let query = db.selectFrom('registry_import_job').selectAll().where('actor', '=', actor.label);
  if (clientRef !== null) query = query.where('client_ref', '=', clientRef);
  return query.orderBy('id', 'desc').limit(50).execute() as Promise<JobRow[]>;
};

export interface IssueRow {
  row_number: number;
  column_name: string | null;
  code: string;
  message: string;
  message_en: string;
  value: string | null;
}

/** A job's issues in row order, a page at a time (for the CSV error report). */
export async function* jobIssues(db: Executor, jobId: number, pageSize = 5000): AsyncGenerator<IssueRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('registry_import_issue')
      .select(['seq', 'row_number', 'column_name', 'code', 'message', 'message_en', 'value'])
      .where('job_id', '=', jobId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.seq;
  }
}
