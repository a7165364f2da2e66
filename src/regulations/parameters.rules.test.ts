import { describe, expect, it } from 'vitest';
import { overlappingCodes, parameterInForce, type RegulationParameter } from './parameters.rules.ts';
import { SEED_PARAMETERS } from './parameters.seed.ts';

const row = (effectiveFrom: string, effectiveTo: string | null, value: number): RegulationParameter => ({
  code: 'x',
  effectiveFrom,
  effectiveTo,
  value,
  unit: 'rupiah',
  legalBasis: 'test',
  article: null,
  confidence: 'H',
  note: null,
});

describe('parameterInForce picks the row whose validity range holds the date', () => {
  const rows = [
    row('2015-07-01', '2023-02-28', 1),
    row('2023-03-01', '2024-02-29', 2),
    row('2024-03-01', null, 3),
  ];
  it.each([
    ['2015-06-30', null],
    ['2015-07-01', 1],
    ['2023-02-28', 1],
    ['2023-03-01', 2],
    ['2024-02-29', 2],
    ['2030-01-01', 3],
  ])('%s → %s', (date, expected) => {
    expect(parameterInForce(rows, 'x', date)?.value ?? null).toBe(expected);
  });
});

describe('overlappingCodes', () => {
  it('finds overlapping and open-ended rows of one code', () => {
    expect(overlappingCodes([row('2020-01-01', null, 1), row('2021-01-01', null, 2)])).toEqual(['x']);
    expect(overlappingCodes([row('2020-01-01', '2020-12-31', 1), row('2020-12-31', null, 2)])).toEqual(['x']);
    expect(overlappingCodes([row('2020-01-01', '2020-12-31', 1), row('2021-01-01', null, 2)])).toEqual([]);
  });

  it('the shipped seed rows do not overlap and all carry a legal basis', () => {
    expect(overlappingCodes(SEED_PARAMETERS)).toEqual([]);
    for (const p of SEED_PARAMETERS) expect(p.legalBasis.length).toBeGreaterThan(3);
  });
});
