import { describe, expect, it } from 'vitest';
import { param } from '../seed/row.ts';
import { quoteContribution } from './contribution.quote.ts';
import type { ContributionInput } from './contribution.types.ts';
import { bookWith, seedBook } from './test-book.ts';

const bpu = (month: string, income: number, extra: Partial<ContributionInput> = {}) =>
  quoteContribution(seedBook, { segment: 'bpu', month, income, ...extra });

describe('BPU: JKK 1 % of declared income, JKM Rp6.800, optional JHT 2 % (PP 44/2015 jo. PP 82/2019; PP 46/2015)', () => {
  it.each([
    ['2024-10', 1_000_000, {}, 16_800, '10.000 + 6.800 (the minimum)'],
    ['2024-10', 1_000_000, { jht: true }, 36_800, '20.000 + 10.000 + 6.800'],
    ['2024-10', 2_500_000, { jht: true }, 81_800, '50.000 + 25.000 + 6.800'],
    ['2024-10', 1_234_567, {}, 19_146, '12.345,67 → 12.346 + 6.800'],
  ] as const)('%s income %i %j → Rp%i (%s)', (month, income, extra, total, _arithmetic) => {
    expect(bpu(month, income, extra).total).toBe(total);
  });

  it('refuses income below the Rp1.000.000 floor, naming the floor', () => {
    expect(() => bpu('2024-10', 999_999)).toThrow(/below the floor Rp1,000,000/);
  });

  it('checks Annex II income levels once an operator has entered them', () => {
    const level = (n: number, value: number) =>
      param({
        code: `bpu.income_level.${n}`,
        effectiveFrom: '2015-07-01',
        value,
        unit: 'rupiah',
        legalBasis: 'PP 44/2015 Lampiran II',
      });
    const book = bookWith(level(1, 1_000_000), level(2, 1_300_000));
    const quote = (income: number) => quoteContribution(book, { segment: 'bpu', month: '2024-10', income });
    expect(quote(1_300_000).total).toBe(19_800); // 13.000 + 6.800
    expect(() => quote(1_200_000)).toThrow(/Rp1,000,000, Rp1,300,000/);
    expect(bpu('2024-10', 1_200_000).notes[0]?.en).toMatch(/Annex II income levels .* not been entered/);
  });
});

describe('PP 50/2025: 50 % off BPU JKK and JKM by sector and month, not for APBN/APBD payers', () => {
  it.each([
    // 10.000 → 5.000 and 6.800 → 3.400: Rp8.400; JHT is never discounted.
    ['2025-12', 'transport', 'self', 16_800],
    ['2026-01', 'transport', 'self', 8_400], // transport window Jan 2026 – Mar 2027
    ['2026-01', 'other', 'self', 16_800], // other sectors start Apr 2026
    ['2026-04', 'other', 'self', 8_400],
    ['2026-12', 'other', 'self', 8_400],
    ['2027-01', 'other', 'self', 16_800],
    ['2027-03', 'transport', 'self', 8_400],
    ['2027-04', 'transport', 'self', 16_800],
    ['2026-06', 'other', 'apbd', 16_800], // government-paid: no discount
    ['2026-06', 'transport', 'apbn', 16_800],
    ['2026-06', 'other', 'other', 8_400], // CSR / group payer keeps the discount
  ] as const)('%s %s paid by %s → Rp%i', (month, sector, payer, total) => {
    expect(bpu(month, 1_000_000, { sector, payer }).total).toBe(total);
  });

  it('JHT keeps its full 2 % inside the discount window: 2.500.000 → 50.000 + 12.500 + 3.400', () => {
    const q = bpu('2026-05', 2_500_000, { jht: true });
    expect(q.lines.map((l) => [l.program, l.amount, l.discount?.amount ?? 0])).toEqual([
      ['JHT', 50_000, 0],
      ['JKK', 12_500, 12_500], // 25.000 − 12.500
      ['JKM', 3_400, 3_400], // 6.800 − 3.400
    ]);
    expect(q.total).toBe(65_900);
  });

  it('rounds the discounted JKK once from the exact amount: 1 % × 1.000.120 × 50 % = 5.000,6 → 5.001', () => {
    const q = bpu('2026-05', 1_000_120);
    expect(q.lines.map((l) => [l.program, l.amount, l.discount?.amount])).toEqual([
      ['JKK', 5_001, 5_000], // gross 10.001 (10.001,2) − 5.001
      ['JKM', 3_400, 3_400],
    ]);
  });

  it.each([
    ['self', 'worker'],
    ['employer', 'employer'],
    ['apbd', 'government'],
    ['apbn', 'government'],
    ['other', 'other'],
  ] as const)('payer %s is billed in the %s column', (payer, column) => {
    const q = bpu('2024-10', 1_000_000, { payer });
    expect(q.totals[column]).toBe(16_800);
    expect(q.total).toBe(16_800);
  });

  it('says why a government-paid worker gets no discount', () => {
    expect(bpu('2026-06', 1_000_000, { payer: 'apbd' }).notes.map((n) => n.en)).toContain(
      'No PP 50/2025 discount: contributions paid from a government budget (APBN/APBD).',
    );
  });
});
