import { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { SEED_PARAMETERS } from '../parameters.seed.ts';
import { param } from '../seed/row.ts';

/** The shipped parameters, as a fresh database holds them. */
export const seedBook = new ParameterBook(SEED_PARAMETERS);

/** The seed plus rows an operator entered (e.g. a JP cap the fact sheet calls unknown). */
export const bookWith = (...rows: RegulationParameter[]): ParameterBook =>
  new ParameterBook([...SEED_PARAMETERS, ...rows]);

/**
 * The JP cap of Mar 2020 – Feb 2021 is unknown to the fact sheet; tests that need a month in that span
 * enter it as an operator would (8.754.600 as published by BPJS for 2020, used here only as test data).
 */
export const OPERATOR_JP_CAP_2020 = param({
  code: 'pu.jp.wage_cap',
  effectiveFrom: '2020-03-01',
  effectiveTo: '2021-02-28',
  value: 8_754_600,
  unit: 'rupiah',
  legalBasis: 'test: operator-entered',
  confidence: 'L',
});
