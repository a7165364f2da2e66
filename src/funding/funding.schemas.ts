import Type from 'typebox';
import {
  Bilingual,
  Count,
  MonthText,
  Nullable,
  RegionCodeText,
  RupiahInt,
  StringEnum,
} from '../shared/schemas.ts';
import { FUNDER_KINDS, FUNDING_SOURCES, FUNDING_STATUSES, POVERTY_LEVELS } from './funding.rules.ts';

const Code = Type.String({
  pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$',
  description: 'Kode program / program code',
});
const Programs = Type.Array(StringEnum(['JKK', 'JKM', 'JHT'] as const), { minItems: 2, maxItems: 3 });

export const ProgramInput = Type.Object(
  {
    code: Code,
    name: Type.String({ minLength: 3, maxLength: 200 }),
    funderKind: StringEnum(FUNDER_KINDS),
    funderName: Type.String({ minLength: 2, maxLength: 200 }),
    regionCode: RegionCodeText,
    source: StringEnum(FUNDING_SOURCES),
    fiscalYear: Type.Integer({ minimum: 2015, maximum: 2100 }),
    budget: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000 }),
    programs: Type.Optional(Programs),
    declaredIncome: Type.Optional(Type.Integer({ minimum: 1 })),
    periodFrom: MonthText,
    periodTo: MonthText,
    eligibleVillages: Type.Optional(Nullable(Type.Array(RegionCodeText, { maxItems: 5000 }))),
    eligibleOccupations: Type.Optional(
      Nullable(Type.Array(Type.String({ maxLength: 80 }), { maxItems: 100 })),
    ),
    povertyLevels: Type.Optional(Nullable(Type.Array(StringEnum(POVERTY_LEVELS), { maxItems: 3 }))),
    legalBasis: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    status: Type.Optional(StringEnum(FUNDING_STATUSES)),
  },
  { additionalProperties: false },
);
export type ProgramInput = Type.Static<typeof ProgramInput>;

export const ProgramPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
    budget: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000 })),
    status: Type.Optional(StringEnum(FUNDING_STATUSES)),
    legalBasis: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type ProgramPatch = Type.Static<typeof ProgramPatch>;

export const ProgramSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  funderKind: Type.String(),
  funderName: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  source: Type.String(),
  fiscalYear: Type.Integer(),
  budget: RupiahInt,
  programs: Type.Array(Type.String()),
  declaredIncome: RupiahInt,
  periodFrom: MonthText,
  periodTo: MonthText,
  eligibleVillages: Nullable(Type.Array(Type.String())),
  eligibleOccupations: Nullable(Type.Array(Type.String())),
  povertyLevels: Nullable(Type.Array(Type.String())),
  legalBasis: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  status: Type.String(),
  payerKind: Type.String(),
  payerKey: Type.String({ description: 'Kunci pembayar tagihan / payer key of its bills' }),
  costPerWorkerMonth: Nullable(RupiahInt),
  costPerWorker: Nullable(RupiahInt),
  capacity: Nullable(Count),
  beneficiaries: Count,
  committed: RupiahInt,
  paid: RupiahInt,
  createdAt: Type.String(),
  createdBy: Type.String(),
});
export type ProgramView = Type.Static<typeof ProgramSchema>;

export const ProgramParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
export const ProgramListQuery = Type.Object({
  region: Type.Optional(RegionCodeText),
  year: Type.Optional(Type.Integer({ minimum: 2015, maximum: 2100 })),
});

export const UsageMonth = Type.Object({
  month: MonthText,
  beneficiaries: Count,
  protectedWorkers: Count,
  billed: RupiahInt,
  paid: RupiahInt,
  outstanding: RupiahInt,
  committedToDate: RupiahInt,
  paidToDate: RupiahInt,
  budgetLeft: RupiahInt,
  workerMonthsToDate: Count,
});
export const UsageSchema = Type.Object({
  programId: Type.Integer(),
  budget: RupiahInt,
  billed: RupiahInt,
  paid: RupiahInt,
  outstanding: RupiahInt,
  projected: RupiahInt,
  budgetLeft: RupiahInt,
  workerMonths: Count,
  peopleProtected: Count,
  benefitsPaid: Nullable(RupiahInt),
  benefitsNote: Bilingual,
  months: Type.Array(UsageMonth),
});

export const BeneficiaryRow = Type.Object({
  participantId: Type.Integer(),
  kpj: Type.String(),
  nikMasked: Type.String(),
  nameMasked: Type.String(),
  villageCode: Type.String(),
  villageName: Type.String(),
  occupation: Nullable(Type.String()),
  povertyLevel: Nullable(Type.String()),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  protectedMonths: Count,
});
export const BeneficiaryQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});
export const BeneficiaryPage = Type.Object({
  total: Count,
  page: Type.Integer(),
  pageSize: Type.Integer(),
  rows: Type.Array(BeneficiaryRow),
});

/** Who pays decides the price: government budgets get no PP 50/2025 discount, CSR and others may. */
const Period = { from: MonthText, to: MonthText };
const Payer = { funderKind: Type.Optional(StringEnum(FUNDER_KINDS)) };

export const BudgetSimulationInput = Type.Object(
  {
    regionCode: RegionCodeText,
    budget: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000 }),
    ...Period,
    ...Payer,
  },
  { additionalProperties: false },
);
export const TargetSimulationInput = Type.Object(
  {
    regionCode: RegionCodeText,
    targetPct: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    ...Period,
    ...Payer,
  },
  { additionalProperties: false },
);
export const OptimizeInput = Type.Object(
  {
    regionCode: RegionCodeText,
    budget: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000_000 }),
    strategy: StringEnum(['max_coverage', 'poorest_first', 'even_districts'] as const),
    ...Period,
    ...Payer,
  },
  { additionalProperties: false },
);
export const PlanQuery = Type.Object(
  {
    region: RegionCodeText,
    targetPct: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    by: MonthText,
    program: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
    fundedWorkers: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
    fundedFrom: Type.Optional(MonthText),
    fundedTo: Type.Optional(MonthText),
  },
  { additionalProperties: false },
);

/** Answers of the simulator, optimizer and planner: their shapes are the pure rules' results. */
export const Loose = Type.Object({}, { additionalProperties: true });
