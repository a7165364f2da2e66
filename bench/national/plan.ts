import { addMonths, type Month } from '../../src/shared/month.ts';

/**
 * The size of a synthetic Indonesia (issue 8). National figures, Dec 2024: 45.2 M active participants —
 * PU 29.3 M, BPU 9.9 M, Jakon + PMI 6 M — and ~900 k employers. A size keeps those proportions.
 *
 * What grows with participants × months (a bill line and a protected month per member and month) is
 * why `45m` keeps six months of history and `10m` twenty-four: see docs/benchmarks.md.
 */
export interface NationalPlan {
  readonly name: string;
  readonly participants: number;
  readonly pu: number;
  readonly bpu: number;
  readonly jakon: number;
  readonly pmi: number;
  readonly employers: number;
  /** Months of bills and payments, the last one ending `LAST_MONTH`. */
  readonly months: number;
  readonly seed: number;
}

const NATIONAL = { participants: 45_200_000, pu: 29_300_000, bpu: 9_900_000, jakonPmi: 6_000_000 };
const NATIONAL_EMPLOYERS = 900_000;
/** No published split of the 6 M between Jakon and PMI in our sources: the stated rule is 3 : 1. */
const JAKON_SHARE_OF_JAKON_PMI = 0.75;

export const SIZES: Record<string, { participants: number; months: number }> = {
  '1m': { participants: 1_000_000, months: 24 },
  '10m': { participants: 10_000_000, months: 24 },
  '45m': { participants: 45_000_000, months: 6 },
};

/** The last month of history: the month before the bench's "today" (2026-11). */
export const LAST_MONTH = '2026-10' as Month;
export const TODAY = '2026-11-20';

/** A size by name (`1m`, `10m`, `45m`) or a number of participants (`250000`, `2.5m`). */
export function planFor(size: string, months?: number, seed = 20_241_231): NationalPlan {
  const preset = SIZES[size];
  const parsed = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(size);
  if (!preset && !parsed) throw new Error(`unknown size ${size}: 1m, 10m, 45m or a number such as 250k`);
  const participants = preset
    ? preset.participants
    : Math.round(Number(parsed?.[1]) * ({ k: 1e3, m: 1e6 }[parsed?.[2]?.toLowerCase() ?? ''] ?? 1));
  const share = (n: number) => Math.round((participants * n) / NATIONAL.participants);
  const pu = share(NATIONAL.pu);
  const bpu = share(NATIONAL.bpu);
  const jakon = Math.round((participants - pu - bpu) * JAKON_SHARE_OF_JAKON_PMI);
  return {
    name: size,
    participants,
    pu,
    bpu,
    jakon,
    pmi: participants - pu - bpu - jakon,
    employers: Math.max(10, Math.round((participants * NATIONAL_EMPLOYERS) / NATIONAL.participants)),
    months: months ?? preset?.months ?? 2,
    seed,
  };
}

export const firstMonth = (plan: NationalPlan): Month => addMonths(LAST_MONTH, 1 - plan.months);
