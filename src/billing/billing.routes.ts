import Type from 'typebox';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { ParticipantViewSchema } from '../registry/registry.schemas.ts';
import { loadParameterBook } from '../regulations/regulations.service.ts';
import { isIsoDate } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { ErrorBody, MonthText } from '../shared/schemas.ts';
import {
  AccountSchema,
  BillDetailSchema,
  BillQuery,
  BillSchema,
  IsoDate,
  LapseResultSchema,
  RunDetailSchema,
  RunResultSchema,
  RunSchema,
} from './billing.schemas.ts';
import { runBilling } from './billing.service.ts';
import { billingRun, billingRuns, employerAccount, getBill, listBills } from './bills.service.ts';
import { lapseUnpaidBpu, resumeBpu } from './lapse.service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const BillIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const billing = { access: { permission: 'billing.run', scope: 'none' } } as const;
const records = (permission: 'registry.read' | 'registry.enrol') =>
  ({ access: { permission, scope: 'records' } }) as const;

function requireRealDate(date: string): void {
  if (!isIsoDate(date))
    throw new AppError('VALIDATION_FAILED', { id: `Tanggal ${date} tidak ada`, en: `No such date: ${date}` });
}

/** Monthly billing, bills, employer accounts, BPU lapse and resumption (issue 6). */
export const billingRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;

  app.post(
    '/billing/runs',
    {
      config: billing,
      schema: {
        tags: ['billing'],
        summary:
          'Tagih satu bulan iuran (di wilayah pengguna) / bill one contribution month (inside your regions)',
        body: Type.Object({ month: MonthText }, { additionalProperties: false }),
        response: { 200: RunResultSchema, ...errors },
      },
    },
    async (request) =>
      runBilling(db, await loadParameterBook(db), {
        month: request.body.month,
        actor: request.actor,
        today: today(deps.clock),
      }),
  );

  app.get(
    '/billing/runs',
    {
      config: billing,
      schema: {
        tags: ['billing'],
        summary: 'Proses tagihan terakhir / latest billing runs',
        response: { 200: Type.Object({ runs: Type.Array(RunSchema) }) },
      },
    },
    async () => ({ runs: await billingRuns(db) }),
  );

  app.get(
    '/billing/runs/:id',
    {
      config: billing,
      schema: {
        tags: ['billing'],
        summary: 'Satu proses tagihan dengan parameter yang dipakai / one run with the parameters it used',
        params: IdParams,
        response: { 200: RunDetailSchema, ...errors },
      },
    },
    async (request) => billingRun(db, request.params.id),
  );

  app.get(
    '/bills',
    {
      config: records('registry.read'),
      schema: {
        tags: ['billing'],
        summary: 'Tagihan yang terlihat oleh pengguna / bills visible to you',
        querystring: BillQuery,
        response: { 200: Type.Object({ bills: Type.Array(BillSchema) }), 400: ErrorBody },
      },
    },
    async (request) => {
      const q = request.query;
      const bills = await listBills(
        db,
        request.actor,
        {
          employerId: q.employerId,
          participantId: q.participantId,
          projectId: q.projectId,
          payerKey: q.payerKey,
          month: q.month === undefined ? undefined : `${q.month}-01`,
          status: q.status,
          limit: q.limit ?? 200,
        },
        today(deps.clock),
      );
      return { bills };
    },
  );

  app.get(
    '/bills/:id',
    {
      config: records('registry.read'),
      schema: {
        tags: ['billing'],
        summary:
          'Satu tagihan: baris (disamarkan) dan alokasi pembayaran / one bill: lines (masked) and allocations',
        params: BillIdParams,
        response: { 200: BillDetailSchema, ...errors },
      },
    },
    async (request) => getBill(db, request.actor, request.params.id, today(deps.clock)),
  );

  app.get(
    '/employers/:id/account',
    {
      config: records('registry.read'),
      schema: {
        tags: ['billing'],
        summary: 'Rekening pemberi kerja: tagihan, bayar, tunggakan, denda, status / employer account',
        params: IdParams,
        response: { 200: AccountSchema, ...errors },
      },
    },
    async (request) => employerAccount(db, request.actor, request.params.id, today(deps.clock)),
  );

  app.post(
    '/billing/lapse',
    {
      config: billing,
      schema: {
        tags: ['billing'],
        summary: 'Akhiri BPU yang menunggak 3 bulan berturut-turut / lapse BPU unpaid for 3 months in a row',
        body: Type.Object({ asOf: IsoDate }, { additionalProperties: false }),
        response: { 200: LapseResultSchema, ...errors },
      },
    },
    async (request) => {
      requireRealDate(request.body.asOf);
      return lapseUnpaidBpu(db, { asOf: request.body.asOf, actor: request.actor });
    },
  );

  // A POST with the NIK in the body: personal data stays out of URLs and access logs.
  app.post(
    '/memberships/resume',
    {
      config: records('registry.enrol'),
      schema: {
        tags: ['billing'],
        summary:
          'Lanjutkan kepesertaan BPU yang berhenti, menurut NIK / resume a lapsed BPU membership by NIK',
        body: Type.Object(
          { nik: Type.String({ pattern: '^\\d{16}$' }), validFrom: IsoDate },
          { additionalProperties: false },
        ),
        response: { 200: ParticipantViewSchema, ...errors },
      },
    },
    async (request) => {
      requireRealDate(request.body.validFrom);
      return resumeBpu(db, request.actor, request.body);
    },
  );
};
