import { describe, expect, it } from 'vitest';
import { errorOf, quote } from './benefit.fixtures.ts';
import { BENEFIT_FIELDS, BENEFIT_KINDS, type BenefitInput } from './benefit.quote.ts';

type Problems = { problems: { field: string }[] };

describe('bad input is one QUOTE_INPUT_INVALID naming every field at fault', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['negative wage', { benefit: 'jkk-death', asOf: '2024-01-01', wage: -1 }, ['wage']],
    ['zero wage', { benefit: 'jkk-death', asOf: '2024-01-01', wage: 0 }, ['wage']],
    ['fractional wage', { benefit: 'stmb', asOf: '2024-01-01', wage: 1_000_000.5, months: 2 }, ['wage']],
    ['absurd wage', { benefit: 'jkp', asOf: '2024-01-01', wage: 1e15 }, ['wage']],
    ['wage as text', { benefit: 'jkp', asOf: '2024-01-01', wage: '5000000' }, ['wage']],
    ['missing wage', { benefit: 'jkk-disability', asOf: '2024-01-01' }, ['wage']],
    [
      'disability over 100 %',
      { benefit: 'jkk-disability', asOf: '2024-01-01', wage: 1, disabilityPercent: 101 },
      ['disabilityPercent'],
    ],
    ['impossible date', { benefit: 'jkm', deathDate: '2025-02-30' }, ['deathDate']],
    ['not a date', { benefit: 'jkm', asOf: '01/02/2025' }, ['asOf']],
    ['no date at all', { benefit: 'jkm' }, ['asOf']],
    ['field of another benefit', { benefit: 'jkm', asOf: '2024-01-01', wage: 5_000_000 }, ['wage']],
    ['unknown reason', { benefit: 'jkp', asOf: '2024-01-01', wage: 1, reason: 'fired' }, ['reason']],
    [
      'return rate above 20 %',
      { benefit: 'jht', asOf: '2024-01-01', months: 1, returnRateBp: 2_001 },
      ['returnRateBp'],
    ],
    [
      'consecutive above total',
      { benefit: 'jkp', asOf: '2024-01-01', wage: 1, contributionMonths: 6, consecutiveMonths: 7 },
      ['consecutiveMonths'],
    ],
    [
      'two problems at once',
      { benefit: 'jp', asOf: '2024-01-01', averageWage: -5 },
      ['averageWage', 'contributionMonths'],
    ],
    ['unknown benefit', { benefit: 'jkn', asOf: '2024-01-01' }, ['benefit']],
  ])('%s', (_name, input, fields) => {
    const error = errorOf(() => quote(input as unknown as BenefitInput));
    expect(error.code).toBe('QUOTE_INPUT_INVALID');
    expect(error.status).toBe(400);
    expect((error.details as Problems).problems.map((p) => p.field)).toEqual(fields);
    expect(error.bilingual.id).toMatch(/^Masukan tidak valid: /);
  });
});

describe('BENEFIT_FIELDS, the one list the CLI and HTTP schema are generated from', () => {
  it('names each field once, and every field applies to at least one benefit', () => {
    const names = BENEFIT_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of BENEFIT_FIELDS) {
      expect(field.appliesTo.length).toBeGreaterThan(0);
      expect(field.description.id.length).toBeGreaterThan(3);
      expect(field.description.en.length).toBeGreaterThan(3);
      if (field.kind === 'int') expect(field.min).toBeLessThan(field.max ?? 0);
      if (field.kind === 'enum') expect(field.values?.length).toBeGreaterThan(0);
    }
  });

  it('lists every benefit kind as the values of `benefit`', () => {
    expect(BENEFIT_FIELDS.find((f) => f.name === 'benefit')?.values).toEqual(BENEFIT_KINDS);
  });
});
