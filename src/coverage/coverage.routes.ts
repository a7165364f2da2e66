import Type from 'typebox';
import { currentMonth } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { levelOfCode } from '../regions/regions.rules.ts';
import type { Month } from '../shared/month.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { getRanking } from './coverage.ranking.ts';
import {
  CoverageQuery,
  CoverageReport,
  CoverageRow,
  RankingQuery,
  RankingResponse,
  RegionParams,
  Visibility,
} from './coverage.schemas.ts';
import { getCoverageReport } from './coverage.service.ts';
import { rankingVisibility, visibilityOf, visibleReport, visibleRows } from './coverage.visibility.ts';

const errors = { 400: ErrorBody, 404: ErrorBody, 422: ErrorBody };

export const coverageRoutes: RoutePlugin = async (app, { deps }) => {
  const context = () => ({ defaultBasis: deps.config.defaultBasis, currentMonth: currentMonth(deps.clock) });
  const db = deps.database.db;

  app.get(
    '/coverage/:regionCode',
    {
      config: { access: { permission: 'coverage.public', scope: 'coverage' } },
      schema: {
        tags: ['coverage'],
        summary: 'Cakupan satu wilayah / coverage of one region',
        description:
          'Workforce, active participants by segment, coverage against target, gap in workers and rupiah, rank among siblings, change since an earlier month (default: December of the previous year), children and trend. Region code 00 is Indonesia.',
        params: RegionParams,
        querystring: CoverageQuery,
        response: { 200: CoverageReport, ...errors },
      },
    },
    async (request) => {
      visibilityOf(request.actor, request.params.regionCode);
      const report = await getCoverageReport(
        db,
        {
          regionCode: request.params.regionCode,
          month: request.query.month as Month | undefined,
          basis: request.query.basis,
          compare: request.query.compare as Month | undefined,
        },
        context(),
      );
      return visibleReport(request.actor, report);
    },
  );

  app.get(
    '/coverage/:regionCode/children',
    {
      config: { access: { permission: 'coverage.public', scope: 'coverage' } },
      schema: {
        tags: ['coverage'],
        summary: 'Cakupan wilayah di bawahnya / coverage of the child regions',
        params: RegionParams,
        querystring: CoverageQuery,
        response: {
          200: Type.Object({
            month: Type.String(),
            basis: Type.String(),
            visibility: Visibility,
            rows: Type.Array(CoverageRow),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const visibility = visibilityOf(request.actor, request.params.regionCode);
      const report = await getCoverageReport(
        db,
        {
          regionCode: request.params.regionCode,
          month: request.query.month as Month | undefined,
          basis: request.query.basis,
        },
        context(),
      );
      return {
        month: report.month,
        basis: report.basis,
        visibility,
        rows: visibleRows(request.actor, report.children),
      };
    },
  );

  app.get(
    '/coverage/:regionCode/trend',
    {
      config: { access: { permission: 'coverage.public', scope: 'coverage' } },
      schema: {
        tags: ['coverage'],
        summary: 'Tren bulanan / monthly trend',
        params: RegionParams,
        querystring: Type.Object({ basis: Type.Optional(Type.String()) }),
        response: {
          200: Type.Object({ basis: Type.String(), visibility: Visibility, rows: Type.Array(CoverageRow) }),
          ...errors,
        },
      },
    },
    async (request) => {
      visibilityOf(request.actor, request.params.regionCode);
      const report = visibleReport(
        request.actor,
        await getCoverageReport(
          db,
          { regionCode: request.params.regionCode, basis: request.query.basis },
          context(),
        ),
      );
      return { basis: report.basis, visibility: report.visibility, rows: report.trend };
    },
  );

  app.get(
    '/coverage/:regionCode/ranking',
    {
      config: { access: { permission: 'coverage.public', scope: 'coverage' } },
      schema: {
        tags: ['coverage'],
        summary: 'Peringkat wilayah / ranking of regions at a level inside a region',
        params: RegionParams,
        querystring: RankingQuery,
        response: { 200: RankingResponse, ...errors },
      },
    },
    async (request) => {
      const code = request.params.regionCode;
      const level = request.query.level ?? Math.min(levelOfCode(code) + 1, 4);
      const visibility = rankingVisibility(request.actor, code, level);
      const ranking = await getRanking(
        db,
        { regionCode: code, ...request.query, month: request.query.month as Month | undefined },
        context(),
      );
      const rows = visibility === 'full' ? ranking.rows : visibleRows(request.actor, ranking.rows);
      return { ...ranking, visibility, rows };
    },
  );
};
