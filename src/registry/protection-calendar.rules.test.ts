import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import {
  type CalendarLine,
  type CalendarStatus,
  memberInMonth,
  membershipCalendar,
  monthStatus,
} from './protection-calendar.rules.ts';

const m = (month: string) => month as Month;
/** A BPU membership from 15 January 2025 to 10 May 2025. */
const bpu = { id: 7, from: '2025-01-15', to: '2025-05-10' };
const line = (coversFrom: string, dueOn: string, settledOn: string | null, billId = 1): CalendarLine => ({
  membershipId: 7,
  billId,
  coversFrom,
  coversTo: coversFrom,
  dueOn,
  settledOn,
});

describe('memberInMonth: the membership shares a day with the month', () => {
  it.each([
    ['2024-12', false], // ends 31 Dec, starts 15 Jan
    ['2025-01', true], // 15–31 Jan
    ['2025-05', true], // 1–10 May
    ['2025-06', false],
  ])('%s → %s', (month, expected) => {
    expect(memberInMonth(bpu, m(month))).toBe(expected);
  });

  it('an open membership runs on', () => {
    expect(memberInMonth({ id: 1, from: '2025-01-31', to: null }, m('2030-12'))).toBe(true);
    expect(memberInMonth({ id: 1, from: '2025-02-01', to: null }, m('2025-01'))).toBe(false);
  });
});

describe('monthStatus: precedence not_member > protected > unpaid > grace > not_billed', () => {
  const cases: [string, string, string[], CalendarLine[], string, CalendarStatus, number | null][] = [
    // month, today, protected months, lines, why, status, bill
    ['2024-12', '2025-06-01', ['2024-12'], [], 'before the start, even with a stray row', 'not_member', null],
    [
      '2025-02',
      '2025-06-01',
      ['2025-02'],
      [line('2025-02-01', '2025-03-15', null)],
      'row wins',
      'protected',
      null,
    ],
    [
      '2025-02',
      '2025-03-15',
      [],
      [line('2025-02-01', '2025-03-15', null)],
      'due today: still grace',
      'grace',
      1,
    ],
    ['2025-02', '2025-03-16', [], [line('2025-02-01', '2025-03-15', null)], 'a day after due', 'unpaid', 1],
    [
      '2025-02',
      '2025-03-16',
      [],
      [line('2025-02-01', '2025-03-15', '2025-03-10')],
      'settled, no row yet',
      'not_billed',
      null,
    ],
    [
      '2025-03',
      '2025-06-01',
      [],
      [line('2025-02-01', '2025-03-15', null)],
      'a line of another month',
      'not_billed',
      null,
    ],
    [
      '2025-04',
      '2025-05-01',
      [],
      [line('2025-04-01', '2025-05-15', null, 2), line('2025-04-01', '2025-04-30', null, 3)],
      'an overdue fine-free second bill wins over the pending one',
      'unpaid',
      3,
    ],
  ];
  it.each(cases)('%s on %s (%s lines: %#)', (month, today, rows, lines, _why, status, billId) => {
    const cell = monthStatus(bpu, m(month), new Set(rows), lines, today);
    expect(cell.status).toBe(status);
    expect(cell.billId).toBe(billId);
  });

  it('a Jakon line covering the whole contract marks every month of it', () => {
    const jakon = { id: 9, from: '2025-01-01', to: '2025-06-30' };
    const contract: CalendarLine = {
      membershipId: 9,
      billId: 4,
      coversFrom: '2025-01-01',
      coversTo: '2025-06-01',
      dueOn: '2025-01-15',
      settledOn: null,
    };
    const cells = membershipCalendar(
      jakon,
      m('2024-12'),
      m('2025-07'),
      new Set(['2025-01']),
      [contract],
      '2025-02-01',
    );
    expect(cells.map((c) => c.status)).toEqual([
      'not_member',
      'protected',
      'unpaid',
      'unpaid',
      'unpaid',
      'unpaid',
      'unpaid',
      'not_member',
    ]);
  });

  it('lines of another membership do not count', () => {
    const other = { ...line('2025-02-01', '2025-03-15', null), membershipId: 8 };
    expect(monthStatus(bpu, m('2025-02'), new Set(), [other], '2025-04-01').status).toBe('not_billed');
  });
});
