import { type DemoInput, need, reported } from './demo.input.ts';
import { unitHash } from './demo.series.ts';

/** The regions whose figures the demo builds from reported numbers (seed reports and articles). */
export const DETAILED = {
  jambi: '15',
  sumsel: '16',
  babel: '19',
  sulsel: '73',
  sarolangun: '15.03',
  batanghari: '15.04',
  pangkalpinang: '19.71',
  muba: '16.06',
} as const;

/** Pangkalpinang: an illustrative 36,000 in Dec 2023, then −10.97 % by Jun 2024 (seed 003). */
export const PANGKALPINANG_DEC_2023 = 36_000;
export const PANGKALPINANG_JUN_2024 = Math.round(PANGKALPINANG_DEC_2023 * (1 - 0.1097));

export const pctOf = (value: number, pctBp: number): number => Math.round((value * pctBp) / 10_000);
export const bpOf = (pct: number): number => Math.round(pct * 100);
/** The base that gives `active` the coverage `pctBp`: 226,750 ÷ 40.27 % = 563,074. */
export const baseFor = (active: number, pctBp: number): number => Math.round((active * 10_000) / pctBp);

/** Bangka Belitung's potential-worker base of 2024, derived from Dec 2024: 226,750 ÷ 40.27 %. */
export function babelPotential2024(input: DemoInput): number {
  const dec2024 = reported(input.reported, DETAILED.babel, '2024-12');
  return baseFor(need(dec2024.active, 'Babel Dec 2024'), bpOf(need(dec2024.coveragePct, 'Babel pct')));
}

/** Village spread: a stable pseudo-random size (0.5–1.5) and activity (0.7–1.3) per village. */
export const villageSize = (code: string): number => 0.5 + unitHash(`${code}:size`);
export const villageActivity = (code: string): number => 0.7 + 0.6 * unitHash(`${code}:activity`);
