import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dateToMonth,
  type Month,
  monthOfInstant,
  monthsBetween,
  parseMonth,
  requireMonth,
} from './month.ts';

describe('parseMonth', () => {
  it.each([
    ['2024-10', '2024-10'],
    [' 2025-03 ', '2025-03'],
    ['2024-13', null],
    ['2024-00', null],
    ['2024-1', null],
    ['24-10', null],
    ['2024/10', null],
    ['0000-01', null],
    ['1899-12', null],
    ['2200-01', null],
    ['Oktober 2024', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseMonth(text)).toBe(expected);
  });

  it('requireMonth names the field in both languages', () => {
    expect(() => requireMonth('2024-13', 'month')).toThrow(/2024-13/);
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2024-10', 3, '2025-01'],
    ['2024-01', -1, '2023-12'],
    ['2023-12', 12, '2024-12'],
  ])('%s + %i = %s', (month, n, expected) => {
    expect(addMonths(month as Month, n)).toBe(expected);
  });

  it('lists months inclusively', () => {
    expect(monthsBetween('2023-11' as Month, '2024-02' as Month)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
  });

  it('reads dates as months', () => {
    expect(dateToMonth('2024-10-01')).toBe('2024-10');
  });

  it('reads instants in Jakarta time (WIB, UTC+7)', () => {
    // 31 Oct 2024 18:00 UTC is already 1 Nov 2024 01:00 WIB.
    expect(monthOfInstant(new Date('2024-10-31T18:00:00Z'))).toBe('2024-11');
    expect(monthOfInstant(new Date('2024-10-31T16:00:00Z'))).toBe('2024-10');
  });
});
