import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.ts';
import { quoteContribution } from './contribution.quote.ts';
import type { ContributionInput, ContributionQuote } from './contribution.types.ts';
import { computePu, puSheet } from './pu.rules.ts';
import { bookWith, OPERATOR_JP_CAP_2020, seedBook } from './test-book.ts';

const pu = (month: string, wage: number, jkkGroup: number, extra: Partial<ContributionInput> = {}) =>
  quoteContribution(seedBook, { segment: 'pu', month, wage, jkkGroup, ...extra });

/** [program, employer, worker, government] per line. */
const cells = (q: ContributionQuote) => q.lines.map((l) => [l.program, l.employer, l.worker, l.government]);

describe('PU contributions by program (PP 44/2015 Ps. 16 & 18, PP 45/2015 Ps. 28, PP 46/2015 Ps. 16, PP 6/2025 Ps. 11)', () => {
  it.each([
    {
      case: 'Mar 2025, Rp5.000.000, risk group 1',
      month: '2025-03',
      wage: 5_000_000,
      group: 1,
      lines: [
        ['JHT', 185_000, 100_000, 0], // 3,7 % × 5.000.000 = 185.000; 2 % × 5.000.000 = 100.000
        ['JKK', 12_000, 0, 0], // 0,24 % × 5.000.000
        ['JKM', 15_000, 0, 0], // 0,30 % × 5.000.000
        ['JP', 100_000, 50_000, 0], // 2 % / 1 % × 5.000.000 (below the 10.547.400 cap)
        ['JKP', 0, 0, 11_000], // government 0,22 % × 5.000.000
      ],
      total: 473_000, // 185.000 + 100.000 + 12.000 + 15.000 + 100.000 + 50.000 + 11.000
    },
    {
      case: 'Mar 2025, Rp12.000.000, group 2: JP capped at 10.547.400, JKP at 5.000.000',
      month: '2025-03',
      wage: 12_000_000,
      group: 2,
      lines: [
        ['JHT', 444_000, 240_000, 0], // 3,7 % / 2 % × 12.000.000
        ['JKK', 64_800, 0, 0], // 0,54 % × 12.000.000
        ['JKM', 36_000, 0, 0], // 0,30 % × 12.000.000
        ['JP', 210_948, 105_474, 0], // 2 % / 1 % × 10.547.400
        ['JKP', 0, 0, 11_000], // 0,22 % × 5.000.000
      ],
      total: 1_112_222, // 684.000 + 64.800 + 36.000 + 316.422 + 11.000
    },
    {
      case: 'rounding once per line per payer: Rp3.333.333, group 5',
      month: '2024-06',
      wage: 3_333_333,
      group: 5,
      lines: [
        ['JHT', 123_333, 66_667, 0], // 123.333,321 → 123.333; 66.666,66 → 66.667
        ['JKK', 58_000, 0, 0], // 1,74 % × 3.333.333 = 57.999,9942 → 58.000
        ['JKM', 10_000, 0, 0], // 9.999,999 → 10.000
        ['JP', 66_667, 33_333, 0], // 66.666,66 → 66.667; 33.333,33 → 33.333
        ['JKP', 0, 0, 7_333], // 0,22 % × 3.333.333 = 7.333,3326 → 7.333
      ],
      total: 365_333, // 190.000 + 58.000 + 10.000 + 100.000 + 7.333
    },
  ])('$case', ({ month, wage, group, lines, total }) => {
    const q = pu(month, wage, group);
    expect(cells(q)).toEqual(lines);
    expect(q.total).toBe(total);
  });

  it.each([
    // The JP cap changes each March (rules.md §1.2); Jan–Feb keep the previous year's cap.
    ['2023-02', 9_077_600, 181_552, 90_776], // 2 % / 1 % × 9.077.600
    ['2023-03', 9_559_600, 191_192, 95_596],
    ['2024-02', 9_559_600, 191_192, 95_596],
    ['2024-03', 10_042_300, 200_846, 100_423],
    ['2025-02', 10_042_300, 200_846, 100_423],
    ['2025-03', 10_547_400, 210_948, 105_474],
    ['2026-02', 10_547_400, 210_948, 105_474],
    ['2026-03', 11_086_300, 221_726, 110_863],
  ])(
    'JP cap in %s is Rp%i (PP 45/2015 Ps. 28): employer 2%% = %i, worker 1%% = %i',
    (month, cap, employer, worker) => {
      const jp = pu(month, 20_000_000, 1).lines.find((l) => l.program === 'JP');
      expect(jp).toMatchObject({ base: cap, cap, capApplied: true, employer, worker });
    },
  );

  it('a month whose JP cap the fact sheet does not know fails naming the parameter', () => {
    // Mar 2016 – Feb 2017, Mar 2018 – Feb 2019, Mar 2020 – Feb 2021 and from Mar 2027: unknown.
    for (const month of ['2016-05', '2018-07', '2020-10', '2027-03']) {
      const error = (() => {
        try {
          pu(month, 5_000_000, 1);
        } catch (e) {
          return e as AppError;
        }
        return null;
      })();
      expect(error?.code).toBe('REGULATION_PARAMETER_MISSING');
      expect(error?.details).toMatchObject({ code: 'pu.jp.wage_cap' });
    }
    // …and works once an operator enters it.
    const q = quoteContribution(bookWith(OPERATOR_JP_CAP_2020), {
      segment: 'pu',
      month: '2020-10',
      wage: 5_000_000,
      jkkGroup: 1,
    });
    expect(q.total).toBe(462_000); // 185.000 + 100.000 + 12.000 + 15.000 + 150.000; no JKP yet
  });

  it('refuses months before the programs (1 Jul 2015) with PROGRAM_NOT_IN_FORCE', () => {
    expect(() => pu('2015-06', 5_000_000, 1)).toThrow(
      expect.objectContaining({ code: 'PROGRAM_NOT_IN_FORCE' }),
    );
    expect(pu('2015-07', 5_000_000, 1).total).toBe(462_000); // 473.000 of 2025 minus the 11.000 JKP share (no JKP in 2015)
  });
});

describe('JKP composition by date (PP 37/2021 from 2 Feb 2021; PP 6/2025 from 7 Feb 2025)', () => {
  const book = bookWith(OPERATOR_JP_CAP_2020);
  const quote = (month: string) =>
    quoteContribution(book, { segment: 'pu', month, wage: 5_000_000, jkkGroup: 1 });
  const allocations = (q: ContributionQuote) => q.allocations.map((a) => [a.from, a.amount]);

  it.each([
    // A contribution month is computed with the rules in force on its last day (contribution-date.ts).
    ['2021-01', false, []],
    [
      '2021-02',
      true,
      [
        ['JKK', 7_000],
        ['JKM', 5_000],
      ],
    ], // 0,14 % and 0,10 % × 5.000.000
    [
      '2025-01',
      true,
      [
        ['JKK', 7_000],
        ['JKM', 5_000],
      ],
    ],
    ['2025-02', true, [['JKK', 7_000]]], // 28 Feb 2025 is after 7 Feb: JKM keeps its full 0,30 %
    ['2025-03', true, [['JKK', 7_000]]],
  ])('%s: JKP line %s, allocations %j', (month, hasJkp, expected) => {
    const q = quote(month);
    expect(q.lines.some((l) => l.program === 'JKP')).toBe(hasJkp);
    expect(allocations(q)).toEqual(expected);
  });

  it('the employer pays the same JKK + JKM before and after PP 6/2025: only the labels move', () => {
    const employer = (month: string) => quote(month).totals.employer;
    expect(employer('2025-01')).toBe(employer('2025-03')); // 185.000 + 12.000 + 15.000 + 100.000 = 312.000
    expect(employer('2025-01')).toBe(312_000);
  });

  it('allocations are inside the total, not added to it', () => {
    const q = quote('2024-06');
    expect(q.total).toBe(q.lines.reduce((sum, l) => sum + l.amount, 0));
    expect(q.total).toBe(473_000);
  });
});

describe('PP 7/2025 jo. PP 36/2025: 50 % off JKK for labour-intensive industries with ≥ 50 workers', () => {
  const jkk = (month: string, extra: Partial<ContributionInput>) =>
    pu(month, 4_000_000, 3, extra).lines.find((l) => l.program === 'JKK');
  const textile = { industry: 'textile-apparel', workers: 120 } as const;

  it.each([
    // JKK group 3: 0,89 % × 4.000.000 = 35.600; half = 17.800.
    ['2025-01', textile, 35_600, 'window starts with contribution month Feb 2025'],
    ['2025-02', textile, 17_800, 'first discounted month'],
    ['2026-01', textile, 17_800, 'last discounted month'],
    ['2026-02', textile, 35_600, 'window over'],
    ['2025-06', { industry: 'furniture', workers: 50 }, 17_800, 'exactly 50 workers qualifies'],
    ['2025-06', { industry: 'furniture', workers: 49 }, 35_600, '49 workers do not'],
    ['2025-06', { industry: 'other', workers: 500 }, 35_600, 'other industries do not'],
    ['2025-06', { industry: 'footwear' }, 35_600, 'worker count unknown: no discount'],
    ['2025-06', { ...textile, jkkArrears: true }, 35_600, 'JKK not paid up to Jan 2025'],
  ] as const)('%s %j → JKK Rp%i (%s)', (month, extra, expected, _why) => {
    expect(jkk(month, extra)?.employer).toBe(expected);
  });

  it('discounts JKK only; JKM, JHT and JP are unchanged and the note says why', () => {
    const q = pu('2025-06', 4_000_000, 3, textile);
    expect(cells(q)).toEqual([
      ['JHT', 148_000, 80_000, 0],
      ['JKK', 17_800, 0, 0],
      ['JKM', 12_000, 0, 0],
      ['JP', 80_000, 40_000, 0],
      ['JKP', 0, 0, 8_800],
    ]);
    expect(q.lines[1]?.discount).toEqual({
      rateBp: 5_000,
      amount: 17_800,
      legalBasis: 'PP 7/2025 jo. PP 36/2025',
    });
    expect(pu('2025-06', 4_000_000, 3, { industry: 'furniture', workers: 10 }).notes[0]?.en).toMatch(
      /active workers 10 < 50/,
    );
  });
});

describe('discounts round the paid amount once, half up (ROUNDING_RULE)', () => {
  it('JKK 0,24 % × 417.167 × 50 % = 500,6004 → 501 (not 1.001 − round(500,5) = 500)', () => {
    const q = pu('2025-06', 417_167, 1, { industry: 'textile-apparel', workers: 50 });
    expect(q.lines[1]).toMatchObject({ employer: 501, discount: { amount: 500 } }); // gross 1.001 − 501
  });

  it('the JKK→JKP allocation never exceeds the discounted JKK it is part of', () => {
    // Feb 2025, group 1: JKK 0,24 % × 5.000.000 = 12.000, half paid = 6.000 < 0,14 % × 5.000.000 = 7.000
    const q = pu('2025-02', 5_000_000, 1, { industry: 'textile-apparel', workers: 50 });
    expect(q.lines[1]?.employer).toBe(6_000);
    expect(q.allocations).toMatchObject([{ from: 'JKK', amount: 6_000 }]);
    expect(q.notes.map((n) => n.en).join(' ')).toMatch(/limited to the JKK paid after the discount/);
  });
});

describe('computePu (billing hot path) equals the explained quote', () => {
  it.each([
    [1, '2024-06'],
    [9_999_999, '2025-03'],
    [123_456_789, '2026-06'],
  ])('wage %i in %s', (wage, month) => {
    const quote = pu(month, wage, 4, { industry: 'toys', workers: 60 });
    const amounts = computePu(puSheet(seedBook, quote.asOf), {
      wage,
      jkkGroup: 4,
      industry: 'toys',
      workers: 60,
    });
    expect(amounts.employer + amounts.worker + amounts.government).toBe(quote.total);
    expect(amounts.employer).toBe(quote.totals.employer);
  });
});
