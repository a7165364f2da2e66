import { isRegionCode } from '../regions/regions.rules.ts';
import { type Month, monthIndex, parseMonth } from '../shared/month.ts';
import { type RowIssue, rowIssue } from './issues.ts';

/** Result of reading one cell: the value, or the issue that explains why it cannot be read. */
export type Cell<T> = { ok: true; value: T } | { ok: false; issue: RowIssue };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(issue: RowIssue): Cell<T> => ({ ok: false, issue });

/** No region has a billion workers; a larger count is a typo, and keeps every sum far below 2^53. */
export const MAX_COUNT = 1_000_000_000;

/**
 * A head count: digits, optionally grouped with Indonesian thousands dots (`1.033.000`) or spaces.
 * A comma or a lone dot is a decimal and refused, so `1.5` is never silently read as 15.
 */
export function readCount(text: string, row: number, column: string): Cell<number> {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return fail(rowIssue('REQUIRED', row, column, text));
  if (/^-\d/.test(compact)) return fail(rowIssue('NEGATIVE', row, column, text));
  if (/^\d+$/.test(compact) || /^\d{1,3}(\.\d{3})+$/.test(compact)) {
    const value = Number(compact.replace(/\./g, ''));
    if (value > MAX_COUNT)
      return fail(rowIssue('OUT_OF_RANGE', row, column, text, { min: 0, max: MAX_COUNT }));
    return ok(value);
  }
  if (/^\d+([.,]\d+)?$/.test(compact)) return fail(rowIssue('NOT_AN_INTEGER', row, column, text));
  return fail(rowIssue('NOT_A_NUMBER', row, column, text));
}

/** A percentage with up to two decimals (`44`, `31,93`, `31.93`) → basis points of a percent (3193). */
export function readPercent(text: string, row: number, column: string): Cell<number> {
  const compact = text.replace(/\s|%/g, '');
  if (compact === '') return fail(rowIssue('REQUIRED', row, column, text));
  if (/^-/.test(compact)) return fail(rowIssue('NEGATIVE', row, column, text));
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return fail(rowIssue('NOT_A_NUMBER', row, column, text));
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return fail(rowIssue('OUT_OF_RANGE', row, column, text, { min: 0, max: 100 }));
  return ok(bp);
}

export function readInteger(
  text: string,
  row: number,
  column: string,
  min: number,
  max: number,
): Cell<number> {
  const compact = text.trim();
  if (compact === '') return fail(rowIssue('REQUIRED', row, column, text));
  if (!/^-?\d+$/.test(compact)) return fail(rowIssue('NOT_AN_INTEGER', row, column, text));
  const value = Number(compact);
  if (value < min || value > max) return fail(rowIssue('OUT_OF_RANGE', row, column, text, { min, max }));
  return ok(value);
}

/** A month that exists and has already begun (no reports about the future). */
export function readPastMonth(text: string, row: number, column: string, currentMonth: Month): Cell<Month> {
  if (text.trim() === '') return fail(rowIssue('REQUIRED', row, column, text));
  const month = parseMonth(text);
  if (!month) return fail(rowIssue('INVALID_MONTH', row, column, text));
  if (monthIndex(month) > monthIndex(currentMonth)) {
    return fail(rowIssue('FUTURE_MONTH', row, column, text, { month, current: currentMonth }));
  }
  return ok(month);
}

/** Region code in Kemendagri form; accepts the undotted form too (`1503` → `15.03`). */
export function readRegionCode(text: string, row: number, column: string): Cell<string> {
  const compact = text.trim();
  if (compact === '') return fail(rowIssue('REQUIRED', row, column, text));
  const dotted = /^\d+$/.test(compact) ? dotUndottedCode(compact) : compact;
  if (dotted === null || !isRegionCode(dotted))
    return fail(rowIssue('INVALID_REGION_CODE', row, column, text));
  return ok(dotted);
}

function dotUndottedCode(digits: string): string | null {
  const lengths: Record<number, number[]> = { 2: [2], 4: [2, 2], 6: [2, 2, 2], 10: [2, 2, 2, 4] };
  const parts = lengths[digits.length];
  if (!parts) return null;
  let at = 0;
  return parts
    .map((n) => {
      const part = digits.slice(at, at + n);
      at += n;
      return part;
    })
    .join('.');
}
