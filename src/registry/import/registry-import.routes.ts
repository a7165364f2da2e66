import { Readable } from 'node:stream';
import Type from 'typebox';
import { today } from '../../http/clock.ts';
import type { RoutePlugin } from '../../http/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { ErrorBody } from '../../shared/schemas.ts';
import { errorReportCsv } from './registry-import.csv-report.ts';
import {
  answer,
  jobNotFound,
  jobView,
  requestSource,
  STREAMED_TYPES,
  visibleJob as visible,
} from './registry-import.http.ts';
import { findJob, listOwnJobs } from './registry-import.jobs.ts';
import {
  JobParams,
  JobSchema,
  KindParams,
  RegistryImportQuery,
  RegistryImportReportSchema,
} from './registry-import.schemas.ts';
import { REGISTRY_IMPORTS, runRegistryImport } from './registry-import.service.ts';
import { templateCsv, templateXlsx, XLSX_MIME } from './registry-import.template.ts';

const access = { permission: 'imports.registry', scope: 'records' } as const;

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
      if (request.params.kind === 'beneficiaries')
        throw new AppError('VALIDATION_FAILED', {
          id: 'Penerima diimpor ke satu program: POST /funding/programs/:id/beneficiaries/import',
          en: 'Beneficiaries are imported into one program: POST /funding/programs/:id/beneficiaries/import',
        });
      const report = await runRegistryImport(
        deps.database,
        request.params.kind,
        requestSource(request.body, deps.config.bodyLimitBytes),
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
