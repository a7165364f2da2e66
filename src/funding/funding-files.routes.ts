import { Readable } from 'node:stream';
import Type from 'typebox';
import type { Actor } from '../auth/actor.ts';
import { hasNationalScope, inScope } from '../auth/scope.ts';
import { currentMonth, today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { errorReportCsv } from '../registry/import/registry-import.csv-report.ts';
import {
  answer,
  jobNotFound,
  jobView,
  requestSource,
  STREAMED_TYPES,
  visibleJob,
} from '../registry/import/registry-import.http.ts';
import { findJob, type JobRow, listOwnJobs } from '../registry/import/registry-import.jobs.ts';
import {
  JobParams,
  JobSchema,
  RegistryImportQuery,
  RegistryImportReportSchema,
} from '../registry/import/registry-import.schemas.ts';
import { REGISTRY_IMPORTS, runRegistryImport } from '../registry/import/registry-import.service.ts';
import { templateCsv, templateXlsx, XLSX_MIME } from '../registry/import/registry-import.template.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { importBeneficiaries } from './beneficiaries.service.ts';
import { findProgram } from './funding.repo.ts';
import { ProgramParams } from './funding.schemas.ts';
import { requireProgram } from './funding.service.ts';
import { proposalPdf } from './proposal.pdf.ts';
import { assembleProposal } from './proposal.service.ts';
import { proposalXlsx } from './proposal.xlsx.ts';

const tags = ['funding'];
const importResponses = {
  200: RegistryImportReportSchema,
  400: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};

/**
 * The files of the funding domain: beneficiary lists and the social-welfare list come in through the
 * registry import pipeline (streamed, checked, one transaction, errors as CSV); the proposal goes out as
 * Excel and PDF. A beneficiaries job is visible to whoever may see its program.
 */
export const fundingFileRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  app.addContentTypeParser(STREAMED_TYPES, (_request, payload, done) => done(null, payload));
  const context = () => ({ defaultBasis: deps.config.defaultBasis, currentMonth: currentMonth(deps.clock) });

  app.post(
    '/funding/programs/:id/beneficiaries/import',
    {
      config: { access: { permission: 'funding.manage', scope: 'records' } },
      schema: {
        tags,
        summary: 'Impor daftar penerima (CSV/XLSX) / import the beneficiary list',
        description:
          'Body: the raw file. Each person is checked (NIK, village inside the funder’s region and the program’s villages, occupation, poverty level, not protected by another payer or program, budget). See docs/funding.md.',
        consumes: STREAMED_TYPES,
        params: ProgramParams,
        querystring: RegistryImportQuery,
        response: importResponses,
      },
    },
    async (request) => {
      const q = request.query;
      const report = await importBeneficiaries(
        deps.database,
        request.actor,
        request.params.id,
        requestSource(request.body, deps.config.bodyLimitBytes),
        {
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

  app.post(
    '/funding/welfare/import',
    {
      config: { access: { permission: 'funding.manage', scope: 'records' } },
      schema: {
        tags,
        summary: 'Impor daftar kesejahteraan sosial (DTSEN/P3KE) / import the social-welfare list',
        consumes: STREAMED_TYPES,
        querystring: RegistryImportQuery,
        response: importResponses,
      },
    },
    async (request) => {
      const q = request.query;
      const report = await runRegistryImport(
        deps.database,
        'welfare',
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

  for (const kind of ['beneficiaries', 'welfare'] as const)
    for (const format of ['csv', 'xlsx'] as const)
      app.get(
        `/funding/${kind}/template.${format}`,
        {
          config: { access: { permission: 'funding.read', scope: 'none' } },
          schema: {
            tags,
            summary: `Templat impor ${kind} (${format}) / ${kind} import template`,
            produces: [format === 'csv' ? 'text/csv' : XLSX_MIME],
          },
        },
        async (_request, reply) => {
          const spec = REGISTRY_IMPORTS[kind];
          const payload =
            format === 'csv' ? Buffer.from(templateCsv(spec), 'utf8') : await templateXlsx(spec);
          return reply
            .header(
              'content-disposition',
              `attachment; filename="templat-${kind === 'beneficiaries' ? 'penerima' : 'dtsen'}.${format}"`,
            )
            .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MIME)
            .send(payload);
        },
      );

  /** A funding job: its program must be visible; a welfare job follows the registry rule. */
  async function visibleFundingJob(actor: Actor, job: JobRow | undefined): Promise<JobRow> {
    if (!job || (job.kind !== 'beneficiaries' && job.kind !== 'welfare')) throw jobNotFound();
    if (job.funding_program_id !== null) {
      const program = await findProgram(db, job.funding_program_id);
      if (program && (hasNationalScope(actor) || inScope(actor, program.region_code))) return job;
      throw jobNotFound();
    }
    if (!visibleJob(actor, job)) throw jobNotFound();
    return job;
  }

  app.get(
    '/funding/imports',
    {
      config: { access: { permission: 'funding.read', scope: 'records' } },
      schema: {
        tags,
        summary: 'Impor pendanaan saya / my funding imports',
        description:
          'The caller’s own beneficiary and welfare-list imports, newest first; `ref` finds one still uploading.',
        querystring: Type.Object({ ref: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: Type.Object({ jobs: Type.Array(JobSchema) }) },
      },
    },
    async (request) => ({
      jobs: (await listOwnJobs(db, request.actor, request.query.ref ?? null))
        .filter((job) => job.kind === 'beneficiaries' || job.kind === 'welfare')
        .map(jobView),
    }),
  );

  app.get(
    '/funding/imports/:id',
    {
      config: { access: { permission: 'funding.read', scope: 'records' } },
      schema: {
        tags,
        summary: 'Kemajuan impor penerima / progress of a funding import',
        params: JobParams,
        response: { 200: JobSchema, 404: ErrorBody },
      },
    },
    async (request) => jobView(await visibleFundingJob(request.actor, await findJob(db, request.params.id))),
  );

  app.get(
    '/funding/imports/:id/errors.csv',
    {
      config: { access: { permission: 'funding.read', scope: 'records' } },
      schema: {
        tags,
        summary: 'Laporan galat (CSV) / error report (CSV)',
        params: JobParams,
        produces: ['text/csv'],
        response: { 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const job = await visibleFundingJob(request.actor, await findJob(db, request.params.id));
      return reply
        .header('content-disposition', `attachment; filename="galat-impor-${job.id}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(Readable.from(errorReportCsv(db, job.id)) as never);
    },
  );

  for (const format of ['xlsx', 'pdf'] as const)
    app.get(
      `/funding/programs/:id/proposal.${format}`,
      {
        config: { access: { permission: 'funding.read', scope: 'records' } },
        schema: {
          tags,
          summary: `Dokumen usulan anggaran (${format.toUpperCase()}) / budget proposal (${format.toUpperCase()})`,
          params: ProgramParams,
          produces: [format === 'pdf' ? 'application/pdf' : XLSX_MIME],
          response: { 404: ErrorBody },
        },
      },
      async (request, reply) => {
        const program = await requireProgram(db, request.actor, request.params.id);
        const data = await assembleProposal(db, request.actor, program.id, context(), today(deps.clock));
        const body = format === 'pdf' ? await proposalPdf(data) : await proposalXlsx(data);
        return reply
          .header('content-disposition', `attachment; filename="usulan-${program.code}.${format}"`)
          .type(format === 'pdf' ? 'application/pdf' : XLSX_MIME)
          .send(body as never);
      },
    );
};
