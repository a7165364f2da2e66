import { Readable } from 'node:stream';
import type { Actor } from '../../auth/actor.ts';
import { hasNationalScope, inScope } from '../../auth/scope.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import type { JobRow } from './registry-import.jobs.ts';
import { liveProgress } from './registry-import.progress.ts';
import type { RegistryImportReport } from './registry-import.service.ts';
import { XLSX_MIME } from './registry-import.template.ts';

/**
 * The HTTP side of a registry import, shared by /imports/registry and the funding routes (beneficiary
 * lists, the social-welfare list): the streamed body, the size limit, the answer and the job view.
 */
export const STREAMED_TYPES = ['text/csv', 'text/plain', 'application/octet-stream', XLSX_MIME];

/** A job is seen by whoever started it, and by anyone whose scope holds the region of its rows. */
export const visibleJob = (actor: Actor, job: JobRow) =>
  job.actor === actor.label ||
  hasNationalScope(actor) ||
  (job.region_code !== null && job.region_code !== '00' && inScope(actor, job.region_code));

export const jobNotFound = () =>
  notFound({ id: 'Pekerjaan impor tidak ditemukan', en: 'Import job not found' });

export function jobView(job: JobRow) {
  const live = liveProgress(job.id);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    phase: live?.phase ?? (job.status === 'running' ? 'reading' : 'done'),
    mode: job.mode,
    dryRun: job.dry_run,
    ref: job.client_ref,
    fileName: job.file_name,
    actor: job.actor,
    regionCode: job.region_code,
    batchId: job.batch_id,
    rowsTotal: live?.rowsRead ?? job.rows_total,
    rowsValid: job.rows_valid,
    rowsInvalid: job.rows_invalid,
    inserted: job.rows_inserted,
    updated: job.rows_updated,
    unchanged: job.rows_unchanged,
    bytesRead: live?.bytesRead ?? Number(job.bytes_read),
    issuesTotal: live?.issues ?? job.issues_total,
    rowsStaged: live?.rowsStaged ?? job.rows_valid,
    error: job.error,
    startedAt: new Date(job.started_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}

/** Counts the bytes of the body as they arrive and stops at the configured limit (413). */
async function* limited(body: AsyncIterable<Uint8Array | string>, limit: number) {
  let bytes = 0;
  for await (const chunk of body) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (bytes > limit) {
      throw new AppError('PAYLOAD_TOO_LARGE', {
        id: `Berkas lebih besar dari ${Math.round(limit / 1024 / 1024)} MB; gunakan CLI registry-import`,
        en: `File larger than ${Math.round(limit / 1024 / 1024)} MB; use the registry-import CLI`,
      });
    }
    yield chunk;
  }
}

export function answer(report: RegistryImportReport): RegistryImportReport {
  if (report.status !== 'rejected') return report;
  throw new AppError(
    'IMPORT_REJECTED',
    {
      id: `Impor ditolak: ${report.rowsInvalid} dari ${report.rowsTotal} baris bermasalah; tidak ada data yang disimpan`,
      en: `Import rejected: ${report.rowsInvalid} of ${report.rowsTotal} rows have problems; nothing was saved`,
    },
    report,
  );
}

/** The request body as the import's source: the raw stream (never buffered whole), size-limited. */
export function requestSource(body: unknown, limit: number) {
  const streamed = typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
  if (!streamed && body !== undefined && typeof body !== 'string') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      id: 'Kirim berkas sebagai text/csv atau xlsx',
      en: 'Send the file as text/csv or xlsx',
    });
  }
  const source = streamed
    ? (body as AsyncIterable<Uint8Array>)
    : Readable.from([typeof body === 'string' ? body : '']);
  return limited(source, limit);
}
