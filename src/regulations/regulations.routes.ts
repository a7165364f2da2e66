import Type from 'typebox';
import type { Actor } from '../auth/actor.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody, Nullable, StringEnum } from '../shared/schemas.ts';
import { CONFIDENCES, UNITS } from './parameter-edit.rules.ts';
import { listChanges, listParameters } from './parameters.repo.ts';
import { addParameter, updateParameter } from './regulations.service.ts';

const StoredParameterSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  effectiveFrom: Type.String(),
  effectiveTo: Nullable(Type.String()),
  value: Type.Integer(),
  unit: Type.String(),
  legalBasis: Type.String(),
  article: Nullable(Type.String()),
  confidence: Type.String(),
  note: Nullable(Type.String()),
  source: Type.String({ description: 'seed = data produk / product data; operator = diisi administrator' }),
});

const ChangeSchema = Type.Object({
  id: Type.String(),
  parameterId: Type.Integer(),
  action: Type.String(),
  actor: Type.String(),
  reason: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  changedAt: Type.String(),
});

const ISO_DATE = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Reason = Type.String({
  minLength: 3,
  maxLength: 1000,
  description: 'Alasan perubahan (dicatat) / reason (logged)',
});

/**
 * Until accounts exist (issue 5) the actor is what the caller states in `X-Actor`; the change log
 * records it with the reason, and the route table marks these two routes as administrator-only.
 */
/**
 * The rates are public law and so is their history, but who typed a change is an officer's account
 * name: shown to those who edit rates or read the audit log, and to everyone else as "petugas".
 */
function changesFor<T extends { actor: string }>(viewer: Actor, changes: T[]): T[] {
  if (viewer.permissions.has('regulations.edit') || viewer.permissions.has('audit.read')) return changes;
  return changes.map((c) => ({ ...c, actor: 'petugas / officer' }));
}

export const regulationRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/regulations',
    {
      config: { access: { permission: 'regulations.read', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Tabel parameter regulasi dengan riwayat / regulation parameter table with history',
        querystring: Type.Object({
          code: Type.Optional(
            Type.String({ maxLength: 100, description: 'Awalan kode / code prefix, e.g. pu.jp' }),
          ),
        }),
        response: {
          200: Type.Object({
            parameters: Type.Array(StoredParameterSchema),
            changes: Type.Array(ChangeSchema),
          }),
        },
      },
    },
    async (request) => ({
      parameters: await listParameters(db, request.query.code),
      changes: changesFor(request.actor, await listChanges(db, undefined, 100)),
    }),
  );

  app.post(
    '/regulations',
    {
      config: { access: { permission: 'regulations.edit', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Tambah nilai bertanggal (administrator) / add a dated value (administrator)',
        body: Type.Object(
          {
            code: Type.String({ maxLength: 100 }),
            effectiveFrom: ISO_DATE,
            effectiveTo: Type.Optional(Nullable(ISO_DATE)),
            value: Type.Integer(),
            unit: StringEnum(UNITS),
            legalBasis: Type.String({ maxLength: 300 }),
            article: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
            confidence: StringEnum(CONFIDENCES),
            note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
            reason: Reason,
          },
          { additionalProperties: false },
        ),
        response: { 201: StoredParameterSchema, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { reason, ...row } = request.body;
      const created = await addParameter(
        db,
        {
          ...row,
          effectiveTo: row.effectiveTo ?? null,
          article: row.article ?? null,
          note: row.note ?? null,
        },
        { actor: request.actor, reason },
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/regulations/:id',
    {
      config: { access: { permission: 'regulations.edit', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Koreksi satu baris (administrator) / correct one row (administrator)',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
        body: Type.Object(
          {
            value: Type.Optional(Type.Integer()),
            effectiveTo: Type.Optional(Nullable(ISO_DATE)),
            legalBasis: Type.Optional(Type.String({ maxLength: 300 })),
            article: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
            confidence: Type.Optional(StringEnum(CONFIDENCES)),
            note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
            reason: Reason,
          },
          { additionalProperties: false },
        ),
        response: { 200: StoredParameterSchema, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const { reason, ...patch } = request.body;
      return updateParameter(db, request.params.id, patch, { actor: request.actor, reason });
    },
  );

  app.get(
    '/regulations/:id/changes',
    {
      config: { access: { permission: 'regulations.read', scope: 'none' } },
      schema: {
        tags: ['regulations'],
        summary: 'Riwayat perubahan satu baris / change log of one row',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
        response: { 200: Type.Object({ changes: Type.Array(ChangeSchema) }) },
      },
    },
    async (request) => ({ changes: changesFor(request.actor, await listChanges(db, request.params.id)) }),
  );
};
