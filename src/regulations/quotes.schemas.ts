import Type from 'typebox';
import { Bilingual, MonthText, Nullable } from '../shared/schemas.ts';
import { BENEFIT_FIELDS } from './benefits/benefit.quote.ts';
import {
  BPU_PAYERS,
  BPU_SECTORS,
  PMI_STAGES,
  PU_INDUSTRIES,
  SEGMENTS,
} from './contributions/contribution.types.ts';

const oneOf = (values: readonly string[], id: string, en: string) =>
  Type.String({ description: `${id} / ${en}: ${values.join(' | ')}` });

/**
 * Types only: ranges, enums and which option fits which segment are checked by the engine's own
 * validator, so the API and the CLI give the same bilingual message for the same mistake.
 */
export const ContributionBody = Type.Object(
  {
    segment: oneOf(SEGMENTS, 'Segmen', 'Segment'),
    month: MonthText,
    wage: Type.Optional(Type.Integer({ description: 'Upah sebulan (PU, Jakon) / monthly wage' })),
    jkkGroup: Type.Optional(Type.Integer({ description: 'Kelompok risiko JKK 1–5 / JKK risk group' })),
    industry: Type.Optional(
      oneOf(PU_INDUSTRIES, 'Industri (diskon PP 7/2025)', 'Industry (PP 7/2025 discount)'),
    ),
    workers: Type.Optional(
      Type.Integer({ description: 'Pekerja aktif pemberi kerja / active workers of the employer' }),
    ),
    jkkArrears: Type.Optional(
      Type.Boolean({ description: 'JKK menunggak s.d. Jan 2025 / JKK in arrears up to Jan 2025' }),
    ),
    income: Type.Optional(Type.Integer({ description: 'Penghasilan BPU / declared BPU income' })),
    jht: Type.Optional(Type.Boolean({ description: 'Ikut JHT (BPU, PMI) / with JHT' })),
    sector: Type.Optional(oneOf(BPU_SECTORS, 'Sektor BPU', 'BPU sector')),
    payer: Type.Optional(oneOf(BPU_PAYERS, 'Pembayar BPU', 'BPU payer')),
    contractValue: Type.Optional(
      Type.Integer({ description: 'Nilai kontrak Jakon sebelum PPN / contract value before VAT' }),
    ),
    stage: Type.Optional(oneOf(PMI_STAGES, 'Tahap PMI', 'PMI stage')),
    contractMonths: Type.Optional(
      Type.Integer({ description: 'Lama kontrak PMI (bulan) / PMI contract months' }),
    ),
    jhtAmount: Type.Optional(
      Type.Integer({ description: 'Iuran JHT PMI per bulan / PMI monthly JHT amount' }),
    ),
  },
  { additionalProperties: false },
);

const UsedParameterSchema = Type.Object({
  code: Type.String(),
  value: Type.Integer(),
  unit: Type.String(),
  effectiveFrom: Type.String(),
  effectiveTo: Nullable(Type.String()),
  legalBasis: Type.String(),
  article: Nullable(Type.String()),
  confidence: Type.String(),
});

const Rounding = Type.Object({ code: Type.String(), id: Type.String(), en: Type.String() });

const RateMap = Type.Object({
  employer: Type.Optional(Type.Integer()),
  worker: Type.Optional(Type.Integer()),
  government: Type.Optional(Type.Integer()),
  other: Type.Optional(Type.Integer()),
});

export const ContributionQuoteSchema = Type.Object({
  segment: Type.String(),
  month: Type.String(),
  asOf: Type.String({
    description: 'Tanggal parameter dibaca (hari terakhir bulan iuran) / date parameters were read',
  }),
  lines: Type.Array(
    Type.Object({
      program: Type.String(),
      covers: Type.Array(Type.String()),
      employer: Type.Integer(),
      worker: Type.Integer(),
      government: Type.Integer(),
      other: Type.Integer(),
      amount: Type.Integer(),
      base: Nullable(Type.Integer()),
      cap: Nullable(Type.Integer()),
      capApplied: Type.Boolean(),
      rates: RateMap,
      discount: Nullable(
        Type.Object({ rateBp: Type.Integer(), amount: Type.Integer(), legalBasis: Type.String() }),
      ),
      legalBasis: Type.Array(Type.String()),
      explanation: Bilingual,
    }),
  ),
  allocations: Type.Array(
    Type.Object({
      from: Type.String(),
      to: Type.String(),
      amount: Type.Integer(),
      base: Type.Integer(),
      rateBp: Type.Integer(),
      legalBasis: Type.String(),
      explanation: Bilingual,
    }),
  ),
  totals: Type.Object({
    employer: Type.Integer(),
    worker: Type.Integer(),
    government: Type.Integer(),
    other: Type.Integer(),
  }),
  total: Type.Integer(),
  notes: Type.Array(Bilingual),
  parameters: Type.Array(UsedParameterSchema),
  rounding: Rounding,
  parameterSource: Type.String(),
});

export const FineBody = Type.Object(
  {
    amount: Type.Integer({
      minimum: 0,
      maximum: 1_000_000_000_000_000,
      description: 'Iuran yang terlambat / unpaid contribution',
    }),
    monthsLate: Type.Integer({ minimum: 0, maximum: 600 }),
    month: Type.Optional(MonthText),
  },
  { additionalProperties: false },
);

export const FineQuoteSchema = Type.Object({
  amount: Type.Integer(),
  monthsLate: Type.Integer(),
  month: Type.String(),
  months: Type.Array(Type.Object({ month: Type.String(), rateBp: Type.Integer() })),
  total: Type.Integer(),
  legalBasis: Type.Array(Type.String()),
  explanation: Bilingual,
  parameters: Type.Array(UsedParameterSchema),
  rounding: Rounding,
  parameterSource: Type.String(),
});

export { Rounding, UsedParameterSchema };

const fieldSchema = (field: (typeof BENEFIT_FIELDS)[number]) => {
  const description = `${field.description.id} / ${field.description.en}`;
  if (field.kind === 'int') return Type.Integer({ description });
  if (field.kind === 'json')
    return Type.Array(
      Type.Object(
        { level: Type.String(), years: Type.Optional(Type.Integer()) },
        { additionalProperties: false },
      ),
      { description },
    );
  if (field.kind === 'date') return Type.String({ description: `${description} (YYYY-MM-DD)` });
  return Type.String({ description: `${description}: ${field.values?.join(' | ') ?? ''}` });
};

/** Generated from the engine's field list, so a new benefit input needs no second edit here. */
export const BenefitBody = Type.Object(
  Object.fromEntries(
    BENEFIT_FIELDS.map((field) => [
      field.name,
      field.name === 'benefit' ? fieldSchema(field) : Type.Optional(fieldSchema(field)),
    ]),
  ) as Record<string, Type.TSchema>,
  { additionalProperties: false, required: ['benefit'] },
);

export const BenefitQuoteSchema = Type.Object(
  {
    benefit: Type.String(),
    asOf: Type.String(),
    eligible: Type.Boolean(),
    total: Type.Integer(),
    monthly: Type.Optional(Type.Integer()),
    pensionAge: Type.Optional(Type.Integer()),
    components: Type.Array(
      Type.Object({ code: Type.String(), label: Bilingual, amount: Type.Integer(), explanation: Bilingual }),
    ),
    conditions: Type.Array(Type.Object({ code: Type.String(), met: Type.Boolean(), explanation: Bilingual })),
    notes: Type.Array(Bilingual),
    parameters: Type.Array(UsedParameterSchema),
    rounding: Rounding,
    parameterSource: Type.String(),
  },
  { additionalProperties: true },
);
