import Type from 'typebox';
import { Nullable } from '../shared/schemas.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Text = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f]*$' });

/** POST /projects: a Jakon (construction) project under a contractor registered as an employer. */
export const ProjectInputSchema = Type.Object(
  {
    projectNumber: Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9./_-]+$' }),
    name: Text(200),
    contractorNpp: Type.String({ minLength: 1, maxLength: 20 }),
    contractValue: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000 }),
    startsOn: IsoDate,
    endsOn: IsoDate,
    villageCode: Type.String({ maxLength: 13 }),
  },
  { additionalProperties: false },
);

export const ProjectSummarySchema = Type.Object({
  id: Type.Integer(),
  projectNumber: Type.String(),
  name: Type.String(),
  contractor: Type.Object({ id: Type.Integer(), npp: Type.String(), name: Type.String() }),
  contractValue: Type.Integer(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  villageCode: Type.String(),
  activeWorkers: Type.Integer(),
});

const ProjectWorkerSchema = Type.Object({
  membershipId: Type.Integer(),
  participantId: Type.Integer(),
  kpj: Type.String(),
  nik: Type.String(),
  name: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});

const BillSummarySchema = Type.Object({
  id: Type.Integer(),
  month: Type.String(),
  kind: Type.String(),
  segment: Type.String(),
  payerKey: Type.String(),
  amount: Type.Integer(),
  paid: Type.Integer(),
  outstanding: Type.Integer(),
  dueOn: Type.String(),
  settledOn: Nullable(Type.String()),
  status: Type.String(),
  overdue: Type.Boolean(),
});

/** GET /projects/:id: the contract, its workers (masked) and its bills. */
export const ProjectViewSchema = Type.Object({
  ...ProjectSummarySchema.properties,
  workers: Type.Array(ProjectWorkerSchema),
  bills: Type.Array(BillSummarySchema),
});
