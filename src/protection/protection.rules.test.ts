import { describe, expect, it } from 'vitest';
import {
  type BilledLine,
  countedSegment,
  countsAsActive,
  type MonthStatus,
  monthStatus,
  personMonthStatus,
  protectedMonthsOfLine,
} from './protection.rules.ts';

const open = { to: null, diedOn: null };

describe('protectedMonthsOfLine — the months a settled line protects', () => {
  it.each([
    // PU/BPU bill one month (rules.md 1.1, 1.3): the month itself.
    [
      'PU March, member since 2024',
      ['2025-03-01', '2025-03-01'],
      { from: '2024-01-01', ...open },
      ['2025-03'],
    ],
    // Joined on 20 March: March shares days with the membership, so it counts.
    ['joined mid-month', ['2025-03-01', '2025-03-01'], { from: '2025-03-20', ...open }, ['2025-03']],
    // Joined 1 April: the March line protects nothing.
    ['billed before the start', ['2025-03-01', '2025-03-01'], { from: '2025-04-01', ...open }, []],
    // Left 10 March: March is still in validity; a line for April protects nothing.
    [
      'left on 10 March, March line',
      ['2025-03-01', '2025-03-01'],
      { from: '2024-01-01', to: '2025-03-10', diedOn: null },
      ['2025-03'],
    ],
    [
      'left on 10 March, April line',
      ['2025-04-01', '2025-04-01'],
      { from: '2024-01-01', to: '2025-03-10', diedOn: null },
      [],
    ],
    // Jakon project line Jan–Jun (1.4), project membership from 15 Feb: Feb … Jun = 5 months.
    [
      'Jakon Jan–Jun from 15 Feb',
      ['2025-01-01', '2025-06-01'],
      { from: '2025-02-15', ...open },
      ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
    ],
    // PMI contract line Jan–Jun (1.5); died 10 April: Jan … Apr (month of death kept), May–Jun not.
    [
      'PMI, died 10 April',
      ['2025-01-01', '2025-06-01'],
      { from: '2024-12-01', to: null, diedOn: '2025-04-10' },
      ['2025-01', '2025-02', '2025-03', '2025-04'],
    ],
    // Across a year end: Nov, Dec, Jan.
    [
      'across the year end',
      ['2024-11-01', '2025-01-01'],
      { from: '2024-01-01', ...open },
      ['2024-11', '2024-12', '2025-01'],
    ],
  ] as const)('%s', (_name, [coversFrom, coversTo], validity, expected) => {
    expect(protectedMonthsOfLine({ coversFrom, coversTo }, validity)).toEqual(expected);
  });
});

const paid: BilledLine = { settled: true, dueOn: '2025-04-15' };
const openBill: BilledLine = { settled: false, dueOn: '2025-04-15' };

describe('monthStatus — one membership-month (rules.md 1.6: due the 15th of the next month)', () => {
  it.each([
    ['outside the membership', false, [paid], '2025-05-01', 'not_member'],
    ['settled', true, [paid], '2025-05-01', 'protected'],
    [
      'settled late (BPU arrears paid within 3 months, 1.3)',
      true,
      [openBill, paid],
      '2025-07-01',
      'protected',
    ],
    ['billed, today 14 Apr ≤ due 15 Apr', true, [openBill], '2025-04-14', 'grace'],
    ['billed, today = due date 15 Apr', true, [openBill], '2025-04-15', 'grace'],
    ['billed, today 16 Apr > due 15 Apr', true, [openBill], '2025-04-16', 'unpaid'],
    [
      'two open lines, one overdue (due 15 Apr) and one not (due 15 May): the worst decides',
      true,
      [openBill, { settled: false, dueOn: '2025-05-15' }],
      '2025-04-16',
      'unpaid',
    ],
    ['member, nothing billed', true, [], '2025-04-16', 'not_billed'],
  ] as const)('%s → %s', (_name, inValidity, lines, today, expected) => {
    expect(monthStatus(inValidity, lines, today)).toBe(expected);
  });

  it('only protected counts as active (coverage counts paid participants)', () => {
    const statuses: MonthStatus[] = ['protected', 'grace', 'unpaid', 'not_billed', 'not_member'];
    expect(statuses.filter(countsAsActive)).toEqual(['protected']);
  });

  it.each([
    [['unpaid', 'protected'], 'protected'],
    [['not_member', 'grace', 'unpaid'], 'grace'],
    [['not_billed', 'unpaid'], 'unpaid'],
    [[], 'not_member'],
  ] as const)('a person with memberships %j is %s', (statuses, expected) => {
    expect(personMonthStatus(statuses)).toBe(expected);
  });
});

describe('countedSegment — one person, one segment per month (PU > JAKON > PMI > BPU)', () => {
  it.each([
    [['BPU', 'PU'], 'PU'],
    [['BPU', 'JAKON'], 'JAKON'],
    [['PMI', 'BPU'], 'PMI'],
    [['BPU'], 'BPU'],
    [[], null],
  ] as const)('%j → %s', (segments, expected) => {
    expect(countedSegment(segments)).toBe(expected);
  });
});
