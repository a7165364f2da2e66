import Type from 'typebox';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { PersonText, TokenViewSchema } from './auth.schemas.ts';
import { createToken, listVisibleTokens, revokeTokenById } from './tokens.service.ts';

const manage = { access: { permission: 'tokens.manage', scope: 'records' } } as const;

export const tokenRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/tokens',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Token API / API tokens',
        response: { 200: Type.Object({ tokens: Type.Array(TokenViewSchema) }) },
      },
    },
    async (request) => ({ tokens: await listVisibleTokens(db, request.actor) }),
  );

  app.post(
    '/tokens',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Buat token API (rahasia ditampilkan sekali) / create an API token (secret shown once)',
        body: Type.Object(
          {
            name: PersonText(100),
            userId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
            scopes: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 40 }),
            expiresAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([TokenViewSchema, Type.Object({ token: Type.String() })]),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createToken(db, request.actor, request.body, deps.clock.now())),
  );

  app.delete(
    '/tokens/:id',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Cabut token / revoke a token',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
        response: { 204: Type.Null(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await revokeTokenById(db, request.actor, request.params.id, deps.clock.now());
      return reply.status(204).send(null);
    },
  );
};
