import Type from 'typebox';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { isIsoDate } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { ErrorBody, StringEnum } from '../shared/schemas.ts';
import { employerWorkers } from './employer-workers.service.ts';
import {
  changeEmployerStatus,
  findVisibleEmployers,
  getEmployer,
  registerEmployer,
} from './employers.service.ts';
import { addMembershipTo, endMembershipOf } from './memberships.service.ts';
import { getParticipant } from './participant.view.ts';
import {
  EmployerInputSchema,
  EmployerViewSchema,
  EndMembershipSchema,
  EnrolSchema,
  MembershipInputSchema,
  ParticipantViewSchema,
} from './registry.schemas.ts';
import { enrolParticipant, revealParticipant, searchVisibleParticipants } from './registry.service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const records = (permission: 'registry.read' | 'registry.enrol' | 'employers.manage' | 'personal.reveal') =>
  ({ access: { permission, scope: 'records' } }) as const;

/** Dates in bodies are checked as real dates here, so 2025-02-30 is a 400, not a database error. */
function requireRealDates(...dates: (string | undefined)[]): void {
  for (const date of dates) {
    if (date !== undefined && !isIsoDate(date)) {
      throw new AppError('VALIDATION_FAILED', {
        id: `Tanggal ${date} tidak ada`,
        en: `No such date: ${date}`,
      });
    }
  }
}

/** The participant registry (issue 6, first part): people, memberships, employers. */
export const registryRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.post(
    '/participants',
    {
      config: records('registry.enrol'),
      schema: {
        tags: ['registry'],
        summary: 'Daftarkan peserta (atau temukan menurut NIK) dengan satu kepesertaan / enrol a participant',
        body: EnrolSchema,
        response: {
          200: Type.Object({ participant: ParticipantViewSchema, created: Type.Boolean() }),
          201: Type.Object({ participant: ParticipantViewSchema, created: Type.Boolean() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      requireRealDates(
        request.body.birthDate,
        request.body.membership.validFrom,
        request.body.membership.validTo ?? undefined,
      );
      const result = await enrolParticipant(db, request.actor, request.body, today(deps.clock));
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  // A POST, because the search text is often a NIK: personal data stays out of URLs and access logs.
  app.post(
    '/participants/search',
    {
      config: records('registry.read'),
      schema: {
        tags: ['registry'],
        summary: 'Cari peserta menurut NIK, KPJ atau awal nama (disamarkan) / search participants (masked)',
        body: Type.Object(
          {
            q: Type.String({ minLength: 2, maxLength: 100 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ participants: Type.Array(ParticipantViewSchema) }), 400: ErrorBody },
      },
    },
    async (request) => ({
      participants: await searchVisibleParticipants(
        db,
        request.actor,
        request.body.q,
        request.body.limit ?? 50,
      ),
    }),
  );

  app.get(
    '/employers',
    {
      config: records('registry.read'),
      schema: {
        tags: ['registry'],
        summary: 'Cari pemberi kerja menurut NPP atau awal nama / find employers by NPP or name',
        querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 100 }) }),
        response: { 200: Type.Object({ employers: Type.Array(EmployerViewSchema) }), 400: ErrorBody },
      },
    },
    async (request) => ({ employers: await findVisibleEmployers(db, request.actor, request.query.q) }),
  );

  app.get(
    '/participants/:id',
    {
      config: records('registry.read'),
      schema: {
        tags: ['registry'],
        summary: 'Satu peserta dengan kepesertaannya (disamarkan) / one participant (masked)',
        params: IdParams,
        response: { 200: ParticipantViewSchema, ...errors },
      },
    },
    async (request) => getParticipant(db, request.actor, request.params.id),
  );

  app.post(
    '/participants/:id/reveal',
    {
      config: records('personal.reveal'),
      schema: {
        tags: ['registry'],
        summary: 'Data pribadi lengkap dengan alasan (dicatat) / full personal data with a reason (recorded)',
        params: IdParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 10, maxLength: 500, pattern: '^[^\\u0000-\\u001f]*$' }) },
          { additionalProperties: false },
        ),
        response: { 200: ParticipantViewSchema, ...errors },
      },
    },
    async (request) => revealParticipant(db, request.actor, request.params.id, request.body.reason),
  );

  app.post(
    '/participants/:id/memberships',
    {
      config: records('registry.enrol'),
      schema: {
        tags: ['registry'],
        summary: 'Tambah kepesertaan (pekerjaan baru, BPU dilanjutkan) / add a membership',
        params: IdParams,
        body: MembershipInputSchema,
        response: { 200: ParticipantViewSchema, ...errors },
      },
    },
    async (request) => {
      requireRealDates(request.body.validFrom, request.body.validTo ?? undefined);
      return addMembershipTo(db, request.actor, request.params.id, request.body);
    },
  );

  app.post(
    '/memberships/:id/end',
    {
      config: records('registry.enrol'),
      schema: {
        tags: ['registry'],
        summary:
          'Akhiri kepesertaan pada hari terakhir terlindungi / end a membership on its last protected day',
        params: IdParams,
        body: EndMembershipSchema,
        response: { 200: ParticipantViewSchema, ...errors },
      },
    },
    async (request) => {
      requireRealDates(request.body.validTo);
      return endMembershipOf(db, request.actor, request.params.id, request.body);
    },
  );

  app.post(
    '/employers',
    {
      config: records('employers.manage'),
      schema: {
        tags: ['registry'],
        summary: 'Daftarkan pemberi kerja / register an employer',
        body: EmployerInputSchema,
        response: { 201: EmployerViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      requireRealDates(request.body.activeFrom);
      return reply.status(201).send(await registerEmployer(db, request.actor, request.body));
    },
  );

  app.get(
    '/employers/:id',
    {
      config: records('registry.read'),
      schema: {
        tags: ['registry'],
        summary: 'Satu pemberi kerja: status dan jumlah pekerja aktif / one employer',
        params: IdParams,
        response: { 200: EmployerViewSchema, ...errors },
      },
    },
    async (request) => getEmployer(db, request.actor, request.params.id),
  );

  app.get(
    '/employers/:id/workers',
    {
      config: records('registry.read'),
      schema: {
        tags: ['registry'],
        summary: 'Pekerja PU aktif pemberi kerja (disamarkan) / active PU workforce (masked)',
        params: IdParams,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            workers: Type.Array(
              Type.Object({
                membershipId: Type.Integer(),
                participantId: Type.Integer(),
                kpj: Type.String(),
                nik: Type.String(),
                name: Type.String(),
                programs: Type.Array(Type.String()),
                validFrom: Type.String(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => employerWorkers(db, request.actor, request.params.id),
  );

  app.post(
    '/employers/:id/status',
    {
      config: records('employers.manage'),
      schema: {
        tags: ['registry'],
        summary: 'Status baru sejak tanggal (tutup mengakhiri kepesertaan PU) / a new status from a date',
        params: IdParams,
        body: Type.Object(
          {
            status: StringEnum(['active', 'arrears', 'closed']),
            from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: EmployerViewSchema, ...errors },
      },
    },
    async (request) => {
      requireRealDates(request.body.from);
      return changeEmployerStatus(db, request.actor, request.params.id, request.body);
    },
  );
};
