import { describe, expect, it } from 'vitest';
import { amounts, errorOf, quote } from './benefit.fixtures.ts';
import type { ScholarshipChild } from './benefit.types.ts';

const jkk = (children: ScholarshipChild[]) =>
  quote({ benefit: 'scholarship', cause: 'jkk', eventDate: '2024-01-15', children });

describe('children’s scholarship (PP 44/2015 jo. PP 82/2019)', () => {
  it.each<[string, ScholarshipChild[], [string, number][], number]>([
    // TK–SD 8 × 1.500.000 + SMP 3 × 2.000.000 + SMA 3 × 3.000.000 + PT 5 × 12.000.000
    // = 12.000.000 + 6.000.000 + 9.000.000 + 60.000.000 = 87.000.000 (the per-child maximum)
    ['one child from TK', [{ level: 'tk-sd' }], [['scholarship.child1', 87_000_000]], 87_000_000],
    // two children from TK: 2 × 87.000.000 = 174.000.000 (the maximum for two)
    [
      'two children from TK',
      [{ level: 'tk-sd' }, { level: 'tk-sd' }],
      [
        ['scholarship.child1', 87_000_000],
        ['scholarship.child2', 87_000_000],
      ],
      174_000_000,
    ],
    // SMP with 2 years left: 2 × 2.000.000 + 3 × 3.000.000 + 5 × 12.000.000 = 4 + 9 + 60 jt = 73.000.000
    ['SMP, 2 years left', [{ level: 'smp', years: 2 }], [['scholarship.child1', 73_000_000]], 73_000_000],
    // last year of university: 1 × 12.000.000
    [
      'university, 1 year left',
      [{ level: 'university', years: 1 }],
      [['scholarship.child1', 12_000_000]],
      12_000_000,
    ],
    // SMA: 3 × 3.000.000 + 5 × 12.000.000 = 69.000.000; TK–SD 3 years left:
    // 3 × 1.500.000 + 6.000.000 + 9.000.000 + 60.000.000 = 79.500.000; total 148.500.000
    [
      'SMA and TK–SD with 3 years left',
      [{ level: 'sma' }, { level: 'tk-sd', years: 3 }],
      [
        ['scholarship.child1', 69_000_000],
        ['scholarship.child2', 79_500_000],
      ],
      148_500_000,
    ],
  ])('%s', (_name, children, lines, total) => {
    const q = jkk(children);
    expect(amounts(q)).toEqual(lines);
    expect(q.total).toBe(total);
    expect(q.eligible).toBe(true);
    expect(q.conditions).toEqual([]); // JKK cause: no minimum contribution period
  });

  it('pays at most 2 children, in the order given, and says so', () => {
    // 3 children from TK: only 2 × 87.000.000 = 174.000.000
    const q = jkk([{ level: 'tk-sd' }, { level: 'tk-sd' }, { level: 'smp' }]);
    expect(q.total).toBe(174_000_000);
    expect(q.notes.map((n) => n.en)).toContain('At most 2 children; the last 1 are not counted.');
  });

  it('explains a child’s path level by level', () => {
    const q = jkk([{ level: 'sma', years: 1 }]);
    // 1 × 3.000.000 + 5 × 12.000.000 = 63.000.000
    expect(q.components[0]?.explanation.id).toBe(
      'SMA 1 × Rp3.000.000 + perguruan tinggi 5 × Rp12.000.000 = Rp63.000.000 → Rp63.000.000 (PP 44/2015 jo. PP 82/2019)',
    );
  });

  it.each([
    // JKM cause needs ≥ 36 contribution months (3 years): 35 fails → total 0
    [35, false, 0],
    // 36 months: one child from TK = 87.000.000
    [36, true, 87_000_000],
    [240, true, 87_000_000],
  ])('JKM cause with %i contribution months: eligible %s, Rp%i', (contributionMonths, eligible, total) => {
    const q = quote({
      benefit: 'scholarship',
      cause: 'jkm',
      deathDate: '2024-01-15',
      contributionMonths,
      children: [{ level: 'tk-sd' }],
    });
    expect(q.eligible).toBe(eligible);
    expect(q.total).toBe(total);
    expect(q.conditions).toEqual([
      expect.objectContaining({ code: 'scholarship.jkm_min_contribution_months', met: eligible }),
    ]);
  });

  it.each([
    // more years than the level has (SMP ≤ 3): checked against the parameter
    [[{ level: 'smp', years: 4 }], 'children[0].years'],
    // TK–SD ≤ 8, and never more than 8 for any level: checked at the edge
    [[{ level: 'tk-sd', years: 9 }], 'children[0]'],
    [[{ level: 'kuliah' }], 'children[0]'],
    [[], 'children'],
  ])('rejects children %j', (children, field) => {
    const error = errorOf(() => jkk(children as ScholarshipChild[]));
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect((error.details as { problems: { field: string }[] }).problems[0]?.field).toBe(field);
  });

  it('needs contribution months for the JKM cause', () => {
    const error = errorOf(() =>
      quote({ benefit: 'scholarship', cause: 'jkm', deathDate: '2024-01-15', children: [{ level: 'smp' }] }),
    );
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.bilingual.en).toMatch(/contributionMonths is required/);
  });

  it('a death before PP 82/2019 names the missing parameter', () => {
    const error = errorOf(() =>
      quote({
        benefit: 'scholarship',
        cause: 'jkm',
        deathDate: '2019-11-30',
        contributionMonths: 60,
        children: [{ level: 'smp' }],
      }),
    );
    expect(error.code).toBe('REGULATION_PARAMETER_MISSING');
    // The first scholarship row the quote reads is the number of children; all start 2 Dec 2019.
    expect(error.details).toMatchObject({ code: 'scholarship.max_children' });
  });

  it.each([
    // Only the contract's flags: no cause, no children → the upper bound, 2 children from TK–SD:
    // 2 × (8 × 1.500.000 + 3 × 2.000.000 + 3 × 3.000.000 + 5 × 12.000.000) = 2 × 87.000.000
    [{ eventDate: '2025-06-01' }, 174_000_000, true, 'accident date → JKK cause, no minimum'],
    [
      { deathDate: '2025-06-01', contributionMonths: 36 },
      174_000_000,
      true,
      'death date → JKM, 36 months met',
    ],
    [{ deathDate: '2025-06-01', contributionMonths: 35 }, 0, false, 'JKM needs ≥ 36 months'],
  ])('%j → Rp%i (eligible %s: %s)', (input, total, eligible, _why) => {
    const q = quote({ benefit: 'scholarship', ...input });
    expect(q.total).toBe(total);
    expect(q.eligible).toBe(eligible);
    expect(q.notes.map((n) => n.en).join(' ')).toMatch(/No cause given/);
  });

  it('a JKM cause without contribution months is an input error naming the field', () => {
    const error = errorOf(() => quote({ benefit: 'scholarship', deathDate: '2025-06-01' }));
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(JSON.stringify(error.details)).toContain('contributionMonths');
  });
});
