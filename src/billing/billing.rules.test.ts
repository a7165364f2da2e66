import { describe, expect, it } from 'vitest';
import { quoteBpu } from '../regulations/contributions/bpu.rules.ts';
import { computePu, puSheet } from '../regulations/contributions/pu.rules.ts';
import { seedBook } from '../regulations/contributions/test-book.ts';
import type { Month } from '../shared/month.ts';
import {
  bpuSector,
  contractMonths,
  dueOn,
  lapseStart,
  payerKeyOf,
  programBits,
  puLine,
  zeroBillSettledOn,
} from './billing.rules.ts';
import { bpuSheet, computeBpu } from './bpu.sheet.ts';

const ALL = programBits(['JHT', 'JKK', 'JKM', 'JP', 'JKP']);

describe('PU line: what the employer pays for one worker-month (PP 44/2015, 45/2015, 46/2015, 37/2021)', () => {
  const cases = [
    {
      name: 'Rp5.000.000, group 1, Mar 2025, all programs',
      month: '2025-03-31',
      wage: 5_000_000,
      group: 1,
      bits: ALL,
      // employer JHT 3,7% 185.000 + JKK 0,24% 12.000 + JKM 0,30% 15.000 + JP 2% 100.000 = 312.000
      // worker JHT 2% 100.000 + JP 1% 50.000 = 150.000; JKP government 0,22% × 5.000.000 = 11.000
      want: { employer: 312_000, worker: 150_000, government: 11_000, amount: 462_000 },
    },
    {
      name: 'Rp5.000.000, group 1, JKK + JKM only (micro employer joining in stages)',
      month: '2025-03-31',
      wage: 5_000_000,
      group: 1,
      bits: programBits(['JKK', 'JKM']),
      // JKK 12.000 + JKM 15.000; no JKP held → no government share recorded
      want: { employer: 27_000, worker: 0, government: 0, amount: 27_000 },
    },
    {
      name: 'Rp12.000.000, group 5, Mar 2025: JP on the cap Rp10.547.400, JKP on Rp5.000.000',
      month: '2025-03-31',
      wage: 12_000_000,
      group: 5,
      bits: ALL,
      // employer JHT 444.000 + JKK 1,74% 208.800 + JKM 36.000 + JP 2% × 10.547.400 = 210.948 → 899.748
      // worker JHT 240.000 + JP 1% × 10.547.400 = 105.474 → 345.474
      want: { employer: 899_748, worker: 345_474, government: 11_000, amount: 1_245_222 },
    },
    {
      name: 'Rp3.333.333, group 1: each share rounded once, half up',
      month: '2024-06-30',
      wage: 3_333_333,
      group: 1,
      bits: programBits(['JHT', 'JKK', 'JKM']),
      // JHT 3,7% = 123.333,32 → 123.333; JKK 0,24% = 7.999,9992 → 8.000; JKM 0,3% = 9.999,999 → 10.000
      // worker JHT 2% = 66.666,66 → 66.667
      want: { employer: 141_333, worker: 66_667, government: 0, amount: 208_000 },
    },
  ];
  it.each(cases)('$name', ({ month, wage, group, bits, want }) => {
    expect(puLine(computePu(puSheet(seedBook, month), { wage, jkkGroup: group }), bits)).toEqual(want);
  });
});

describe('BPU sheet: the same amounts as quoteBpu (PP 44/2015 as amended; PP 50/2025)', () => {
  const cases = [
    // JKK 1% × 1.000.000 = 10.000 + JKM 6.800 = 16.800 (before the PP 50/2025 window)
    { month: '2025-06', income: 1_000_000, jht: false, payer: 'self', sector: 'other', want: 16_800 },
    // + JHT 2% × 1.000.000 = 20.000 → 36.800
    { month: '2025-06', income: 1_000_000, jht: true, payer: 'self', sector: 'other', want: 36_800 },
    // transport, Jan 2026: 50% off JKK and JKM → 5.000 + 3.400 = 8.400
    { month: '2026-01', income: 1_000_000, jht: false, payer: 'self', sector: 'transport', want: 8_400 },
    // other sectors start in Apr 2026: Jan 2026 is full price
    { month: '2026-01', income: 1_000_000, jht: false, payer: 'self', sector: 'other', want: 16_800 },
    // May 2026, other, with JHT: 5.000 + 3.400 + 20.000 (JHT not discounted) = 28.400
    { month: '2026-05', income: 1_000_000, jht: true, payer: 'csr', sector: 'other', want: 28_400 },
    // a government (APBD) payer gets no PP 50/2025 discount: 16.800
    { month: '2026-05', income: 1_000_000, jht: false, payer: 'government', sector: 'other', want: 16_800 },
    // Rp2.345.678: JKK 1% = 23.456,78 → 23.457 (×50% = 11.728,39 → 11.728) + JKM 3.400 = 15.128
    { month: '2026-05', income: 2_345_678, jht: false, payer: 'self', sector: 'other', want: 15_128 },
  ] as const;
  it.each(cases)('$month $income jht=$jht $payer $sector → $want', (c) => {
    const asOf = `${c.month}-${c.month === '2026-01' ? '31' : c.month === '2025-06' ? '30' : '31'}`;
    const got = computeBpu(bpuSheet(seedBook, asOf), {
      income: c.income,
      jht: c.jht,
      payerKind: c.payer,
      sector: c.sector,
    });
    expect(got).toMatchObject({ ok: true, amount: c.want });
    const quote = quoteBpu(seedBook, asOf, {
      segment: 'bpu',
      month: c.month,
      income: c.income,
      jht: c.jht,
      sector: c.sector,
      payer: c.payer === 'self' ? 'self' : c.payer === 'government' ? 'apbd' : 'other',
    });
    expect(quote.total).toBe(c.want);
  });

  it('refuses an income below the floor instead of billing it', () => {
    const got = computeBpu(bpuSheet(seedBook, '2025-06-30'), {
      income: 999_999,
      jht: false,
      payerKind: 'self',
      sector: 'other',
    });
    expect(got).toEqual({ ok: false, code: 'BPU_INCOME_BELOW_FLOOR' });
  });
});

describe('payers, dates and months', () => {
  it.each([
    [{ segment: 'PU', payerKind: 'employer', employerId: 7 }, 'employer:7'],
    [{ segment: 'BPU', payerKind: 'self' }, 'participant:3'],
    [{ segment: 'BPU', payerKind: 'government', payerRef: 'APBD-1503' }, 'program:government:APBD-1503'],
    [{ segment: 'BPU', payerKind: 'group' }, 'program:group:-'],
    [{ segment: 'JAKON', payerKind: 'employer', projectId: 4 }, 'project:4'],
    [{ segment: 'PMI', payerKind: 'self' }, 'placement:9'],
  ] as const)('%o → %s', (m, key) => {
    expect(
      payerKeyOf({
        payerRef: null,
        employerId: null,
        projectId: null,
        participantId: 3,
        membershipId: 9,
        ...m,
      }),
    ).toBe(key);
  });

  it('is due on the 15th of the following month (rules.md 1.6), across a year end', () => {
    expect(dueOn('2025-01' as Month)).toBe('2025-02-15');
    expect(dueOn('2025-12' as Month)).toBe('2026-01-15');
  });

  it('settles a zero bill on the run date, never after its due date', () => {
    expect(zeroBillSettledOn('2025-02-03', '2025-02-15')).toBe('2025-02-03');
    expect(zeroBillSettledOn('2026-01-15', '2025-02-15')).toBe('2025-02-15');
  });

  it.each([
    ['2025-01-01', '2026-12-31', 24],
    ['2025-01-01', '2025-12-31', 12],
    ['2025-01-15', '2027-01-14', 24],
    ['2025-01-15', '2025-07-20', 7], // 6 months and 6 days: the started month counts
    ['2025-03-01', '2025-03-10', 1],
  ])('a placement %s … %s runs %i contract months', (from, to, months) => {
    expect(contractMonths(from, to)).toBe(months);
  });

  it('reads the PP 50/2025 transport sector from the occupation', () => {
    expect(bpuSector('Ojek online')).toBe('transport');
    expect(bpuSector('kurir')).toBe('transport');
    expect(bpuSector('petani')).toBe('other');
    expect(bpuSector(null)).toBe('other');
  });
});

describe('BPU lapse: three consecutive unpaid, overdue months (rules.md 1.3)', () => {
  const bills = (spec: string) =>
    [...spec].map((c, i) => ({
      month: `2025-${String(i + 1).padStart(2, '0')}` as Month,
      unpaid: c === 'x',
    }));
  it.each([
    ['ppxxx', '2025-03'],
    ['xxx', '2025-01'],
    ['pxxpxx', null], // two unpaid, one paid, two unpaid: never three in a row
    ['pxxpxxx', '2025-05'],
    ['ppp', null],
  ])('%s → %s', (spec, want) => {
    expect(lapseStart(bills(spec))).toBe(want);
  });

  it('needs the months to be consecutive, not just the bills', () => {
    const gap = [
      { month: '2025-01' as Month, unpaid: true },
      { month: '2025-02' as Month, unpaid: true },
      { month: '2025-04' as Month, unpaid: true },
    ];
    expect(lapseStart(gap)).toBeNull();
  });
});
