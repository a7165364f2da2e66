import Type from 'typebox';
import type { Permission } from '../auth/permissions.ts';
import { today } from '../http/clock.ts';
import type { RoutePlugin } from '../http/deps.ts';
import { isIsoDate } from '../shared/dates.ts';
import { AppError, type Bilingual, validationFailed } from '../shared/errors.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { PaymentBatcher } from './payments.batch.ts';
import { allocationsOf, findPayment } from './payments.reads.ts';
import {
  BalanceSchema,
  IdempotencyKeyText,
  ListQuerySchema,
  PayerKeyText,
  PaymentBodySchema,
  PaymentViewSchema,
  PostedPaymentSchema,
  ReverseBodySchema,
} from './payments.schemas.ts';
import { type PaymentInput, type PostedDetail, reversePayment } from './payments.service.ts';
import { getPayment, listPayments, type PaymentView, payerBalance, paymentView } from './payments.view.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 }) });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const records = (permission: Permission) => ({ access: { permission, scope: 'records' } }) as const;

/** The key from the body or, when the body has none, the `Idempotency-Key` header; both must agree. */
function idempotencyKeyOf(body: string | undefined, header: string | string[] | undefined): string {
  const fromHeader = typeof header === 'string' ? header.trim() : undefined;
  if (body !== undefined && fromHeader !== undefined && body !== fromHeader) {
    throw new AppError('VALIDATION_FAILED', {
      id: 'Kunci idempoten di badan dan di header Idempotency-Key berbeda',
      en: 'The idempotency key in the body differs from the Idempotency-Key header',
    });
  }
  const key = body ?? fromHeader;
  if (key === undefined || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new AppError('VALIDATION_FAILED', {
      id: 'Kunci idempoten wajib (idempotencyKey atau header Idempotency-Key; 1–200 karakter ASCII)',
      en: 'An idempotency key is required (idempotencyKey or the Idempotency-Key header; 1–200 ASCII characters)',
    });
  }
  return key;
}

function dateProblems(dates: Record<string, string | undefined>, latest?: string): Bilingual[] {
  const problems: Bilingual[] = [];
  for (const [field, value] of Object.entries(dates)) {
    if (value === undefined) continue;
    if (!isIsoDate(value))
      problems.push({ id: `${field}: tanggal ${value} tidak ada`, en: `${field}: no such date ${value}` });
    else if (latest !== undefined && value > latest)
      problems.push({ id: `${field}: ${value} belum terjadi`, en: `${field}: ${value} is in the future` });
  }
  return problems;
}

/** A payment just posted, as GET /payments/:id would show it, from what the post already knows. */
function freshView(id: number, input: PaymentInput, detail: PostedDetail): PaymentView {
  return {
    id,
    idempotencyKey: input.idempotencyKey,
    payerKey: input.payerKey,
    amount: input.amount,
    paidOn: input.paidOn,
    channel: input.channel ?? null,
    reference: input.reference ?? null,
    receivedAt: (detail.receivedAt as Date).toISOString(),
    reversed: false,
    reversedAt: null,
    reversalReason: null,
    allocated: input.amount - detail.result.unallocated,
    unallocated: detail.result.unallocated,
    allocations: detail.allocations.map((a) => ({
      billId: a.billId,
      month: a.month.slice(0, 7),
      kind: a.kind,
      amount: a.amount,
      source: 'payment' as const,
    })),
  };
}

/** Payments (issue 6): post with an idempotency key, read, reverse, and a payer's balance. */
export const paymentRoutes: RoutePlugin = async (app, { deps }) => {
  const db = deps.database.db;
  const batcher = new PaymentBatcher(db);

  app.post(
    '/payments',
    {
      config: records('payments.post'),
      schema: {
        tags: ['payments'],
        summary: 'Bukukan pembayaran (idempoten) / post a payment (idempotent)',
        headers: Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKeyText) }),
        body: PaymentBodySchema,
        response: { 200: PostedPaymentSchema, 201: PostedPaymentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const idempotencyKey = idempotencyKeyOf(body.idempotencyKey, request.headers['idempotency-key']);
      const problems = dateProblems({ paidOn: body.paidOn }, today(deps.clock));
      if (problems.length > 0) throw validationFailed(problems);
      // The batcher checks that the actor may see the payer (404 otherwise), for its whole batch at once.
      const input = { ...body, idempotencyKey };
      const detail = await batcher.post(request.actor, input);
      const id = detail.result.paymentId;
      let posted: PaymentView & { replayed: boolean };
      if (detail.receivedAt !== null) posted = { replayed: false, ...freshView(id, input, detail) };
      else {
        // A replay answers the payment as it stands now (its later credit or reversal included).
        const payment = await findPayment(db, id);
        if (!payment) throw new Error(`payment ${id} not readable after posting`);
        posted = { replayed: true, ...paymentView(payment, await allocationsOf(db, [id])) };
      }
      return reply.status(posted.replayed ? 200 : 201).send(posted);
    },
  );

  app.get(
    '/payments',
    {
      config: records('registry.read'),
      schema: {
        tags: ['payments'],
        summary: 'Pembayaran satu pembayar / one payer’s payments (newest first)',
        querystring: ListQuerySchema,
        response: { 200: Type.Object({ payments: Type.Array(PaymentViewSchema) }), ...errors },
      },
    },
    async (request) => {
      const { payerKey, from, to, limit } = request.query;
      const problems = dateProblems({ from, to });
      if (problems.length > 0) throw validationFailed(problems);
      return { payments: await listPayments(db, request.actor, { payerKey, from, to, limit: limit ?? 200 }) };
    },
  );

  app.get(
    '/payments/:id',
    {
      config: records('registry.read'),
      schema: {
        tags: ['payments'],
        summary: 'Satu pembayaran dengan alokasinya / one payment with its allocations',
        params: IdParams,
        response: { 200: PaymentViewSchema, ...errors },
      },
    },
    async (request) => getPayment(db, request.actor, request.params.id),
  );

  app.post(
    '/payments/:id/reverse',
    {
      config: records('payments.reverse'),
      schema: {
        tags: ['payments'],
        summary: 'Batalkan pembayaran dengan alasan / reverse a payment, with a reason',
        params: IdParams,
        body: ReverseBodySchema,
        response: { 200: PaymentViewSchema, ...errors },
      },
    },
    async (request) => {
      await getPayment(db, request.actor, request.params.id);
      await reversePayment(db, request.actor, request.params.id, request.body.reason, today(deps.clock));
      return getPayment(db, request.actor, request.params.id);
    },
  );

  app.get(
    '/payers/:payerKey/balance',
    {
      config: records('registry.read'),
      schema: {
        tags: ['payments'],
        summary: 'Saldo pembayar: tagihan, terbayar, tunggakan, kredit / a payer’s balance',
        params: Type.Object({ payerKey: PayerKeyText }),
        response: { 200: BalanceSchema, ...errors },
      },
    },
    async (request) => payerBalance(db, request.actor, request.params.payerKey),
  );
};
