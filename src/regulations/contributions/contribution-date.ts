import type { Month } from '../../shared/month.ts';

/**
 * The date whose parameters a contribution month is computed with: its last day. A rule that starts
 * during a month therefore governs that month's contribution — JKP (from 2 Feb 2021) is due for
 * February 2021, and PP 6/2025 (from 7 Feb 2025) composes February 2025. Rules written for whole
 * contribution months (JP cap from March, the PP 7/2025 and PP 50/2025 windows) are unaffected.
 *
 * @example lastDayOfMonth('2024-02') // '2024-02-29'
 */
export function lastDayOfMonth(month: Month | string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
