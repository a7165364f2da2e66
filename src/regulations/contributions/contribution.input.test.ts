import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.ts';
import { quoteContribution } from './contribution.quote.ts';
import type { ContributionInput } from './contribution.types.ts';
import { seedBook } from './test-book.ts';

function problemsOf(input: Record<string, unknown>): string[] {
  try {
    quoteContribution(seedBook, input as unknown as ContributionInput);
  } catch (error) {
    const e = error as AppError;
    expect(e.code).toBe('QUOTE_INPUT_INVALID');
    return ((e.details as { problems: { field: string }[] }).problems ?? []).map((p) => p.field);
  }
  throw new Error('expected a QUOTE_INPUT_INVALID error');
}

describe('bad contribution input: every problem reported at once, naming the flag', () => {
  it.each([
    [{ segment: 'pu', month: '2025-03', wage: -5, jkkGroup: 1 }, ['wage'], 'negative wage'],
    [{ segment: 'pu', month: '2025-03', wage: 'abc', jkkGroup: 1 }, ['wage'], 'non-numeric wage'],
    [{ segment: 'pu', month: '2025-03', wage: 1.5, jkkGroup: 1 }, ['wage'], 'fractional rupiah'],
    [
      { segment: 'pu', month: '2025-03', wage: 10_000_000_001, jkkGroup: 1 },
      ['wage'],
      'absurd wage (> Rp10 miliar)',
    ],
    [{ segment: 'pu', month: '2025-03', wage: 5_000_000, jkkGroup: 6 }, ['jkkGroup'], 'unknown risk group'],
    [{ segment: 'pu', month: '2025-03', wage: 5_000_000 }, ['jkkGroup'], 'risk group missing'],
    [{ segment: 'pu', month: '2025-3', wage: 5_000_000, jkkGroup: 1 }, ['month'], 'bad month'],
    [
      { segment: 'pu', month: '2025-03', wage: 5_000_000, jkkGroup: 1, industry: 'mining' },
      ['industry'],
      'unknown industry',
    ],
    [
      { segment: 'bpu', month: '2025-03', income: 1_000_000, jkkGroup: 3 },
      ['jkkGroup'],
      '--jkk-group for BPU',
    ],
    [{ segment: 'bpu', month: '2025-03', income: 1_000_000, wage: 5 }, ['wage'], '--wage for BPU'],
    [{ segment: 'bpu', month: '2025-03', income: 1_000_000, payer: 'village' }, ['payer'], 'unknown payer'],
    [{ segment: 'bpu', month: '2025-03' }, ['income'], 'income missing'],
    [{ segment: 'pmi', month: '2025-03', stage: 'placement' }, ['contractMonths'], 'contract length missing'],
    [
      { segment: 'pmi', month: '2025-03', stage: 'pre', contractMonths: 12 },
      ['contractMonths'],
      'contract months before placement',
    ],
    [
      { segment: 'pmi', month: '2025-03', stage: 'pre', jhtAmount: 50_000 },
      ['jhtAmount'],
      'an amount without --jht',
    ],
    [
      { segment: 'jakon', month: '2025-03', jkkGroup: 5, contractValue: 1 },
      ['jkkGroup'],
      '--jkk-group for Jakon',
    ],
    [
      { segment: 'pu', month: 'x', wage: -1, jkkGroup: 0, income: 5 },
      ['month', 'wage', 'jkkGroup', 'income'],
      'four problems at once',
    ],
  ])('%j → %j (%s)', (input, fields, _why) => {
    expect(problemsOf(input).sort()).toEqual([...fields].sort());
  });

  it('an unknown segment is refused first', () => {
    expect(problemsOf({ segment: 'xyz', month: '2025-03' })).toEqual(['segment']);
  });

  it('messages are bilingual and name both the CLI flag and the API field', () => {
    try {
      quoteContribution(seedBook, { segment: 'bpu', month: '2025-03', income: 1_000_000, jkkGroup: 2 });
    } catch (error) {
      const e = error as AppError;
      expect(e.bilingual.id).toContain('--jkk-group (jkkGroup) tidak berlaku untuk segmen BPU');
      expect(e.bilingual.en).toContain('--jkk-group (jkkGroup) does not apply to the BPU segment');
    }
    expect.assertions(2);
  });
});
