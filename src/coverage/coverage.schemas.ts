import Type from 'typebox';
import {
  BasisCode,
  Count,
  MonthText,
  Nullable,
  RegionCodeText,
  RegionSummary,
  RupiahInt,
  StringEnum,
} from '../shared/schemas.ts';

export const Segments = Type.Object({
  PU: Count,
  BPU: Count,
  JAKON: Count,
  PMI: Count,
  UNSPECIFIED: Type.Optional(Count),
});

/** `full` inside the reader's scope; `public`: headline figures only (docs/access.md). */
export const Visibility = StringEnum(['full', 'public']);

export const Note = Type.Object({ code: Type.String(), message: Type.String(), messageEn: Type.String() });

export const ActiveSource = Type.Object({
  kind: StringEnum(['import', 'registry', 'mixed', 'none']),
  origin: StringEnum(['reported', 'children', 'none']),
  label: Type.String(),
  labelEn: Type.String(),
  importId: Nullable(Type.Integer()),
  reportingChildren: Nullable(Type.Integer()),
  childrenTotal: Type.Integer(),
  complete: Type.Boolean(),
  isDemo: Type.Boolean(),
});

export const WorkforceSource = Type.Object({
  datasetKey: Type.String(),
  datasetName: Type.String(),
  basis: Type.String(),
  referenceMonth: MonthText,
  source: Type.String(),
  origin: StringEnum(['reported', 'children']),
  note: Nullable(Type.String()),
  isDemo: Type.Boolean(),
});

export const TargetSource = Type.Object({
  year: Type.Integer(),
  basis: Nullable(Type.String()),
  source: Type.String(),
  note: Nullable(Type.String()),
});

/** One region in one month: the row of children tables, rankings and trends. */
export const CoverageRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  month: MonthText,
  workforce: Nullable(Count),
  active: Nullable(Count),
  coveragePct: Nullable(Type.Number()),
  targetPct: Nullable(Type.Number()),
  targetYear: Nullable(Type.Integer()),
  gapWorkers: Nullable(Count),
  gapMonthlyCost: Nullable(RupiahInt),
  segments: Nullable(Segments),
  rank: Nullable(Type.Integer()),
  complete: Type.Boolean(),
  estimated: Type.Boolean({
    description: 'A figure is a derived estimate or demo data / ada angka estimasi atau demo',
  }),
});
export type CoverageRow = Type.Static<typeof CoverageRow>;

export const CostLine = Type.Object({
  program: Type.String(),
  base: Nullable(RupiahInt),
  rateBp: Nullable(Type.Integer()),
  amount: RupiahInt,
  parameterCode: Type.String(),
  legalBasis: Type.String(),
  article: Nullable(Type.String()),
  explanation: Type.Object({ id: Type.String(), en: Type.String() }),
});

export const CoverageReport = Type.Object(
  {
    region: RegionSummary,
    ancestors: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() })),
    month: MonthText,
    basis: BasisCode,
    basisName: Type.String(),
    basisNameEn: Type.String(),
    workforce: Nullable(Count),
    active: Nullable(Count),
    coveragePct: Nullable(Type.Number({ description: 'Persen, 2 desimal / percent, 2 decimals' })),
    targetPct: Nullable(Type.Number()),
    targetYear: Nullable(Type.Integer()),
    targetWorkers: Nullable(Count),
    gapWorkers: Nullable(Count),
    gapMonthlyCost: Nullable(RupiahInt),
    gapYearlyCost: Nullable(RupiahInt),
    costPerWorkerMonth: Nullable(RupiahInt),
    costExplanation: Type.Array(CostLine),
    segments: Nullable(Segments),
    rank: Nullable(Type.Integer()),
    rankOf: Nullable(Type.Integer()),
    change: Nullable(
      Type.Object({
        fromMonth: MonthText,
        fromActive: Count,
        toActive: Count,
        activeChange: Type.Integer(),
        activeChangePct: Nullable(Type.Number()),
        coveragePctChange: Nullable(Type.Number({ description: 'Poin persen / percentage points' })),
      }),
    ),
    source: Type.Object({
      active: ActiveSource,
      workforce: Nullable(WorkforceSource),
      target: Nullable(TargetSource),
    }),
    notes: Type.Array(Note),
    isDemo: Type.Boolean(),
    children: Type.Array(CoverageRow),
    trend: Type.Array(CoverageRow),
    visibility: Visibility,
  },
  { $id: 'CoverageReport' },
);
/** What the service computes; the route adds `visibility` for the reader (coverage.visibility.ts). */
export type CoverageReport = Omit<Type.Static<typeof CoverageReport>, 'visibility'>;

export const CoverageQuery = Type.Object({
  month: Type.Optional(MonthText),
  basis: Type.Optional(BasisCode),
  compare: Type.Optional(MonthText),
});

export const RegionParams = Type.Object({ regionCode: RegionCodeText });

export const RankingQuery = Type.Object({
  month: Type.Optional(MonthText),
  basis: Type.Optional(BasisCode),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  order: Type.Optional(StringEnum(['desc', 'asc'])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const RankingResponse = Type.Object({
  region: RegionSummary,
  visibility: Visibility,
  month: MonthText,
  basis: BasisCode,
  level: Type.Integer(),
  total: Type.Integer(),
  withCoverage: Type.Integer(),
  rows: Type.Array(CoverageRow),
});
export type RankingResponse = Omit<Type.Static<typeof RankingResponse>, 'visibility'>;
