import Type from 'typebox';
import { toCsv, toXlsx } from '../exports/table.ts';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody, Nullable } from '../shared/schemas.ts';
import { PersonText, UserViewSchema } from './auth.schemas.ts';
import { ROLE_CODES, type Role } from './roles.ts';
import { usersTable } from './users.export.ts';
import {
  changeAccount,
  createAccount,
  exportAccounts,
  listManagedAccounts,
  resetAccountPassword,
  revealAccount,
  USERNAME_PATTERN,
  unlockAccount,
} from './users.service.ts';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
const manage = { access: { permission: 'users.manage', scope: 'records' } } as const;
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const RoleCode = Type.Union(ROLE_CODES.map((r) => Type.Literal(r)));
const RegionList = Type.Array(Type.String({ maxLength: 13 }), { maxItems: 100 });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const userRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.get(
    '/users',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary:
          'Akun di wilayah Anda (data pribadi disamarkan) / accounts in your scope (personal data masked)',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          role: Type.Optional(Type.String({ maxLength: 40 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        }),
        response: {
          200: Type.Object({ users: Type.Array(UserViewSchema), total: Type.Integer() }),
          400: ErrorBody,
        },
      },
    },
    async (request) =>
      listManagedAccounts(db, request.actor, {
        q: request.query.q,
        role: request.query.role,
        limit: request.query.limit ?? 100,
        offset: request.query.offset ?? 0,
      }),
  );

  app.get(
    '/users/export',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary:
          'Ekspor akun (disamarkan; lengkap dengan alasan, dicatat) / export accounts (masked; full with a reason, recorded)',
        querystring: Type.Object({
          format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
          reveal: Type.Optional(Type.Boolean()),
          reason: Type.Optional(Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f]*$' })),
        }),
        produces: [MIME.xlsx, MIME.csv],
        response: { 400: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const { format = 'xlsx', reveal = false, reason } = request.query;
      const users = await exportAccounts(db, request.actor, { reveal, reason });
      const table = usersTable(users, today(deps.clock), reveal);
      const payload = format === 'xlsx' ? await toXlsx(table, 'id') : Buffer.from(toCsv(table, 'id'), 'utf8');
      return reply
        .header('content-disposition', `attachment; filename="cakupan-akun-${today(deps.clock)}.${format}"`)
        .type(MIME[format])
        .send(payload as never);
    },
  );

  app.post(
    '/users',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary:
          'Buat akun (kata sandi sementara ditampilkan sekali) / create an account (temporary password shown once)',
        body: Type.Object(
          {
            username: Type.String({ pattern: USERNAME_PATTERN }),
            displayName: PersonText(200),
            email: Type.Optional(Nullable(Type.String({ maxLength: 200, format: 'email' }))),
            phone: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' }))),
            role: RoleCode,
            regions: RegionList,
            employerNpp: Type.Optional(Nullable(Type.String({ maxLength: 20, pattern: '^[0-9]*$' }))),
            agentCode: Type.Optional(Nullable(Type.String({ maxLength: 40, pattern: '^[A-Za-z0-9._-]*$' }))),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ user: UserViewSchema, temporaryPassword: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      const created = await createAccount(db, request.actor, {
        ...request.body,
        role: request.body.role as Role,
      });
      return reply
        .status(201)
        .send({ user: created.user, temporaryPassword: created.temporaryPassword ?? '' });
    },
  );

  app.patch(
    '/users/:id',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Ubah akun / change an account',
        params: IdParams,
        body: Type.Object(
          {
            displayName: Type.Optional(PersonText(200)),
            email: Type.Optional(Nullable(Type.String({ maxLength: 200, format: 'email' }))),
            phone: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' }))),
            role: Type.Optional(RoleCode),
            regions: Type.Optional(RegionList),
            active: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserViewSchema }), ...errors },
      },
    },
    async (request) => ({
      user: await changeAccount(db, request.actor, request.params.id, {
        ...request.body,
        role: request.body.role as Role | undefined,
      }),
    }),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Atur ulang kata sandi / reset the password',
        params: IdParams,
        response: { 200: Type.Object({ temporaryPassword: Type.String() }), ...errors },
      },
    },
    async (request) => ({
      temporaryPassword: await resetAccountPassword(db, request.actor, request.params.id, deps.clock.now()),
    }),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: manage,
      schema: {
        tags: ['auth'],
        summary: 'Buka kunci akun / unlock an account',
        params: IdParams,
        response: { 200: Type.Object({ user: UserViewSchema }), ...errors },
      },
    },
    async (request) => ({ user: await unlockAccount(db, request.actor, request.params.id) }),
  );

  app.post(
    '/users/:id/reveal',
    {
      config: { access: { permission: 'personal.reveal', scope: 'records' } },
      schema: {
        tags: ['auth'],
        summary: 'Tampilkan data pribadi lengkap (dicatat) / show full personal data (recorded)',
        params: IdParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 10, maxLength: 500, pattern: '^[^\\u0000-\\u001f]*$' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserViewSchema }), ...errors },
      },
    },
    async (request) => ({
      user: await revealAccount(db, request.actor, request.params.id, request.body.reason),
    }),
  );
};
