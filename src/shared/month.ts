import { AppError } from './errors.ts';

/** A calendar month as `YYYY-MM`. Months are the unit of contributions and of coverage. */
export type Month = string & { readonly __brand: 'Month' };

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Returns the month, or null when the text is not a real `YYYY-MM` month (e.g. `2024-13`). */
export function parseMonth(text: string): Month | null {
  const match = MONTH_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  return `${match[1]}-${match[2]}` as Month;
}

export function requireMonth(text: string, field = 'month'): Month {
  const month = parseMonth(text);
  if (!month) {
    throw new AppError(
      'INVALID_MONTH',
      {
        id: `${field}: "${text}" bukan bulan yang valid (format YYYY-MM, bulan 01–12)`,
        en: `${field}: "${text}" is not a valid month (format YYYY-MM, month 01–12)`,
      },
      { field, value: text },
    );
  }
  return month;
}

export const monthIndex = (month: Month): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Month;
}

export const addMonths = (month: Month, count: number): Month => monthFromIndex(monthIndex(month) + count);

export const yearOf = (month: Month): number => Number(month.slice(0, 4));

/** First day of the month as an ISO date, the form months take in the database (`date`). */
export const monthToDate = (month: Month): string => `${month}-01`;

/** `2024-10-01` (or a Date) → `2024-10`. */
export function dateToMonth(value: string | Date): Month {
  const text = typeof value === 'string' ? value : value.toISOString();
  const month = parseMonth(text.slice(0, 7));
  if (!month) throw new Error(`not a date: ${text}`);
  return month;
}

/** Inclusive list of months from `from` to `to`. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthFromIndex(i));
  return months;
}

/** The month containing a date, read in Asia/Jakarta (WIB), the product's reporting time zone. */
export function monthOfInstant(instant: Date): Month {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
  })
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, part) => {
      acc[part.type] = part.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}` as Month;
}
