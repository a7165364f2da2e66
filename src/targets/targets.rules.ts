/** A coverage target of a region for one year, optionally tied to one workforce basis. */
export interface Target {
  readonly regionCode: string;
  readonly year: number;
  /** null: the target applies whatever basis is shown. */
  readonly basis: string | null;
  /** Target in basis points of a percent: 65 % = 6,500. */
  readonly targetBp: number;
  readonly source: string;
  readonly note: string | null;
}

/**
 * The target that applies to a region in a year on a basis. The year decides first: the year itself,
 * else the nearest later year (the target being worked towards, e.g. Sumatera Selatan's 50 % for 2025
 * shown in August 2024), else the most recent earlier year; within a year, a target on the same basis
 * comes before a basis-free one.
 * The returned target carries its year so the screen can say "target 2025".
 */
export function pickTarget(targets: readonly Target[], year: number, basis: string): Target | null {
  const usable = targets.filter((t) => t.basis === basis || t.basis === null);
  const rank = (t: Target) => {
    const timing = t.year === year ? 0 : t.year > year ? t.year - year : 1000 + (year - t.year);
    return timing * 2 + (t.basis === basis ? 0 : 1);
  };
  let best: Target | null = null;
  for (const target of usable) if (best === null || rank(target) < rank(best)) best = target;
  return best;
}
