import { parseIsoDate } from '../../regulations/identifiers/nik-birth-date.rules.ts';
import { issue, type RegistryIssue } from './registry-import.issues.ts';

/**
 * Cell readers for the registry imports. Each returns the value, or null after pushing the reason
 * into `issues` — one array per row, no wrapper object per cell (a million rows stay cheap).
 */
export type Issues = RegistryIssue[];

/** Trimmed text, null when empty; too long is refused. */
export function optionalText(issues: Issues, row: number, column: string, text: string, max = 200) {
  const value = text.trim();
  if (value === '') return null;
  if (value.length > max) {
    issues.push(issue('TOO_LONG', row, column, value.slice(0, 40), { max }));
    return null;
  }
  return value;
}

export function requiredText(issues: Issues, row: number, column: string, text: string, max = 200) {
  if (text.trim() === '') {
    issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  return optionalText(issues, row, column, text, max);
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
/** A date cell read without its number format arrives as Excel's day count (1900 system). */
const EXCEL_SERIAL = /^\d{5}$/;
const excelSerialDate = (days: number) =>
  new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);

/** `YYYY-MM-DD`, or `DD-MM-YYYY` / `DD/MM/YYYY` as Indonesian spreadsheets write it; a real date. */
export function readDate(
  issues: Issues,
  row: number,
  column: string,
  text: string,
  latest: string | null,
  required = true,
): string | null {
  const value = text.trim();
  if (value === '') {
    if (required) issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  const dmy = DMY.exec(value);
  const iso = dmy
    ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`
    : EXCEL_SERIAL.test(value)
      ? excelSerialDate(Number(value))
      : value;
  const date = parseIsoDate(iso);
  if (date === null || date.year < 1900) {
    issues.push(issue('INVALID_DATE', row, column, value));
    return null;
  }
  if (latest !== null && iso > latest) {
    issues.push(issue('FUTURE_DATE', row, column, value, { today: latest }));
    return null;
  }
  return iso;
}

/** `YYYY-MM` (or `MM/YYYY`) that has begun by `currentMonth`; returned as the month's first day. */
export function readMonth(issues: Issues, row: number, column: string, text: string, currentMonth: string) {
  const value = text.trim();
  if (value === '') {
    issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  const my = /^(\d{1,2})[-/](\d{4})$/.exec(value);
  const month = my ? `${my[2]}-${my[1]?.padStart(2, '0')}` : value.slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || (value.length > 7 && !my && value.length !== 10)) {
    issues.push(issue('INVALID_MONTH', row, column, value));
    return null;
  }
  if (month > currentMonth) {
    issues.push(issue('FUTURE_MONTH', row, column, value, { current: currentMonth }));
    return null;
  }
  return `${month}-01`;
}

/** Whole rupiah: digits, optionally `Rp`, thousands dots or spaces (`1.500.000`); at most `max`. */
export function readAmount(
  issues: Issues,
  row: number,
  column: string,
  text: string,
  required: boolean,
  max = 1_000_000_000_000,
): number | null {
  const compact = text.replace(/\s|^rp\.?/gi, '');
  if (compact === '') {
    if (required) issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  if (!/^\d+$/.test(compact) && !/^\d{1,3}(\.\d{3})+$/.test(compact)) {
    issues.push(issue('NOT_AN_AMOUNT', row, column, text));
    return null;
  }
  const value = Number(compact.replace(/\./g, ''));
  if (value < 1 || value > max) {
    issues.push(issue('OUT_OF_RANGE', row, column, text, { min: 1, max }));
    return null;
  }
  return value;
}

/** One of a fixed set, by any of its spellings (folded to lower case): `{ l: 'M', laki-laki: 'M' }`. */
export function readChoice<T extends string>(
  issues: Issues,
  row: number,
  column: string,
  text: string,
  choices: Readonly<Record<string, T>>,
  known: string,
): T | null {
  const key = text.trim().toLowerCase();
  if (key === '') {
    issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  const value = choices[key];
  if (value === undefined) issues.push(issue('UNKNOWN_VALUE', row, column, text, { known }));
  return value ?? null;
}

export function readPhone(issues: Issues, row: number, column: string, text: string): string | null {
  const value = text.replace(/[\s-]/g, '');
  if (value === '') return null;
  if (!/^\+?\d{8,15}$/.test(value)) {
    issues.push(issue('INVALID_PHONE', row, column, text));
    return null;
  }
  return value;
}

const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A village code (dotted or the 10 undotted digits) that exists and lies in the importer's scope. */
export function readVillage(
  issues: Issues,
  row: number,
  column: string,
  text: string,
  villages: ReadonlySet<string>,
  allowed: (code: string) => boolean,
): string | null {
  const compact = text.trim();
  if (compact === '') {
    issues.push(issue('REQUIRED', row, column, text));
    return null;
  }
  const code = /^\d{10}$/.test(compact)
    ? `${compact.slice(0, 2)}.${compact.slice(2, 4)}.${compact.slice(4, 6)}.${compact.slice(6)}`
    : compact;
  if (!VILLAGE.test(code)) {
    issues.push(issue('NOT_A_VILLAGE', row, column, text));
    return null;
  }
  // Outside the importer's scope a village is answered exactly like one that does not exist.
  if (!villages.has(code) || !allowed(code)) {
    issues.push(issue('UNKNOWN_REGION', row, column, text));
    return null;
  }
  return code;
}
