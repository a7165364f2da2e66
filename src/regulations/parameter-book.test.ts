import { describe, expect, it } from 'vitest';
import { ParameterBook } from './parameter-book.ts';
import { overlappingCodes, parameterInForce } from './parameters.rules.ts';
import { SEED_PARAMETERS } from './parameters.seed.ts';

describe('ParameterBook reads the same rows as parameterInForce, faster', () => {
  const book = new ParameterBook(SEED_PARAMETERS);
  const dates = [
    '2015-06-30',
    '2015-07-01',
    '2016-03-01',
    '2021-02-01',
    '2021-02-02',
    '2025-02-06',
    '2025-02-07',
    '2026-02-28',
    '2026-03-01',
    '2027-03-01',
  ];
  const codes = [...new Set(SEED_PARAMETERS.map((p) => p.code))];

  it.each(dates)('every code on %s', (date) => {
    for (const code of codes)
      expect(book.find(code, date)).toBe(parameterInForce(SEED_PARAMETERS, code, date));
  });

  it('require names the missing code and date', () => {
    expect(() => book.require('pu.jp.wage_cap', '2016-05-31')).toThrow(
      'Regulation parameter "pu.jp.wage_cap" has no value for 2016-05-31',
    );
  });

  it('withPrefix lists the rows of a family in force, by code', () => {
    expect(book.withPrefix('pmi.placement.', '2025-01-31').map((p) => p.value)).toEqual([
      108_000, 189_000, 332_500,
    ]);
    expect(book.withPrefix('pu.jkk_discount.industry.', '2025-01-31')).toEqual([]);
    expect(book.withPrefix('pu.jkk_discount.industry.', '2025-02-28')).toHaveLength(6);
  });

  it('the shipped rows never overlap and each carries a legal basis and a confidence', () => {
    expect(overlappingCodes(SEED_PARAMETERS)).toEqual([]);
    for (const p of SEED_PARAMETERS) {
      expect(p.legalBasis.length).toBeGreaterThan(3);
      expect(['H', 'M', 'L']).toContain(p.confidence);
    }
  });
});
