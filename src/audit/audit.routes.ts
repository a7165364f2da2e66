import Type from 'typebox';
import type { RoutePlugin } from '../http/deps.ts';
import { isIsoDate } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { ErrorBody, Nullable } from '../shared/schemas.ts';
import { searchAudit } from './audit.repo.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  actorRole: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: Nullable(Type.String()),
  regionCode: Nullable(Type.String()),
  before: Type.Unknown(),
  after: Type.Unknown(),
  reason: Nullable(Type.String()),
  ip: Nullable(Type.String()),
});

export const auditRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/audit',
    {
      config: { access: { permission: 'audit.read', scope: 'records' } },
      schema: {
        tags: ['audit'],
        summary: 'Cari log audit / search the audit log',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          entity: Type.Optional(Type.String({ maxLength: 100 })),
          actor: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(IsoDate),
          to: Type.Optional(IsoDate),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
        }),
        response: {
          200: Type.Object({ entries: Type.Array(AuditEntrySchema), total: Type.Integer() }),
          400: ErrorBody,
        },
      },
    },
    async (request) => {
      const { limit = 50, offset = 0, ...filter } = request.query;
      for (const date of [filter.from, filter.to]) {
        if (date !== undefined && !isIsoDate(date))
          throw new AppError('VALIDATION_FAILED', {
            id: `Tanggal ${date} tidak ada`,
            en: `No such date: ${date}`,
          });
      }
      const result = await searchAudit(deps.database.db, request.actor, { ...filter, limit, offset });
      return {
        total: result.total,
        entries: result.entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      };
    },
  );
};
