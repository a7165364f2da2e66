import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountShort,
  formatDateTime,
  formatFileSize,
  formatMonth,
  formatPercent,
  formatRupiah,
  formatRupiahShort,
} from './format.ts';

describe('format (id-ID first, en on request)', () => {
  it.each([
    [formatCount(1_033_000), '1.033.000'],
    [formatCount(1_033_000, 'en'), '1,033,000'],
    [formatCount(null), '—'],
    [formatRupiah(16_800), 'Rp16.800'],
    [formatRupiah(413_952_000, 'en'), 'Rp413,952,000'],
    [formatRupiah(-5_000), '−Rp5.000'],
    [formatRupiahShort(1_008_000_000), 'Rp1,01 miliar'],
    [formatRupiahShort(2_436_016_800_000, 'en'), 'Rp2.44 trillion'],
    [formatRupiahShort(16_800), 'Rp16.800'],
    [formatPercent(43), '43,00 %'],
    [formatPercent(31.93, 'en'), '31.93%'],
    [formatPercent(-10.97, 'id', { signed: true }), '−10,97 %'],
    [formatPercent(4.75, 'id', { signed: true }), '+4,75 %'],
    [formatPercent(null), '—'],
    [formatMonth('2024-10'), 'Oktober 2024'],
    [formatMonth('2024-10', 'en', true), 'Oct 2024'],
    [formatMonth('2025-05', 'id', true), 'Mei 2025'],
    [formatCountShort(45_220_000), '45,2 jt'],
    [formatCountShort(580_000, 'en'), '580K'],
    [formatCountShort(1_250_000_000), '1,3 M'],
    [formatCountShort(950), '950'],
    // 03:04 UTC is 10:04 in Jakarta (UTC+7).
    [formatDateTime('2024-10-05T03:04:00Z'), '5 Okt 2024, 10.04 WIB'],
    [formatDateTime('2024-10-05T03:04:00Z', 'en'), '5 Oct 2024, 10:04 WIB'],
    [formatFileSize(3_565_158), '3,4 MB'],
    [formatFileSize(850, 'en'), '850 B'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
