import Type from 'typebox';
import { visibilityOf } from '../coverage/coverage.visibility.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody, Nullable, RegionCodeText } from '../shared/schemas.ts';
import type { Target } from './targets.rules.ts';
import { listTargets, removeTarget, setTarget } from './targets.service.ts';

const TargetSchema = Type.Object({
  regionCode: Type.String(),
  year: Type.Integer(),
  basis: Nullable(Type.String()),
  targetPct: Type.Number(),
  source: Type.String(),
  note: Nullable(Type.String()),
});

const view = (t: Target) => ({
  regionCode: t.regionCode,
  year: t.year,
  basis: t.basis,
  targetPct: t.targetBp / 100,
  source: t.source,
  note: t.note,
});

const KeyParams = Type.Object({
  regionCode: RegionCodeText,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});

export const targetRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/targets/:regionCode',
    {
      config: { access: { permission: 'coverage.public', scope: 'coverage' } },
      schema: {
        tags: ['targets'],
        summary: 'Target cakupan satu wilayah / coverage targets of a region',
        params: Type.Object({ regionCode: RegionCodeText }),
        response: { 200: Type.Object({ targets: Type.Array(TargetSchema) }), 400: ErrorBody },
      },
    },
    async (request) => {
      visibilityOf(request.actor, request.params.regionCode);
      return { targets: (await listTargets(db, request.params.regionCode)).map(view) };
    },
  );

  app.put(
    '/targets/:regionCode/:year',
    {
      config: { access: { permission: 'targets.edit', scope: 'region' } },
      schema: {
        tags: ['targets'],
        summary: 'Tetapkan target / set a target',
        params: KeyParams,
        body: Type.Object({
          targetPct: Type.Number({ minimum: 0, maximum: 100 }),
          basis: Type.Optional(Nullable(Type.String())),
          source: Type.String({ minLength: 2, maxLength: 500 }),
          note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
        }),
        response: { 200: TargetSchema, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) =>
      view(
        await setTarget(db, request.actor, {
          regionCode: request.params.regionCode,
          year: request.params.year,
          targetPct: request.body.targetPct,
          basis: request.body.basis ?? null,
          source: request.body.source,
          note: request.body.note ?? null,
        }),
      ),
  );

  app.delete(
    '/targets/:regionCode/:year',
    {
      config: { access: { permission: 'targets.edit', scope: 'region' } },
      schema: {
        tags: ['targets'],
        summary: 'Hapus target / delete a target',
        params: KeyParams,
        querystring: Type.Object({ basis: Type.Optional(Type.String()) }),
        response: { 204: Type.Null({ description: 'Dihapus / deleted' }), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await removeTarget(
        db,
        request.actor,
        request.params.regionCode,
        request.params.year,
        request.query.basis ?? null,
      );
      return reply.status(204).send(null);
    },
  );
};
