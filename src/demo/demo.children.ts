import type { Segment } from '../db/schema.ts';
import type { Month } from '../shared/month.ts';
import type { DemoInput } from './demo.input.ts';
import { need } from './demo.input.ts';
import { DEMO_MONTHS, splitSegments } from './demo.national.ts';
import { type Anchor, apportion, type Segments, type Series, seriesThrough } from './demo.series.ts';

export interface DemoActiveRow {
  readonly regionCode: string;
  readonly month: Month;
  readonly segment: Segment;
  readonly active: number;
}

const SEGMENT_CODES: readonly Segment[] = ['PU', 'BPU', 'JAKON', 'PMI'];

/** Children's series: pinned children follow their own anchors, the rest share what is left by weight. */
export function childSeries(
  parent: Series,
  children: readonly string[],
  weights: ReadonlyMap<string, number>,
  pinned: ReadonlyMap<string, Anchor[]>,
): Map<string, Series> {
  const result = new Map<string, Series>();
  for (const [code, anchors] of pinned) result.set(code, seriesThrough(anchors, DEMO_MONTHS, parent));
  const free = children.filter((c) => !pinned.has(c));
  for (const code of free) result.set(code, new Map());
  for (const month of DEMO_MONTHS) {
    const rest =
      (parent.get(month) as number) -
      [...pinned.keys()].reduce((s, c) => s + (result.get(c)?.get(month) ?? 0), 0);
    if (rest < 0) throw new Error(`demo: pinned children exceed their parent in ${month}`);
    const parts = apportion(
      rest,
      free.map((c) => need(weights.get(c), `weight ${c}`)),
    );
    free.forEach((code, i) => {
      result.get(code)?.set(month, parts[i] as number);
    });
  }
  return result;
}

export function childSegments(series: Series, parentSegments: Segments): Segments {
  return new Map(
    DEMO_MONTHS.map((m) => [m, splitSegments(series.get(m) as number, parentSegments.get(m) as number[])]),
  );
}

export const childrenOf = (input: DemoInput, parent: string) =>
  input.tree.filter((n) => n.parentCode === parent).map((n) => n.code);
export const villagesOf = (input: DemoInput, regency: string) =>
  input.tree.filter((n) => n.level === 4 && n.code.startsWith(`${regency}.`)).map((n) => n.code);

export function toRows(totals: Map<string, Series>, segments: Map<string, Segments>): DemoActiveRow[] {
  const rows: DemoActiveRow[] = [];
  for (const [code, series] of totals) {
    for (const month of DEMO_MONTHS) {
      const parts = segments.get(code)?.get(month);
      if (!parts || series.get(month) === undefined) continue;
      parts.forEach((active, i) => {
        rows.push({ regionCode: code, month, segment: SEGMENT_CODES[i] as Segment, active });
      });
    }
  }
  return rows;
}
