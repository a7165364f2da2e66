import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import { type Cell, readCount, readInteger, readPastMonth, readPercent, readRegionCode } from './values.ts';

const value = <T>(cell: Cell<T>) => (cell.ok ? cell.value : cell.issue.code);

describe('cell readers report the reason of every failure', () => {
  it.each([
    ['48160', 48_160],
    ['1.033.000', 1_033_000],
    ['1 033 000', 1_033_000],
    ['0', 0],
    ['-5', 'NEGATIVE'],
    ['12,5', 'NOT_AN_INTEGER'],
    ['1.5', 'NOT_AN_INTEGER'],
    ['abc', 'NOT_A_NUMBER'],
    ['', 'REQUIRED'],
    ['99999999999999999', 'OUT_OF_RANGE'],
    ['1.000.000.001', 'OUT_OF_RANGE'],
    ['1000000000', 1_000_000_000],
  ])('count %j → %j', (text, expected) => {
    expect(value(readCount(text, 2, 'active'))).toBe(expected);
  });

  it.each([
    ['65', 6_500],
    ['31,93', 3_193],
    ['31.93', 3_193],
    ['44.5', 4_450],
    ['55 %', 5_500],
    ['100', 10_000],
    ['100.01', 'OUT_OF_RANGE'],
    ['31.933', 'NOT_A_NUMBER'],
    ['-1', 'NEGATIVE'],
  ])('percent %j → %j bp', (text, expected) => {
    expect(value(readPercent(text, 2, 'target_pct'))).toBe(expected);
  });

  it.each([
    ['2024-10', '2024-10'],
    ['2024-13', 'INVALID_MONTH'],
    ['2024-00', 'INVALID_MONTH'],
    ['Okt 2024', 'INVALID_MONTH'],
    ['2026-02', 'FUTURE_MONTH'],
    ['2026-01', '2026-01'],
  ])('month %j (current 2026-01) → %j', (text, expected) => {
    expect(value(readPastMonth(text, 2, 'month', '2026-01' as Month))).toBe(expected);
  });

  it.each([
    ['15.03', '15.03'],
    ['1503', '15.03'],
    ['1503042001', '15.03.04.2001'],
    ['15.3', 'INVALID_REGION_CODE'],
    ['xx', 'INVALID_REGION_CODE'],
    ['', 'REQUIRED'],
  ])('region %j → %j', (text, expected) => {
    expect(value(readRegionCode(text, 2, 'region_code'))).toBe(expected);
  });

  it('integer ranges', () => {
    expect(value(readInteger('2024', 2, 'year', 2000, 2100))).toBe(2024);
    expect(value(readInteger('1999', 2, 'year', 2000, 2100))).toBe('OUT_OF_RANGE');
  });

  it('every issue carries row, column and both languages', () => {
    const cell = readCount('-5', 7, 'active');
    expect(cell.ok).toBe(false);
    if (!cell.ok)
      expect(cell.issue).toMatchObject({
        row: 7,
        column: 'active',
        message: 'Tidak boleh negatif',
        messageEn: 'Must not be negative',
        value: '-5',
      });
  });
});
