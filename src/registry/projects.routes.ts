import Type from 'typebox';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { isIsoDate } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { ProjectInputSchema, ProjectSummarySchema, ProjectViewSchema } from './projects.schemas.ts';
import { findVisibleProjects, getProject, registerProject } from './projects.service.ts';
import { protectionCalendarRoutes } from './protection-calendar.routes.ts';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Jakon projects (issue 6): register, find, one with its workers and bills; and the participant calendar. */
export const projectRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  await app.register(protectionCalendarRoutes, { deps });

  app.post(
    '/projects',
    {
      config: { access: { permission: 'employers.manage', scope: 'records' } },
      schema: {
        tags: ['registry'],
        summary: 'Daftarkan proyek Jakon / register a construction (Jakon) project',
        body: ProjectInputSchema,
        response: { 201: ProjectViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      for (const date of [request.body.startsOn, request.body.endsOn]) {
        if (!isIsoDate(date)) {
          throw new AppError('VALIDATION_FAILED', {
            id: `Tanggal ${date} tidak ada`,
            en: `No such date: ${date}`,
          });
        }
      }
      const project = await registerProject(db, request.actor, request.body, today(deps.clock));
      return reply.status(201).send(project);
    },
  );

  app.get(
    '/projects',
    {
      config: { access: { permission: 'registry.read', scope: 'records' } },
      schema: {
        tags: ['registry'],
        summary: 'Cari proyek Jakon (nomor, NPP kontraktor, awal nama) / find Jakon projects',
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Type.Object({ projects: Type.Array(ProjectSummarySchema) }), 400: ErrorBody },
      },
    },
    async (request) => ({
      projects: await findVisibleProjects(db, request.actor, request.query.q, today(deps.clock)),
    }),
  );

  app.get(
    '/projects/:id',
    {
      config: { access: { permission: 'registry.read', scope: 'records' } },
      schema: {
        tags: ['registry'],
        summary: 'Satu proyek Jakon: kontrak, pekerja (disamarkan), tagihan / one project',
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
        response: { 200: ProjectViewSchema, ...errors },
      },
    },
    async (request) => getProject(db, request.actor, request.params.id, today(deps.clock)),
  );
};
