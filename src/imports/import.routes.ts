import Type from 'typebox';
import type { Actor } from '../auth/actor.ts';
import { regionWithin } from '../auth/scope.sql.ts';
import { hasNationalScope } from '../auth/scope.ts';
import { activeImport } from '../coverage/active.import.ts';
import { currentMonth } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { ErrorBody, MonthText } from '../shared/schemas.ts';
import { targetsImport } from '../targets/targets.import.ts';
import { listBases } from '../workforce/workforce.repo.ts';
import { importWorkforce } from '../workforce/workforce.service.ts';
import { type ImportReport, runImport } from './import.runner.ts';
import { ImportQuery, ImportReportSchema } from './import.schemas.ts';

const responses = {
  200: ImportReportSchema,
  400: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};

function rejectedError(report: ImportReport): AppError {
  return new AppError(
    'IMPORT_REJECTED',
    {
      id: `Impor ditolak: ${report.rowsInvalid} dari ${report.rowsTotal} baris bermasalah; tidak ada data yang disimpan`,
      en: `Import rejected: ${report.rowsInvalid} of ${report.rowsTotal} rows have problems; nothing was saved`,
    },
    report,
  );
}

/** Returns the report, or throws it as IMPORT_REJECTED (422) when nothing could be saved. */
function answer(report: ImportReport): ImportReport {
  if (report.status === 'rejected') throw rejectedError(report);
  return report;
}

const csvBody = Type.String({ description: 'CSV (comma, semicolon or tab separated; UTF-8)' });

export const importRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  app.addContentTypeParser(
    ['text/csv', 'text/plain', 'application/octet-stream'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );
  const options = (actor: Actor, q: Type.Static<typeof ImportQuery>) => ({
    actor,
    mode: q.mode ?? 'all',
    dryRun: q.dryRun ?? false,
    fileName: q.fileName ?? null,
    source: q.source ?? null,
  });

  app.post(
    '/imports/active',
    {
      config: { access: { permission: 'imports.active', scope: 'records' } },
      bodyLimit: deps.config.bodyLimitBytes,
      schema: {
        tags: ['imports'],
        summary: 'Impor peserta aktif (agregat) / import active participants (aggregates)',
        description: 'CSV columns: region_code, month (YYYY-MM), segment (PU|BPU|JAKON|PMI|TOTAL), active.',
        consumes: ['text/csv'],
        querystring: ImportQuery,
        body: csvBody,
        response: responses,
      },
    },
    async (request) =>
      answer(
        await runImport(
          db,
          activeImport(currentMonth(deps.clock)),
          request.body,
          options(request.actor, request.query),
        ),
      ),
  );

  app.post(
    '/imports/workforce',
    {
      config: { access: { permission: 'imports.workforce', scope: 'records' } },
      bodyLimit: deps.config.bodyLimitBytes,
      schema: {
        tags: ['imports'],
        summary: 'Impor angkatan kerja satu dataset / import one workforce dataset',
        description:
          'CSV columns: region_code, workforce[, note]. A new dataset needs basis, name, referenceMonth and source.',
        consumes: ['text/csv'],
        querystring: Type.Intersect([
          ImportQuery,
          Type.Object({
            dataset: Type.String({ minLength: 2, maxLength: 64 }),
            basis: Type.Optional(Type.String()),
            name: Type.Optional(Type.String({ maxLength: 200 })),
            referenceMonth: Type.Optional(MonthText),
          }),
        ]),
        body: csvBody,
        response: responses,
      },
    },
    async (request) => {
      const q = request.query;
      const report = await importWorkforce(
        db,
        request.body,
        {
          key: q.dataset,
          basis: q.basis,
          name: q.name,
          referenceMonth: q.referenceMonth as Month | undefined,
          source: q.source,
        },
        options(request.actor, q),
      );
      return answer(report);
    },
  );

  app.post(
    '/imports/targets',
    {
      config: { access: { permission: 'targets.edit', scope: 'records' } },
      bodyLimit: deps.config.bodyLimitBytes,
      schema: {
        tags: ['imports'],
        summary: 'Impor target cakupan / import coverage targets',
        description: 'CSV columns: region_code, year, target_pct[, basis][, source][, note].',
        consumes: ['text/csv'],
        querystring: ImportQuery,
        body: csvBody,
        response: responses,
      },
    },
    async (request) => {
      const bases = (await listBases(db)).map((b) => b.code);
      return answer(
        await runImport(
          db,
          targetsImport(bases, request.query.source ?? null),
          request.body,
          options(request.actor, request.query),
        ),
      );
    },
  );

  app.get(
    '/imports',
    {
      config: { access: { permission: 'imports.history', scope: 'records' } },
      schema: {
        tags: ['imports'],
        summary: 'Riwayat impor / import history',
        response: {
          200: Type.Object({
            batches: Type.Array(
              Type.Object({
                id: Type.Integer(),
                kind: Type.String(),
                fileName: Type.Union([Type.String(), Type.Null()]),
                source: Type.Union([Type.String(), Type.Null()]),
                mode: Type.String(),
                rowsTotal: Type.Integer(),
                rowsValid: Type.Integer(),
                rowsInvalid: Type.Integer(),
                inserted: Type.Integer(),
                updated: Type.Integer(),
                unchanged: Type.Integer(),
                isDemo: Type.Boolean(),
                actor: Type.Union([Type.String(), Type.Null()]),
                regionCode: Type.Union([Type.String(), Type.Null()]),
                createdAt: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      let query = db.selectFrom('import_batch').selectAll();
      // Batches are listed by the smallest region holding their rows; national batches need national scope.
      if (!hasNationalScope(request.actor))
        query = query.where(regionWithin('region_code', request.actor.regions));
      const rows = await query.orderBy('id', 'desc').limit(200).execute();
      return {
        batches: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          fileName: r.file_name,
          source: r.source,
          mode: r.mode,
          rowsTotal: r.rows_total,
          rowsValid: r.rows_valid,
          rowsInvalid: r.rows_invalid,
          inserted: r.rows_inserted,
          updated: r.rows_updated,
          unchanged: r.rows_unchanged,
          isDemo: r.is_demo,
          actor: r.actor,
          regionCode: r.region_code,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );
};
