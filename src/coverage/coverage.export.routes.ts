import Type from 'typebox';
import { isDemoDatabase } from '../demo/demo.repo.ts';
import { toCsv, toXlsx } from '../exports/table.ts';
import { currentMonth, today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import type { Month } from '../shared/month.ts';
import { BasisCode, ErrorBody, MonthText } from '../shared/schemas.ts';
import { coverageTable, rankingTable } from './coverage.export.ts';
import { getRanking } from './coverage.ranking.ts';
import { RegionParams } from './coverage.schemas.ts';
import { getCoverageReport } from './coverage.service.ts';

const ExportQuery = Type.Object({
  table: Type.Union([Type.Literal('children'), Type.Literal('trend'), Type.Literal('ranking')]),
  format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
  lang: Type.Optional(Type.Union([Type.Literal('id'), Type.Literal('en')])),
  month: Type.Optional(MonthText),
  basis: Type.Optional(BasisCode),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
});

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Any coverage table as an Excel workbook (default) or CSV, named after region, table and month. */
export const coverageExportRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  app.get(
    '/coverage/:regionCode/export',
    {
      config: { access: { permission: 'coverage.export', scope: 'region' } },
      schema: {
        tags: ['coverage'],
        summary: 'Ekspor tabel ke Excel / export a table to Excel',
        params: RegionParams,
        querystring: ExportQuery,
        produces: [MIME.xlsx, MIME.csv],
        response: { 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { table, lang = 'id', format = 'xlsx' } = request.query;
      const context = { defaultBasis: deps.config.defaultBasis, currentMonth: currentMonth(deps.clock) };
      const query = {
        regionCode: request.params.regionCode,
        month: request.query.month as Month | undefined,
        basis: request.query.basis,
      };
      const demo = await isDemoDatabase(db);
      const generatedOn = today(deps.clock);
      let exportTable: ReturnType<typeof rankingTable>;
      let month: string;
      if (table === 'ranking') {
        const ranking = await getRanking(
          db,
          { ...query, level: request.query.level, limit: 100_000 },
          context,
        );
        const report = await getCoverageReport(db, { ...query, month: ranking.month as Month }, context);
        exportTable = rankingTable(ranking, report.basisName, demo, generatedOn);
        month = ranking.month;
      } else {
        const report = await getCoverageReport(db, query, context);
        exportTable = coverageTable(report, table, demo, generatedOn);
        month = report.month;
      }
      const fileName = `cakupan-${request.params.regionCode}-${table}-${month}.${format}`;
      const payload =
        format === 'xlsx' ? await toXlsx(exportTable, lang) : Buffer.from(toCsv(exportTable, lang), 'utf8');
      return reply
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .type(MIME[format])
        .send(payload as never);
    },
  );
};
