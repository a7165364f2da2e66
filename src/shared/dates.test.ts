import { describe, expect, it } from 'vitest';
import { dateOfInstant, dayBefore, isIsoDate } from './dates.ts';

describe('dates', () => {
  it.each([
    ['2024-02-29', true, 'leap day'],
    ['2025-02-29', false, 'not a leap year'],
    ['2025-02-30', false, 'no such day'],
    ['2025-13-01', false, 'no month 13'],
    ['1899-12-31', false, 'before 1900'],
    ['2025-1-01', false, 'not zero-padded'],
  ])('isIsoDate(%s) = %s (%s)', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each([
    ['2025-02-07', '2025-02-06'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('dayBefore(%s) = %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });

  it('reads today in WIB (UTC+7): 23 Nov 2026 17:30 UTC is already 24 Nov in Jakarta', () => {
    expect(dateOfInstant(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
    expect(dateOfInstant(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
  });
});
