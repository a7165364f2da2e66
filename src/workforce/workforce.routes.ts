import Type from 'typebox';
import type { RoutePlugin } from '../http/deps.ts';
import { listBases, listDatasets } from './workforce.repo.ts';

export const workforceRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  app.get(
    '/workforce/bases',
    {
      config: { access: { permission: 'coverage.public', scope: 'none' } },
      schema: {
        tags: ['workforce'],
        summary: 'Basis angkatan kerja / workforce bases',
        response: {
          200: Type.Object({
            defaultBasis: Type.String(),
            bases: Type.Array(
              Type.Object({
                code: Type.String(),
                nameId: Type.String(),
                nameEn: Type.String(),
                descriptionId: Type.String(),
                descriptionEn: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ defaultBasis: deps.config.defaultBasis, bases: await listBases(db) }),
  );

  app.get(
    '/workforce/datasets',
    {
      config: { access: { permission: 'coverage.public', scope: 'none' } },
      schema: {
        tags: ['workforce'],
        summary: 'Dataset angkatan kerja / workforce datasets',
        response: {
          200: Type.Object({
            datasets: Type.Array(
              Type.Object({
                id: Type.Integer(),
                key: Type.String(),
                basis: Type.String(),
                name: Type.String(),
                referenceMonth: Type.String(),
                source: Type.String(),
                isDemo: Type.Boolean(),
                regions: Type.Integer(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ datasets: await listDatasets(db) }),
  );
};
