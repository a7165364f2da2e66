import type { Lang } from '../../../src/shared/format.ts';
import { formatPercent } from '../../../src/shared/format.ts';

/**
 * One sequential scale (ColorBrewer GnBu, colour-blind safe) for the map, its legend and the coverage
 * cells of every table, so a colour means the same thing everywhere. Fixed class breaks rather than a
 * stretched min–max scale: the same colour stays comparable across months and regions.
 */
export interface CoverageStep {
  min: number;
  max: number | null;
  background: string;
  foreground: string;
}

export const COVERAGE_STEPS: readonly CoverageStep[] = [
  { min: 0, max: 20, background: '#f0f9e8', foreground: '#1f2933' },
  { min: 20, max: 30, background: '#ccebc5', foreground: '#1f2933' },
  { min: 30, max: 40, background: '#a8ddb5', foreground: '#1f2933' },
  { min: 40, max: 50, background: '#7bccc4', foreground: '#102a43' },
  { min: 50, max: 65, background: '#2b7bb9', foreground: '#ffffff' },
  { min: 65, max: null, background: '#0b5c99', foreground: '#ffffff' },
];

export const NO_DATA = { background: '#e4e7eb', foreground: '#52606d' } as const;

export function coverageStep(pct: number | null | undefined): CoverageStep | null {
  if (pct === null || pct === undefined) return null;
  return COVERAGE_STEPS.find((s) => s.max === null || pct < s.max) ?? null;
}

export function coverageColors(pct: number | null | undefined): { background: string; foreground: string } {
  return coverageStep(pct) ?? NO_DATA;
}

export function stepLabel(step: CoverageStep, lang: Lang): string {
  const pct = (v: number) => formatPercent(v, lang, { digits: 0 });
  if (step.min === 0) return `< ${pct(step.max ?? 0)}`;
  if (step.max === null) return `≥ ${pct(step.min)}`;
  return `${pct(step.min).replace(/\s?%$/, '')}–${pct(step.max)}`;
}
