/** `2023-11` → `2023-12` → `2024-01`: every month from first to last inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  // A guard against a reversed or malformed range rather than an endless loop.
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && months.length < 1200) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
