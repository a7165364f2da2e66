import type { FieldProblem, QuoteBody } from '../../api/useQuotes.ts';
import { type MessageKey, translate } from '../../i18n.ts';
import type { FieldSpec, TabSpec, Values } from './calculatorTabs.ts';

/**
 * A whole number as people type it: `5000000`, `5.000.000`, `Rp 5.000.000,-`, `5.000.000,00`,
 * `5,000,000` or `5 000 000`. Separators must group digits by three, so `5,5` (a decimal) and
 * `5.00` are refused rather than read as something else. Null when the text is not such a number.
 *
 * @example parseWhole('Rp5.000.000,-') // 5_000_000
 */
export function parseWhole(text: string): number | null {
  let s = text.replace(/[\s\u00a0]/g, '').replace(/^rp\.?/i, '');
  s = s.replace(/,-$/, '').replace(/^(\d{1,3}(?:\.\d{3})*),0{1,2}$/, '$1');
  if (!/^\d+$/.test(s) && !/^\d{1,3}(\.\d{3})+$/.test(s) && !/^\d{1,3}(,\d{3})+$/.test(s)) return null;
  const value = Number(s.replace(/[.,]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * A rate typed as a percentage with at most two decimals, in basis points: `5,5` or `5.5` → 550.
 * Null when the text is not such a number.
 */
export function parsePercentBp(text: string): number | null {
  const s = text.replace(/[\s%]/g, '').replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 100) : null;
}

const JAKARTA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Indonesia's western time (WIB), where most employers report: `2025-03-31`. */
export function currentDate(now: Date = new Date()): string {
  const parts = JAKARTA_DAY.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** This month in WIB: `2025-03`. */
export function currentMonth(now: Date = new Date()): string {
  return currentDate(now).slice(0, 7);
}

export function initialValues(tab: TabSpec, month: string): Values {
  const values: Values = {};
  for (const field of tab.fields) values[field.name] = field.initial ?? (field.kind === 'month' ? month : '');
  return values;
}

export function visibleFields(tab: TabSpec, values: Values): FieldSpec[] {
  return tab.fields.filter((field) => !field.when || field.when(values));
}

/** A problem the form finds itself, in both languages like the server's. */
export const problemOf = (field: string, key: MessageKey): FieldProblem => ({
  field,
  message: { id: translate('id', key), en: translate('en', key) },
});

/** One control's value for the body: undefined when empty (the server then names what is required). */
function bodyValue(field: FieldSpec, text: string): string | number | boolean | FieldProblem | undefined {
  const raw = text.trim();
  if (field.kind === 'checkbox') return raw === 'true' ? true : undefined;
  if (raw === '') return undefined;
  if (field.kind === 'rupiah' || field.kind === 'whole') {
    const value = parseWhole(raw);
    if (value !== null) return value;
    return problemOf(field.name, field.kind === 'rupiah' ? 'calcRupiahInvalid' : 'calcWholeInvalid');
  }
  if (field.kind === 'percent') return parsePercentBp(raw) ?? problemOf(field.name, 'calcPercentInvalid');
  return field.numeric ? Number(raw) : raw;
}

/**
 * The request body of a tab: its fixed part (the segment) plus every visible, filled-in field.
 * Text that is not a number is caught here, since the server never sees the text.
 */
export function buildBody(
  tab: TabSpec,
  values: Values,
  today: string,
): { body: QuoteBody; problems: FieldProblem[] } {
  const extra = tab.extra?.(values, today);
  const body: QuoteBody = { ...tab.fixed, ...extra?.body };
  const problems: FieldProblem[] = [...(extra?.problems ?? [])];
  for (const field of visibleFields(tab, values)) {
    if (field.local) continue;
    const value = bodyValue(field, values[field.name] ?? '');
    if (value === undefined) continue;
    if (typeof value === 'object') problems.push(value);
    else body[field.name] = value;
  }
  return { body, problems };
}
