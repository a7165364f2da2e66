import type { Actor } from '../auth/actor.ts';
import type { CoverageContext } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { type Month, requireMonth } from '../shared/month.ts';
import { exitCounts, exitWindow } from './exit-rates.repo.ts';
import { protectedBeneficiaries } from './funding.repo.ts';
import { requireProgram } from './funding.service.ts';
import { type FundingAssumption, planToTarget, type SegmentStock } from './planner.rules.ts';
import { programView } from './program.view.ts';
import { regionSnapshot } from './snapshot.service.ts';

const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;

export interface PlanInput {
  readonly region: string;
  readonly targetPct: number;
  readonly by: string;
  readonly program?: number | undefined;
  readonly fundedWorkers?: number | undefined;
  readonly fundedFrom?: string | undefined;
  readonly fundedTo?: string | undefined;
}

/**
 * The target planner: today's active participants by segment (coverage engine), each segment's monthly
 * exit rate from the registry's history (exit-rates.repo.ts), and the new enrolments a month needed to
 * reach the target by a month — without and with a funding program (a saved one, or assumed figures).
 * Regions without registry history plan with no exits, and the answer says so.
 */
export async function planFor(db: Executor, actor: Actor, input: PlanInput, context: CoverageContext) {
  const snap = await regionSnapshot(db, actor, input.region, context);
  const window = await exitWindow(db, input.region);
  const counts = window ? await exitCounts(db, input.region, window) : [];
  const segments = snap.report.segments;
  const stock: SegmentStock[] = SEGMENTS.map((segment) => {
    const c = counts.find((r) => r.segment === segment);
    const rate = c && c.exposed > 0 ? Math.round((c.exited * 10_000) / c.exposed) : 0;
    return { segment, active: segments?.[segment] ?? 0, exitRateBp: rate };
  });
  // Active participants not split by segment (imported totals) decay at the BPU rate.
  const split = stock.reduce((s, x) => s + x.active, 0);
  if (split < snap.region.active) {
    const bpu = stock.find((s) => s.segment === 'BPU') as SegmentStock;
    stock[stock.indexOf(bpu)] = { ...bpu, active: bpu.active + snap.region.active - split };
  }
  const funding = await fundingAssumption(db, actor, input, snap.report.month);
  const plan = planToTarget({
    startMonth: snap.report.month as Month,
    targetMonth: requireMonth(input.by, 'by'),
    workforce: snap.region.workforce,
    stock,
    targetBp: Math.round(input.targetPct * 100),
    funding,
  });
  if ('ok' in plan && plan.ok === false)
    throw new AppError('VALIDATION_FAILED', plan.message, { code: plan.code });
  return {
    ...plan,
    region: snap.region,
    stock,
    exitWindow: window ? { from: window.from.slice(0, 7), to: window.to.slice(0, 7) } : null,
    exitCounts: counts,
    funding,
    notes: window
      ? []
      : [
          {
            id: 'Belum ada riwayat registri untuk wilayah ini: rencana mengandaikan tidak ada peserta yang keluar',
            en: 'No registry history for this region yet: the plan assumes no participant leaves',
          },
        ],
  };
}

/**
 * The funded workers the plan adds. For a saved program: its beneficiaries (or, before any, what its
 * budget buys) less those it already protects in the data month — they are in today's stock already.
 */
async function fundingAssumption(
  db: Executor,
  actor: Actor,
  input: PlanInput,
  dataMonth: string,
): Promise<FundingAssumption | null> {
  if (input.program !== undefined) {
    const row = await requireProgram(db, actor, input.program);
    const view = await programView(db, row);
    const planned = view.beneficiaries > 0 ? view.beneficiaries : (view.capacity ?? 0);
    const already = await protectedBeneficiaries(db, row.id, `${dataMonth}-01`);
    return {
      workers: Math.max(0, planned - already),
      fromMonth: view.periodFrom as Month,
      toMonth: view.periodTo as Month,
    };
  }
  if (input.fundedWorkers === undefined || input.fundedWorkers === 0) return null;
  if (!input.fundedFrom || !input.fundedTo)
    throw new AppError('VALIDATION_FAILED', {
      id: 'Isi bulan awal dan akhir pendanaan',
      en: 'Give the funding start and end months',
    });
  return {
    workers: input.fundedWorkers,
    fromMonth: requireMonth(input.fundedFrom, 'fundedFrom'),
    toMonth: requireMonth(input.fundedTo, 'fundedTo'),
  };
}
