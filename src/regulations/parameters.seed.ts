import type { RegulationParameter } from './parameters.rules.ts';
import { BENEFIT_PARAMETERS } from './seed/benefits.seed.ts';
import { CONTRIBUTION_PARAMETERS } from './seed/contributions.seed.ts';

/**
 * The product's own regulation data: every rate, cap, tier, flat amount and discount window, dated and
 * with its legal basis (facts from the project's rules fact sheet; confidence H = regulation text or
 * several agreeing sources). Loaded into `regulation_parameter` on start (rows missing by code and start
 * date are added; edited rows are kept); the database copy is the one calculations read, so an
 * administrator can enter a new dated row — or a value the fact sheet calls unknown — without a release.
 */
export const SEED_PARAMETERS: readonly RegulationParameter[] = [
  ...CONTRIBUTION_PARAMETERS,
  ...BENEFIT_PARAMETERS,
];
