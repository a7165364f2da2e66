import type { RegionFamily } from '../regions/regions.repo.ts';
import { gapCost, governmentPaidBpuCostOrNull } from '../regulations/bpu-cost.rules.ts';
import type { RegulationParameter } from '../regulations/parameters.rules.ts';
import { addMonths, type Month } from '../shared/month.ts';
import type { Target } from '../targets/targets.rules.ts';
import type { WorkforceBasis } from '../workforce/workforce.repo.ts';
import type { WorkforceCandidate } from '../workforce/workforce.rules.ts';
import { type CoverageFigures, type CoverageNote, figuresFor } from './coverage.figures.ts';
import type { BatchLabel } from './coverage.repo.ts';
import { regionSummary, toRow } from './coverage.rows.ts';
import { type ActiveFigure, activeChange, rankAmong, ranksOf, targetWorkers } from './coverage.rules.ts';
import type { CoverageReport } from './coverage.schemas.ts';
import { activeSourceOf, workforceSourceOf } from './coverage.sources.ts';

/** Everything the report is built from, already read from the database. */
export interface ReportInput {
  readonly family: RegionFamily;
  readonly month: Month;
  readonly compareMonth: Month;
  readonly basis: WorkforceBasis;
  readonly history: readonly (ActiveFigure & { batch: BatchLabel | null })[];
  readonly activeNow: ReadonlyMap<string, ActiveFigure>;
  readonly candidates: ReadonlyMap<string, WorkforceCandidate[]>;
  readonly targets: ReadonlyMap<string, Target[]>;
  readonly parameters: readonly RegulationParameter[];
}

/** Change in active participants; only between two complete counts, or it would be an artefact of reporting. */
function changeOf(
  own: CoverageFigures,
  before: CoverageFigures | null,
  compareMonth: Month,
): CoverageReport['change'] {
  if (!before?.active || !own.active || !before.activeComplete || !own.activeComplete) return null;
  const points =
    own.coverageBp !== null && before.coverageBp !== null ? (own.coverageBp - before.coverageBp) / 100 : null;
  return { ...activeChange(compareMonth, before.active.total, own.active.total), coveragePctChange: points };
}

const twelveMonthsFrom = (month: Month): Month[] => Array.from({ length: 12 }, (_, i) => addMonths(month, i));

const NO_COST_NOTE: CoverageNote = {
  code: 'NO_COST_PARAMETERS',
  message:
    'Belum ada parameter iuran BPU (JKK, JKM, penghasilan terendah) untuk periode ini; biaya tidak dihitung',
  messageEn: 'No BPU contribution parameters (JKK, JKM, income floor) for this period yet; cost not computed',
};

/** Assembles the coverage report (pure: every input was read before). */
export function assembleReport(input: ReportInput): CoverageReport {
  const { family, month, basis, parameters } = input;
  const { region } = family;
  const at = (m: Month, active: ActiveFigure | null, code: string, r = region) =>
    figuresFor(r, m, basis.code, active, input.candidates.get(code) ?? [], input.targets.get(code) ?? []);
  const own = at(month, input.activeNow.get(region.code) ?? null, region.code);
  const siblings = family.siblings.map((s) => at(month, input.activeNow.get(s.code) ?? null, s.code, s));
  const rank = rankAmong(
    siblings.map((f) => ({ code: f.region.code, coverageBp: f.coverageBp })),
    region.code,
  );
  const children = family.children.map((c) => at(month, input.activeNow.get(c.code) ?? null, c.code, c));
  const childRanks = ranksOf(children.map((f) => ({ code: f.region.code, coverageBp: f.coverageBp })));
  const ownBatch = input.history.find((h) => h.month === month)?.batch ?? null;
  const before = input.history.find((h) => h.month === input.compareMonth) ?? null;
  const cost = governmentPaidBpuCostOrNull(parameters, month);
  const yearlyCost =
    own.gapWorkers === null ? null : gapCost(parameters, twelveMonthsFrom(month), own.gapWorkers);
  const row = toRow(own, rank?.rank ?? null, parameters);
  return {
    region: regionSummary(region),
    month,
    workforce: row.workforce,
    active: row.active,
    coveragePct: row.coveragePct,
    targetPct: row.targetPct,
    targetYear: row.targetYear,
    gapWorkers: row.gapWorkers,
    gapMonthlyCost: row.gapMonthlyCost,
    segments: row.segments,
    rank: row.rank,
    ancestors: family.ancestors.map((a) => ({ code: a.code, name: a.name, level: a.level })),
    basis: basis.code,
    basisName: basis.nameId,
    basisNameEn: basis.nameEn,
    targetWorkers:
      own.target && own.workforce ? targetWorkers(own.target.targetBp, own.workforce.workforce) : null,
    gapYearlyCost: yearlyCost,
    costPerWorkerMonth: cost?.amount ?? null,
    costExplanation: cost ? [...cost.lines] : [],
    rankOf: rank?.of ?? null,
    change: changeOf(own, before ? at(input.compareMonth, before, region.code) : null, input.compareMonth),
    source: {
      active: activeSourceOf(own, ownBatch),
      workforce: workforceSourceOf(own.workforce),
      target: own.target
        ? { year: own.target.year, basis: own.target.basis, source: own.target.source, note: own.target.note }
        : null,
    },
    notes: cost ? own.notes : [...own.notes, NO_COST_NOTE],
    isDemo: Boolean(ownBatch?.isDemo || own.workforce?.isDemo),
    children: children.map((f) => toRow(f, childRanks.get(f.region.code) ?? null, parameters)),
    trend: input.history.map((h) => toRow(at(h.month, h, region.code), null, parameters)),
  };
}
