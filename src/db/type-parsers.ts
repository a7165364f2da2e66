/**
 * How values come back from the driver, decided once for PGlite and the PostgreSQL server alike:
 * - int8 (bigint: rupiah, head counts) → JS number, refusing anything beyond 2^53 rather than rounding;
 * - numeric → string (we keep money and rates as integers, so numeric should not appear at all);
 * - date → the ISO text `YYYY-MM-DD`, never a Date shifted by the time zone.
 */
export const PG_TYPE = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds the safe integer range`);
  return value;
}

export const identityText = (text: string): string => text;

export const TYPE_PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [PG_TYPE.INT8]: parseInt8,
  [PG_TYPE.NUMERIC]: identityText,
  [PG_TYPE.DATE]: identityText,
};
