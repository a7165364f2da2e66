import type { StoredParameter } from '../../api/useQuotes.ts';

/** A stretch of time with no value between two dated rows of one code: unknown, to be entered. */
export interface ParameterGap {
  from: string;
  to: string;
}

export type HistoryRow = { kind: 'value'; row: StoredParameter } | { kind: 'gap'; gap: ParameterGap };

export interface ParameterGroup {
  code: string;
  rows: HistoryRow[];
  gaps: number;
}

/** `2016-02-29` → `2016-03-01`: ISO calendar arithmetic in UTC, so no time zone shifts the day. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Rows grouped by code, oldest first, with a gap row wherever one period ends and the next starts
 * later: such a value is unknown (e.g. the JP wage caps of 2016, 2018 and 2020), and a calculation
 * for a month inside it fails until an administrator enters it. Before the first row nothing is
 * claimed, and an ended last row is not a gap (a discount window simply ends).
 *
 * @example groupParameters([{code:'pu.jp.wage_cap', effectiveFrom:'2015-07-01', effectiveTo:'2016-02-29'},
 *   {code:'pu.jp.wage_cap', effectiveFrom:'2017-03-01', …}]) // value, gap 2016-03-01–2017-02-28, value
 */
export function groupParameters(parameters: readonly StoredParameter[]): ParameterGroup[] {
  const byCode = new Map<string, StoredParameter[]>();
  for (const p of parameters) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => {
      const sorted = [...list].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      const rows: HistoryRow[] = [];
      sorted.forEach((row, i) => {
        const previous = sorted[i - 1];
        if (previous?.effectiveTo && addDays(previous.effectiveTo, 1) < row.effectiveFrom) {
          rows.push({
            kind: 'gap',
            gap: { from: addDays(previous.effectiveTo, 1), to: addDays(row.effectiveFrom, -1) },
          });
        }
        rows.push({ kind: 'value', row });
      });
      return { code, rows, gaps: rows.filter((r) => r.kind === 'gap').length };
    });
}

/** Codes containing the text (case-insensitive), or whose legal basis or note does. */
export function filterGroups(groups: readonly ParameterGroup[], text: string): ParameterGroup[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [...groups];
  return groups.filter(
    (group) =>
      group.code.toLowerCase().includes(needle) ||
      group.rows.some(
        (r) =>
          r.kind === 'value' &&
          `${r.row.legalBasis} ${r.row.article ?? ''} ${r.row.note ?? ''}`.toLowerCase().includes(needle),
      ),
  );
}
