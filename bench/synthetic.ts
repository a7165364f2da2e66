import { unitHash } from '../src/demo/demo.series.ts';
import type { Month } from '../src/shared/month.ts';

/**
 * Synthetic village-level aggregates for the whole country (deterministic): each village gets a
 * potential workforce of 300–3,300 and an active share of 10–60 %, drifting a little month to month,
 * split 60 / 25 / 12 / 3 % over PU, BPU, Jakon and PMI.
 */
export function villageWorkforce(code: string): number {
  return 300 + Math.floor(unitHash(`${code}:wf`) * 3_000);
}

export function villageActive(code: string, monthNumber: number): number[] {
  const share = 0.1 + 0.5 * unitHash(`${code}:share`);
  const drift = 1 + 0.02 * Math.sin((monthNumber + unitHash(code) * 12) / 3);
  const total = Math.floor(villageWorkforce(code) * share * drift);
  const pu = Math.floor(total * 0.6);
  const bpu = Math.floor(total * 0.25);
  const jakon = Math.floor(total * 0.12);
  return [pu, bpu, jakon, total - pu - bpu - jakon];
}

const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'];

/** One month of the national file, in the product's own import format. */
export function activeCsvForMonth(villages: readonly string[], month: Month, monthNumber: number): string {
  const lines = ['region_code,month,segment,active'];
  for (const code of villages) {
    const parts = villageActive(code, monthNumber);
    for (let s = 0; s < 4; s++) lines.push(`${code},${month},${SEGMENTS[s]},${parts[s]}`);
  }
  return `${lines.join('\n')}\n`;
}

export function workforceCsv(villages: readonly string[]): string {
  return `region_code,workforce\n${villages.map((c) => `${c},${villageWorkforce(c)}`).join('\n')}\n`;
}
