import Type from 'typebox';
import { Nullable, RupiahInt, StringEnum } from '../shared/schemas.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Text = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f]*$' });

/** `participant:12`, `employer:3`, `project:7`, `placement:41`, `program:government:APBD-15.03`. */
export const PayerKeyText = Type.String({
  minLength: 3,
  maxLength: 250,
  pattern: '^[a-z]+:[^\\u0000-\\u001f]+$',
  description: 'Kunci pembayar / payer key (participant:<id>, employer:<id>, program:<kind>:<ref>, …)',
});

export const IdempotencyKeyText = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[\\x21-\\x7e]+$',
  description: 'Kunci idempoten / idempotency key: 1–200 ASCII characters without spaces',
});

export const PaymentBodySchema = Type.Object(
  {
    idempotencyKey: Type.Optional(IdempotencyKeyText),
    payerKey: PayerKeyText,
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000, description: 'Rupiah' }),
    paidOn: IsoDate,
    channel: Type.Optional(Nullable(Text(50))),
    reference: Type.Optional(Nullable(Text(200))),
  },
  { additionalProperties: false },
);

const AllocationSchema = Type.Object({
  billId: Type.Integer(),
  month: Type.String({ description: 'YYYY-MM' }),
  kind: Type.String(),
  amount: RupiahInt,
  source: StringEnum(['payment', 'credit', 'reversal']),
});

export const PaymentViewSchema = Type.Object({
  id: Type.Integer(),
  idempotencyKey: Type.String(),
  payerKey: Type.String(),
  amount: RupiahInt,
  paidOn: Type.String(),
  channel: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  receivedAt: Type.String(),
  reversed: Type.Boolean(),
  reversedAt: Nullable(Type.String()),
  reversalReason: Nullable(Type.String()),
  allocated: RupiahInt,
  unallocated: RupiahInt,
  allocations: Type.Array(AllocationSchema),
});

export const PostedPaymentSchema = Type.Object({
  replayed: Type.Boolean(),
  ...PaymentViewSchema.properties,
});

export const BalanceSchema = Type.Object({
  payerKey: Type.String(),
  billed: RupiahInt,
  paid: RupiahInt,
  outstanding: RupiahInt,
  credit: RupiahInt,
  openBills: Type.Integer(),
});

export const ReverseBodySchema = Type.Object(
  { reason: Type.String({ minLength: 5, maxLength: 500, pattern: '^[^\\u0000-\\u001f]*$' }) },
  { additionalProperties: false },
);

export const ListQuerySchema = Type.Object({
  payerKey: PayerKeyText,
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});
