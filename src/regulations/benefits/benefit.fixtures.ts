import { AppError } from '../../shared/errors.ts';
import { ParameterBook } from '../parameter-book.ts';
import { SEED_PARAMETERS } from '../parameters.seed.ts';
import { quoteBenefit } from './benefit.quote.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';

/** Test kit: the shipped seed as a book, so the tests check the product's own data. */
export const seedBook = new ParameterBook(SEED_PARAMETERS);

export const quote = (input: BenefitInput, book: ParameterBook = seedBook): BenefitQuote =>
  quoteBenefit(book, input);

/** The AppError a call throws (fails the test when it throws nothing or something else). */
export function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

export const componentSum = (q: BenefitQuote): number => q.components.reduce((s, c) => s + c.amount, 0);

export const amounts = (q: BenefitQuote): [string, number][] => q.components.map((c) => [c.code, c.amount]);
