import type { Actor } from '../auth/actor.ts';
import type { CoverageContext } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { addMonths, type Month } from '../shared/month.ts';
import { beneficiariesByVillage } from './funding.repo.ts';
import type { ProgramView } from './funding.schemas.ts';
import { optimizeFor } from './optimize.service.ts';
import type { ProposalVillage } from './proposal.types.ts';
import { regionSnapshot } from './snapshot.service.ts';

/**
 * Where the region stood the month before the program starts — what a budget paper argues from —
 * or, when that month has no figures (a program planned beyond the data), the latest month.
 */
export async function snapshotBefore(
  db: Executor,
  actor: Actor,
  code: string,
  from: Month,
  context: CoverageContext,
) {
  try {
    return await regionSnapshot(db, actor, code, context, addMonths(from, -1));
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED')
      return regionSnapshot(db, actor, code, context);
    throw error;
  }
}

/** The proposal's villages: the enrolled beneficiaries, or for a draft the optimizer's choice. */
export async function proposalVillages(
  db: Executor,
  actor: Actor,
  view: ProgramView,
  context: CoverageContext,
): Promise<ProposalVillage[]> {
  const perWorker = view.costPerWorker ?? 0;
  if (view.beneficiaries > 0)
    return (await beneficiariesByVillage(db, view.id)).map((v) => ({
      code: v.code,
      name: v.name,
      districtName: v.district_name,
      workers: v.workers,
      cost: v.workers * perWorker,
      reason: null,
    }));
  try {
    const plan = await optimizeFor(
      db,
      actor,
      {
        regionCode: view.regionCode,
        budget: view.budget,
        // A budget paper for vulnerable workers argues from the poorest first (Inpres 4/2022).
        strategy: 'poorest_first',
        from: view.periodFrom,
        to: view.periodTo,
        funderKind: view.funderKind,
      },
      context,
    );
    const byVillage = new Map<string, ProposalVillage>();
    for (const c of plan.choices) {
      const v = byVillage.get(c.villageCode);
      if (v) byVillage.set(c.villageCode, { ...v, workers: v.workers + c.workers, cost: v.cost + c.cost });
      else
        byVillage.set(c.villageCode, {
          code: c.villageCode,
          name: c.villageName,
          districtName: c.districtName,
          workers: c.workers,
          cost: c.cost,
          reason: c.reason,
        });
    }
    return [...byVillage.values()];
  } catch (error) {
    if (error instanceof AppError) return [];
    throw error;
  }
}
