import Type from 'typebox';
import { currentMonth } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ErrorBody } from '../shared/schemas.ts';
import {
  BeneficiaryPage,
  BeneficiaryQuery,
  BudgetSimulationInput,
  Loose,
  OptimizeInput,
  PlanQuery,
  ProgramInput,
  ProgramListQuery,
  ProgramParams,
  ProgramPatch,
  ProgramSchema,
  TargetSimulationInput,
  UsageSchema,
} from './funding.schemas.ts';
import { createProgram, requireProgram } from './funding.service.ts';
import { optimizeFor } from './optimize.service.ts';
import { planFor } from './plan.service.ts';
import { listProgramViews, programView } from './program.view.ts';
import { updateProgram } from './program-update.service.ts';
import { simulateBudgetFor, simulateTargetFor } from './simulation.service.ts';
import { beneficiaryPage, programUsage } from './usage.service.ts';

const read = { permission: 'funding.read', scope: 'records' } as const;
const manage = { permission: 'funding.manage', scope: 'records' } as const;
const tags = ['funding'];

/**
 * Funding of vulnerable workers by local governments (and CSR, zakat…): programs, their use of money
 * and beneficiaries, and the planning tools (simulator, optimizer, target planner). A program is seen
 * by accounts whose scope holds its region; the others get 404 as for a missing one. Imports and the
 * proposal exports are in funding-files.routes.ts.
 */
export const fundingRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  const context = () => ({ defaultBasis: deps.config.defaultBasis, currentMonth: currentMonth(deps.clock) });

  app.get(
    '/funding/programs',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Program pendanaan di wilayah saya / funding programs in my scope',
        querystring: ProgramListQuery,
        response: { 200: Type.Object({ programs: Type.Array(ProgramSchema) }) },
      },
    },
    async (request) => ({ programs: await listProgramViews(db, request.actor, request.query) }),
  );

  app.post(
    '/funding/programs',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Buat program pendanaan / create a funding program',
        description:
          'Checks every field at once: the period lies in the fiscal year, the budget buys at least one worker-month, the region is the funder’s and inside the scope, villages lie in it. See docs/funding.md.',
        body: ProgramInput,
        response: { 201: ProgramSchema, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await createProgram(db, request.actor, request.body)),
  );

  app.get(
    '/funding/programs/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Satu program / one program',
        params: ProgramParams,
        response: { 200: ProgramSchema, 404: ErrorBody },
      },
    },
    async (request) => programView(db, await requireProgram(db, request.actor, request.params.id)),
  );

  app.patch(
    '/funding/programs/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Ubah nama, anggaran, status / change name, budget, status',
        params: ProgramParams,
        body: ProgramPatch,
        response: { 200: ProgramSchema, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => updateProgram(db, request.actor, request.params.id, request.body),
  );

  app.get(
    '/funding/programs/:id/usage',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Penggunaan anggaran per bulan / use of the money month by month',
        params: ProgramParams,
        response: { 200: UsageSchema, 404: ErrorBody },
      },
    },
    async (request) => programUsage(db, request.actor, request.params.id),
  );

  app.get(
    '/funding/programs/:id/beneficiaries',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Penerima manfaat (NIK dan nama disamarkan) / beneficiaries (NIK and name masked)',
        params: ProgramParams,
        querystring: BeneficiaryQuery,
        response: { 200: BeneficiaryPage, 404: ErrorBody },
      },
    },
    async (request) => beneficiaryPage(db, request.actor, request.params.id, request.query),
  );

  app.post(
    '/funding/simulations/budget',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Simulasi: anggaran → pekerja dan cakupan / budget → workers and coverage',
        body: BudgetSimulationInput,
        response: { 200: Loose, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => simulateBudgetFor(db, request.actor, request.body, context()),
  );

  app.post(
    '/funding/simulations/target',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Simulasi: target → biaya / target → cost',
        body: TargetSimulationInput,
        response: { 200: Loose, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => simulateTargetFor(db, request.actor, request.body, context()),
  );

  app.post(
    '/funding/optimize',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Optimasi desa dan kelompok sasaran / choose villages and groups for a budget',
        body: OptimizeInput,
        response: { 200: Loose, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => optimizeFor(db, request.actor, request.body, context()),
  );

  app.get(
    '/funding/plan',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Perencana target / target planner',
        querystring: PlanQuery,
        response: { 200: Loose, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => planFor(db, request.actor, request.query, context()),
  );
};
