/**
 * Calendar dates as `YYYY-MM-DD` text, the form every dated rule and request uses. "Today" is read in
 * Asia/Jakarta (WIB), the product's reporting time zone, like {@link monthOfInstant}: from 17:00 UTC
 * it is already the next day in Indonesia.
 */

/** A real calendar date YYYY-MM-DD in 1900–2199 (2025-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(19|2[01])\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day before an ISO date: where a superseded open-ended validity range now ends. */
export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const WIB_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The WIB calendar date of an instant (`en-CA` formats as YYYY-MM-DD). */
export const dateOfInstant = (instant: Date): string => WIB_DATE.format(instant);
