import { requireRegion } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { validationFailed } from '../shared/errors.ts';
import { type Month, monthToDate } from '../shared/month.ts';
import { movementCounts } from './movement.repo.ts';
import { assembleMovement, type MovementStep, stepOfEndReason } from './movement.rules.ts';

export interface MovementAnswer {
  readonly regionCode: string;
  readonly from: Month;
  readonly to: Month;
  readonly startActive: number;
  readonly endActive: number;
  readonly steps: MovementStep[];
  /** `registry` when the region has protected participants in either month; `none` otherwise. */
  readonly source: 'registry' | 'none';
}

/**
 * Why the active participants of a region changed from `from` to `to` (both `YYYY-MM`, from < to):
 * new enrolments, reactivations, lapses, employer closures, exits by reason and `other`, adding up
 * exactly (`assembleMovement` checks it). Counts people (one person, one count) from protected months,
 * the registry's definition of active; imported aggregates cannot be decomposed and give `none`.
 *
 * @example
 * await getMovement(db, '15.03', '2025-01', '2025-07')
 * // { startActive: 48_160, endActive: 47_905, steps: [{ key: 'new_enrolments', value: 1_210 }, …] }
 */
export async function getMovement(
  db: Executor,
  regionCode: string,
  from: Month,
  to: Month,
): Promise<MovementAnswer> {
  if (from >= to) {
    throw validationFailed([
      {
        id: `Bulan awal (${from}) harus sebelum bulan akhir (${to})`,
        en: `The first month (${from}) must come before the last (${to})`,
      },
    ]);
  }
  await requireRegion(db, regionCode);
  const counts = await movementCounts(db, regionCode, monthToDate(from), monthToDate(to));
  const steps: Record<string, number> = {
    new_enrolments: counts.joined.new ?? 0,
    reactivations: counts.joined.reactivated ?? 0,
  };
  for (const [kind, n] of Object.entries(counts.left)) {
    const key = kind === 'moved_away' ? 'exit_moved' : stepOfEndReason(kind === 'null' ? null : kind);
    steps[key] = (steps[key] ?? 0) + n;
  }
  const movement = assembleMovement(counts.startActive, counts.endActive, steps);
  const any = counts.startActive > 0 || counts.endActive > 0;
  return { regionCode, from, to, ...movement, source: any ? 'registry' : 'none' };
}
