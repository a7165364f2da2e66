import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { OptimizerResult, Strategy } from '../../../src/funding/optimizer.rules.ts';
import type { FundingAssumption, Plan, SegmentStock } from '../../../src/funding/planner.rules.ts';
import type {
  BudgetSimulation,
  MonthCost,
  RegionNow,
  TargetSimulation,
} from '../../../src/funding/simulator.rules.ts';
import type { Bilingual } from '../../../src/shared/errors.ts';
import { apiRequest, getJson } from './client.ts';
import { FUNDING_KEY } from './useFunding.ts';

export type { Bilingual, MonthCost, Strategy };

/** One program line of the regulation quote behind the month cost (JKK, JKM, JHT). */
export interface CostLine {
  program: string;
  amount: number;
  legalBasis: string;
  explanation: Bilingual;
}
export interface CostExplanation {
  lines: CostLine[];
  notes: Bilingual[];
}

/** What src/funding/simulation.service.ts adds to the pure rule's result. */
interface SimulationFrame {
  region: RegionNow;
  /** "among the regencies/cities of …" (null for a province). */
  parentName: string | null;
  dataMonth: string;
  basis: string;
  basisName: string;
  monthCosts: MonthCost[];
  cost: CostExplanation;
}
export type BudgetAnswer = BudgetSimulation & SimulationFrame;
export type TargetAnswer = TargetSimulation & SimulationFrame;

export interface PeriodBody {
  regionCode: string;
  from: string;
  to: string;
  funderKind?: string | undefined;
}

/** POST /funding/simulations/budget: a budget → workers, coverage and rank. */
export function useBudgetSimulation() {
  return useMutation<BudgetAnswer, Error, PeriodBody & { budget: number }>({
    mutationFn: (body) => apiRequest('/funding/simulations/budget', { method: 'POST', body }),
  });
}

/** POST /funding/simulations/target: a coverage target → workers and cost. */
export function useTargetSimulation() {
  return useMutation<TargetAnswer, Error, PeriodBody & { targetPct: number }>({
    mutationFn: (body) => apiRequest('/funding/simulations/target', { method: 'POST', body }),
  });
}

/** What src/funding/optimize.service.ts adds to (and names in) the optimizer's result. */
export type OptimizeAnswer = Omit<OptimizerResult, 'region'> & {
  region: OptimizerResult['region'] & { code: string; name: string; targetBp: number | null };
  dataMonth: string;
  costPerWorker: number;
  monthCosts: MonthCost[];
  /** `cost` stays the optimizer's total (rupiah); the price explanation has its own name here. */
  costExplanation: CostExplanation;
  poolsConsidered: number;
  listedAvailable: number;
};

/** POST /funding/optimize: which villages and groups a budget should protect, by a stated rule. */
export function useOptimize() {
  return useMutation<OptimizeAnswer, Error, PeriodBody & { budget: number; strategy: Strategy }>({
    mutationFn: (body) => apiRequest('/funding/optimize', { method: 'POST', body }),
  });
}

/** GET /funding/plan: the pure rule's Plan (src/funding/planner.rules.ts) + what plan.service.ts adds. */
export type PlanAnswer = Plan & {
  region: RegionNow;
  stock: SegmentStock[];
  exitWindow: { from: string; to: string } | null;
  funding: FundingAssumption | null;
  notes: Bilingual[];
};
export type PlanPoint = Plan['trajectory'][number];
export interface PlanParams {
  region: string;
  targetPct: number;
  by: string;
  program?: number | undefined;
  fundedWorkers?: number | undefined;
  fundedFrom?: string | undefined;
  fundedTo?: string | undefined;
}

/** GET /funding/plan: monthly enrolments needed to reach a target by a month (null: nothing asked). */
export function useFundingPlan(params: PlanParams | null) {
  return useQuery({
    queryKey: [FUNDING_KEY, 'plan', params],
    queryFn: ({ signal }) => getJson<PlanAnswer>('/funding/plan', { ...params }, signal),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
