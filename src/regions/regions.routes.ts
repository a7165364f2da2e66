import Type from 'typebox';
import { regionSummary, requireRegion } from '../coverage/coverage.service.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody, RegionCodeText, RegionSummary } from '../shared/schemas.ts';
import { foldForSearch } from '../shared/text.ts';
import { findChildren, findRegions, searchRegions } from './regions.repo.ts';
import { codePath } from './regions.rules.ts';

const RegionDetail = Type.Object({
  region: RegionSummary,
  ancestors: Type.Array(RegionSummary),
});

export const regionRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/regions/search',
    {
      config: { access: { permission: 'regions.read', scope: 'none' } },
      schema: {
        tags: ['regions'],
        summary: 'Cari wilayah menurut nama / search regions by name',
        description: 'Case- and accent-insensitive; exact and prefix matches first, higher levels first.',
        querystring: Type.Object({
          q: Type.String({ minLength: 2, maxLength: 100 }),
          level: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: {
          200: Type.Object({
            results: Type.Array(Type.Object({ region: RegionSummary, path: Type.String() })),
          }),
          400: ErrorBody,
        },
      },
    },
    async (request) => {
      const folded = foldForSearch(request.query.q);
      if (folded.length < 2) return { results: [] };
      const found = await searchRegions(db, folded, request.query.limit ?? 20, request.query.level);
      const ancestorCodes = [...new Set(found.flatMap((r) => codePath(r.code).slice(1, -1)))];
      const names = new Map((await findRegions(db, ancestorCodes)).map((r) => [r.code, r.name]));
      return {
        results: found.map((r) => ({
          region: regionSummary(r),
          path: codePath(r.code)
            .slice(1, -1)
            .map((c) => names.get(c) ?? c)
            .join(' › '),
        })),
      };
    },
  );

  app.get(
    '/regions/:regionCode',
    {
      config: { access: { permission: 'regions.read', scope: 'none' } },
      schema: {
        tags: ['regions'],
        summary: 'Satu wilayah dan induknya / one region with its ancestors',
        params: Type.Object({ regionCode: RegionCodeText }),
        response: { 200: RegionDetail, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const region = await requireRegion(db, request.params.regionCode);
      const ancestors = await findRegions(db, codePath(region.code).slice(0, -1));
      return { region: regionSummary(region), ancestors: ancestors.map(regionSummary) };
    },
  );

  app.get(
    '/regions/:regionCode/children',
    {
      config: { access: { permission: 'regions.read', scope: 'none' } },
      schema: {
        tags: ['regions'],
        summary: 'Wilayah di bawahnya / child regions',
        params: Type.Object({ regionCode: RegionCodeText }),
        response: {
          200: Type.Object({ children: Type.Array(RegionSummary) }),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      await requireRegion(db, request.params.regionCode);
      return { children: (await findChildren(db, request.params.regionCode)).map(regionSummary) };
    },
  );
};
