import { type Month, monthIndex } from '../shared/month.ts';

/**
 * Splits a whole number into whole parts proportional to the weights, adding up exactly to the total
 * (largest-remainder method; ties go to the earlier part). Used so demo children always sum to their
 * parent.
 *
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) throw new Error('apportion needs a positive weight');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}

/** A monthly series of one region, and its split over PU, BPU, JAKON, PMI. */
export type Series = Map<Month, number>;
export type Segments = Map<Month, number[]>;

export interface Anchor {
  readonly month: Month;
  readonly value: number;
}

/**
 * A monthly series through the anchors: linear between them; outside them the nearest anchor scaled by
 * `trend` (a reference series, e.g. the parent region), or held flat when no trend is given.
 */
export function seriesThrough(
  anchors: readonly Anchor[],
  months: readonly Month[],
  trend?: ReadonlyMap<Month, number>,
): Map<Month, number> {
  const sorted = [...anchors].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) throw new Error('a series needs an anchor');
  const scaled = (anchor: Anchor, month: Month) => {
    const base = trend?.get(anchor.month);
    const now = trend?.get(month);
    return base && now ? Math.round((anchor.value * now) / base) : anchor.value;
  };
  const result = new Map<Month, number>();
  for (const month of months) {
    const at = monthIndex(month);
    if (at <= monthIndex(first.month)) result.set(month, scaled(first, month));
    else if (at >= monthIndex(last.month)) result.set(month, scaled(last, month));
    else {
      const nextIndex = sorted.findIndex((a) => monthIndex(a.month) >= at);
      const before = sorted[nextIndex - 1] as Anchor;
      const after = sorted[nextIndex] as Anchor;
      const fraction = (at - monthIndex(before.month)) / (monthIndex(after.month) - monthIndex(before.month));
      result.set(month, Math.round(before.value + (after.value - before.value) * fraction));
    }
  }
  return result;
}

/** A deterministic number in [0, 1) from a text (FNV-1a hash, then one xorshift round). */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash << 13;
  hash ^= hash >>> 17;
  hash ^= hash << 5;
  return (hash >>> 0) / 2 ** 32;
}
