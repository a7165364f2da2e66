import Type from 'typebox';
import { Nullable, StringEnum } from '../shared/schemas.ts';
import { PAYER_KINDS, PROGRAMS, SEGMENTS } from './membership.rules.ts';
import { END_REASONS } from './memberships.service.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Text = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u001f]*$' });

export const MembershipInputSchema = Type.Object(
  {
    segment: StringEnum([...SEGMENTS]),
    employerId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
    projectId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
    payerKind: StringEnum([...PAYER_KINDS]),
    payerRef: Type.Optional(Nullable(Text(200))),
    programs: Type.Array(StringEnum([...PROGRAMS]), { minItems: 1, maxItems: 5, uniqueItems: true }),
    declaredIncome: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }))),
    occupation: Type.Optional(Nullable(Text(100))),
    placementCountry: Type.Optional(Nullable(Text(100))),
    validFrom: IsoDate,
    /** The contract's last day: PMI placements and Jakon work only. */
    validTo: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);

export const EnrolSchema = Type.Object(
  {
    nik: Type.String({ maxLength: 32 }),
    name: Text(200),
    sex: StringEnum(['F', 'M']),
    birthDate: IsoDate,
    villageCode: Type.String({ maxLength: 13 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+() -]*$' }))),
    membership: MembershipInputSchema,
  },
  { additionalProperties: false },
);

export const EndMembershipSchema = Type.Object(
  { validTo: IsoDate, reason: StringEnum([...END_REASONS]) },
  { additionalProperties: false },
);

const MembershipViewSchema = Type.Object({
  id: Type.Integer(),
  segment: Type.String(),
  employer: Nullable(Type.Object({ id: Type.Integer(), npp: Type.String(), name: Type.String() })),
  projectId: Nullable(Type.Integer()),
  placementCountry: Nullable(Type.String()),
  payerKind: Type.String(),
  payerRef: Nullable(Type.String()),
  programs: Type.Array(Type.String()),
  declaredIncome: Nullable(Type.Integer()),
  occupation: Nullable(Type.String()),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
});

export const ParticipantViewSchema = Type.Object({
  id: Type.Integer(),
  nik: Type.String(),
  kpj: Type.String(),
  name: Type.String(),
  sex: Type.String(),
  birthDate: Type.String(),
  villageCode: Type.String(),
  phone: Nullable(Type.String()),
  diedOn: Nullable(Type.String()),
  agentCode: Nullable(Type.String()),
  masked: Type.Boolean(),
  memberships: Type.Array(MembershipViewSchema),
});

export const EmployerInputSchema = Type.Object(
  {
    npp: Type.String({ maxLength: 20 }),
    name: Text(200),
    kbli: Type.Optional(Nullable(Type.String({ pattern: '^\\d{5}$' }))),
    jkkRiskGroup: Type.Integer({ minimum: 1, maximum: 5 }),
    sizeClass: StringEnum(['micro', 'small', 'medium', 'large']),
    villageCode: Type.String({ maxLength: 13 }),
    activeFrom: IsoDate,
  },
  { additionalProperties: false },
);

export const EmployerViewSchema = Type.Object({
  id: Type.Integer(),
  npp: Type.String(),
  name: Type.String(),
  kbli: Nullable(Type.String()),
  jkkRiskGroup: Type.Integer(),
  sizeClass: Type.String(),
  villageCode: Type.String(),
  status: Type.Array(
    Type.Object({ status: Type.String(), validFrom: Type.String(), validTo: Nullable(Type.String()) }),
  ),
  activeWorkers: Type.Integer(),
});
