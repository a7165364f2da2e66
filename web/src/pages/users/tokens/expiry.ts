/** Tokens last 90 days unless the administrator picks another day. */
export const DEFAULT_TOKEN_DAYS = 90;

/** `YYYY-MM-DD` of the day `days` after `from`, in WIB (where the offices work). */
export function dayAfter(from: Date, days: number): string {
  const later = new Date(from.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(later);
}
