import Type from 'typebox';
import { findMonthRange } from '../coverage/coverage.repo.ts';
import { SEGMENT_LABELS, SEGMENTS } from '../coverage/segments.ts';
import { isDemoDatabase } from '../demo/demo.repo.ts';
import { countByLevel } from '../regions/regions.repo.ts';
import { listParameters } from '../regulations/parameters.repo.ts';
import { listBases } from '../workforce/workforce.repo.ts';
import type { RoutePlugin } from './deps.ts';

const Basis = Type.Object({ code: Type.String(), nameId: Type.String(), nameEn: Type.String() });

export const metaRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/health',
    {
      config: { access: { permission: 'anyone', scope: 'none' } },
      schema: {
        tags: ['meta'],
        summary: 'Status layanan / service health',
        response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }) },
      },
    },
    async () => {
      await db.selectFrom('region').select('code').limit(1).execute();
      return { status: 'ok' as const, database: deps.database.kind };
    },
  );

  app.get(
    '/meta',
    {
      config: { access: { permission: 'anyone', scope: 'none' } },
      schema: {
        tags: ['meta'],
        summary: 'Apa yang ada di basis data / what the database holds',
        response: {
          200: Type.Object({
            product: Type.String(),
            demo: Type.Boolean(),
            database: Type.String(),
            defaultBasis: Type.String(),
            bases: Type.Array(Basis),
            months: Type.Union([Type.Object({ first: Type.String(), last: Type.String() }), Type.Null()]),
            regions: Type.Record(Type.String(), Type.Integer()),
            segments: Type.Array(
              Type.Object({ code: Type.String(), nameId: Type.String(), nameEn: Type.String() }),
            ),
          }),
        },
      },
    },
    async () => {
      const [demo, bases, months, regions] = await Promise.all([
        isDemoDatabase(db),
        listBases(db),
        findMonthRange(db),
        countByLevel(db),
      ]);
      return {
        product: 'Cakupan',
        demo,
        database: deps.database.kind,
        defaultBasis: deps.config.defaultBasis,
        bases: bases.map((b) => ({ code: b.code, nameId: b.nameId, nameEn: b.nameEn })),
        months,
        regions: Object.fromEntries(Object.entries(regions).map(([level, n]) => [level, n])),
        segments: SEGMENTS.map((s) => ({
          code: s,
          nameId: SEGMENT_LABELS[s].id,
          nameEn: SEGMENT_LABELS[s].en,
        })),
      };
    },
  );

  app.get(
    '/regulations/parameters',
    {
      config: { access: { permission: 'regulations.read', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Parameter regulasi bertanggal / dated regulation parameters',
        response: {
          200: Type.Object({
            parameters: Type.Array(
              Type.Object({
                code: Type.String(),
                effectiveFrom: Type.String(),
                effectiveTo: Type.Union([Type.String(), Type.Null()]),
                value: Type.Integer(),
                unit: Type.String(),
                legalBasis: Type.String(),
                article: Type.Union([Type.String(), Type.Null()]),
                confidence: Type.String(),
                note: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ parameters: await listParameters(db) }),
  );
};
