import type { Clock } from '../../src/http/clock.ts';
import { round } from '../stats.ts';
import { TODAY } from './plan.ts';

/** The national run's clock: its "today" (plan.ts), so imports and billing never see the real date. */
export const CLOCK: Clock = { now: () => new Date(`${TODAY}T03:00:00Z`) };

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
export const seconds = (ms: number) => `${round(ms / 1000, 1)} s`;
export const phasesText = (phases: Record<string, number> | undefined) =>
  Object.entries(phases ?? {})
    .map(([k, v]) => `${k} ${round(v / 1000)}`)
    .join(', ');
