import Type from 'typebox';
import { Bilingual, MonthText, Nullable, StringEnum } from '../shared/schemas.ts';

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const BillSchema = Type.Object({
  id: Type.Integer(),
  month: Type.String(),
  kind: StringEnum(['contribution', 'fine']),
  segment: Type.String(),
  payerKey: Type.String(),
  payerKind: Type.String(),
  employerId: Nullable(Type.Integer()),
  projectId: Nullable(Type.Integer()),
  participantId: Nullable(Type.Integer()),
  regionCode: Type.String(),
  amount: Type.Integer(),
  paid: Type.Integer(),
  outstanding: Type.Integer(),
  dueOn: Type.String(),
  settledOn: Nullable(Type.String()),
  status: StringEnum(['open', 'partial', 'paid']),
  overdue: Type.Boolean(),
  lineCount: Type.Integer(),
});

export const BillDetailSchema = Type.Intersect([
  BillSchema,
  Type.Object({
    lines: Type.Array(
      Type.Object({
        membershipId: Type.Integer(),
        participantId: Type.Integer(),
        name: Type.String(),
        nik: Type.String(),
        coversFrom: Type.String(),
        coversTo: Type.String(),
        base: Nullable(Type.Integer()),
        employer: Type.Integer(),
        worker: Type.Integer(),
        government: Type.Integer(),
        other: Type.Integer(),
        amount: Type.Integer(),
      }),
    ),
    allocations: Type.Array(
      Type.Object({
        id: Type.Integer(),
        paymentId: Type.Integer(),
        amount: Type.Integer(),
        paidOn: Type.String(),
        at: Type.String(),
      }),
    ),
  }),
]);

export const BillQuery = Type.Object(
  {
    employerId: Type.Optional(Id),
    participantId: Type.Optional(Id),
    projectId: Type.Optional(Id),
    payerKey: Type.Optional(Type.String({ minLength: 3, maxLength: 300 })),
    month: Type.Optional(MonthText),
    status: Type.Optional(StringEnum(['open', 'paid'])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);

const Problem = Type.Object({
  code: Type.String(),
  membershipId: Nullable(Type.Integer()),
  message: Bilingual,
});

export const RunResultSchema = Type.Object({
  runId: Type.Integer(),
  month: Type.String(),
  bills: Type.Integer(),
  lines: Type.Integer(),
  total: Type.Integer(),
  fines: Type.Object({ bills: Type.Integer(), total: Type.Integer() }),
  alreadyBilled: Type.Integer(),
  problemCount: Type.Integer(),
  problems: Type.Array(Problem),
  durationMs: Type.Integer(),
  phases: Type.Record(Type.String(), Type.Integer()),
});

export const RunSchema = Type.Object({
  id: Type.Integer(),
  month: Type.String(),
  asOf: Type.String(),
  actor: Type.String(),
  bills: Type.Integer(),
  lines: Type.Integer(),
  total: Type.Integer(),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});

const UsedParameterSchema = Type.Object({
  code: Type.String(),
  value: Type.Number(),
  unit: Type.String(),
  effectiveFrom: Type.String(),
  effectiveTo: Nullable(Type.String()),
  legalBasis: Type.String(),
  article: Nullable(Type.String()),
  confidence: Type.String(),
});

export const RunDetailSchema = Type.Intersect([
  RunSchema,
  Type.Object({ parameters: Type.Array(UsedParameterSchema) }),
]);

const Money = Type.Integer();
export const AccountSchema = Type.Object({
  employerId: Type.Integer(),
  npp: Type.String(),
  name: Type.String(),
  standing: Nullable(Type.Object({ status: Type.String(), since: Type.String() })),
  totals: Type.Object({ contribution: Money, fines: Money, paid: Money, outstanding: Money, overdue: Money }),
  months: Type.Array(
    Type.Object({
      month: Type.String(),
      contribution: Money,
      fines: Money,
      paid: Money,
      outstanding: Money,
      overdue: Money,
    }),
  ),
});

export const LapseResultSchema = Type.Object({
  asOf: Type.String(),
  lapsed: Type.Array(
    Type.Object({
      membershipId: Type.Integer(),
      participantId: Type.Integer(),
      validTo: Type.String(),
      firstUnpaidMonth: Type.String(),
    }),
  ),
});
