import { Readable } from 'node:stream';
import Type from 'typebox';
import type { Actor } from '../../auth/actor.ts';
import { hasNationalScope, inScope } from '../../auth/scope.ts';
import { today } from '../../http/clock.ts';
import type { RoutePlugin } from '../../http/deps.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { ErrorBody } from '../../shared/schemas.ts';
import { errorReportCsv } from './registry-import.csv-report.ts';
import { findJob, type JobRow, listOwnJobs } from './registry-import.jobs.ts';
import { liveProgress } from './registry-import.progress.ts';
import {
  JobParams,
  JobSchema,
  KindParams,
  RegistryImportQuery,
  RegistryImportReportSchema,
} from './registry-import.schemas.ts';
import { REGISTRY_IMPORTS, type RegistryImportReport, runRegistryImport } from './registry-import.service.ts';
import { templateCsv, templateXlsx, XLSX_MIME } from './registry-import.template.ts';

const access = { permission: 'imports.registry', scope: 'records' } as const;
const STREAMED_TYPES = ['text/csv', 'text/plain', 'application/octet-stream', XLSX_MIME];

/** A job is seen by whoever started it, and by anyone whose scope holds the region of its rows. */
const visible = (actor: Actor, job: JobRow) =>
  job.actor === actor.label ||
  hasNationalScope(actor) ||
  (job.region_code !== null && job.region_code !== '00' && inScope(actor, job.region_code));

const jobNotFound = () => notFound({ id: 'Pekerjaan impor tidak ditemukan', en: 'Import job not found' });

function jobView(job: JobRow) {
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

function answer(report: RegistryImportReport): RegistryImportReport {
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

export const registryImportRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  // Scoped to this plugin: the body reaches the handler as the raw stream, never buffered whole.
  app.addContentTypeParser(STREAMED_TYPES, (_request, payload, done) => done(null, payload));

  app.post(
    '/imports/registry/:kind',
    {
      config: { access },
      schema: {
        tags: ['imports'],
        summary: 'Impor registri (CSV/XLSX, streaming) / registry import (CSV/XLSX, streamed)',
        description:
          'Body: the raw file (text/csv or xlsx). Kinds: participants, employers, wage_reports, payments. See docs/imports-registry.md.',
        consumes: STREAMED_TYPES,
        params: KindParams,
        querystring: RegistryImportQuery,
        response: {
          200: RegistryImportReportSchema,
          400: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const body = request.body as unknown;
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
      const report = await runRegistryImport(
        deps.database,
        request.params.kind,
        limited(source, deps.config.bodyLimitBytes),
        {
          actor: request.actor,
          mode: q.mode ?? 'all',
          dryRun: q.dryRun ?? false,
          fileName: q.fileName ?? null,
          clientRef: q.ref ?? null,
          today: today(deps.clock),
        },
      );
      return answer(report);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/imports/registry/:kind/template.${format}`,
      {
        config: { access: { permission: 'imports.registry', scope: 'none' } },
        schema: {
          tags: ['imports'],
          summary: `Templat impor registri (${format}) / registry import template (${format})`,
          params: KindParams,
          produces: [format === 'csv' ? 'text/csv' : XLSX_MIME],
        },
      },
      async (request, reply) => {
        const kind = REGISTRY_IMPORTS[request.params.kind];
        const payload = format === 'csv' ? Buffer.from(templateCsv(kind), 'utf8') : await templateXlsx(kind);
        return reply
          .header('content-disposition', `attachment; filename="templat-${kind.kind}.${format}"`)
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MIME)
          .send(payload);
      },
    );
  }

  app.get(
    '/imports/registry/jobs',
    {
      config: { access },
      schema: {
        tags: ['imports'],
        summary: 'Pekerjaan impor registri saya / my registry import jobs',
        querystring: Type.Object({ ref: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: Type.Object({ jobs: Type.Array(JobSchema) }) },
      },
    },
    async (request) => ({
      jobs: (await listOwnJobs(db, request.actor, request.query.ref ?? null)).map(jobView),
    }),
  );

  app.get(
    '/imports/registry/jobs/:id',
    {
      config: { access },
      schema: {
        tags: ['imports'],
        summary: 'Kemajuan dan hasil satu impor / progress and outcome of one import',
        params: JobParams,
        response: { 200: JobSchema, 404: ErrorBody },
      },
    },
    async (request) => {
      const job = await findJob(db, request.params.id);
      if (!job || !visible(request.actor, job)) throw jobNotFound();
      return jobView(job);
    },
  );

  app.get(
    '/imports/registry/jobs/:id/errors.csv',
    {
      config: { access },
      schema: {
        tags: ['imports'],
        summary: 'Laporan galat (CSV) / error report (CSV)',
        params: JobParams,
        produces: ['text/csv'],
        response: { 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const job = await findJob(db, request.params.id);
      if (!job || !visible(request.actor, job)) throw jobNotFound();
      return reply
        .header('content-disposition', `attachment; filename="galat-impor-${job.id}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(Readable.from(errorReportCsv(db, job.id)) as never);
    },
  );
};
