export interface DiffLine {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as readable JSON text; `null` when absent (not when it is JSON `null`). */
function show(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value, null, 1);
}

/**
 * Field-by-field comparison of an audit entry's `before` and `after` (objects), in the order the keys
 * first appear; anything else (a creation, a deletion, a scalar) is compared as one `value` line.
 */
export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const objects = (isRecord(before) || before == null) && (isRecord(after) || after == null);
  if (!objects || (before == null && after == null)) {
    const b = show(before ?? undefined);
    const a = show(after ?? undefined);
    return b === null && a === null ? [] : [{ key: 'value', before: b, after: a, changed: b !== a }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys.map((key) => {
    const b = key in from ? show(from[key]) : null;
    const a = key in to ? show(to[key]) : null;
    return { key, before: b, after: a, changed: b !== a };
  });
}
