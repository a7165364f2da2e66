import { AppError } from '../../shared/errors.ts';
import type { ParameterBook } from '../parameter-book.ts';
import { quoteBpu } from './bpu.rules.ts';
import { validateContributionInput } from './contribution.input.ts';
import type { ContributionInput, ContributionQuote } from './contribution.types.ts';
import { lastDayOfMonth } from './contribution-date.ts';
import { quoteJakon } from './jakon.rules.ts';
import { quotePmi } from './pmi.rules.ts';
import { quotePu } from './pu.quote.ts';
import { puSheet } from './pu.sheet.ts';

/**
 * The parameter whose first date marks when a segment's programs begin (PP 44, 45, 46/2015: 1 Jul
 * 2015). PMI is absent: its protection existed before Permenaker 4/2023, only the earlier amounts are
 * not in the data, so an earlier month fails naming the missing parameter instead.
 */
const FIRST_RULE: Partial<Record<ContributionInput['segment'], string>> = {
  pu: 'pu.jht.employer',
  bpu: 'bpu.jkk_rate',
  jakon: 'jakon.tier1.jkk_rate',
};

/**
 * One contribution quote for any segment, computed with the parameters in force on the last day of
 * the contribution month and explained line by line. Pure: the parameters come in as a book.
 *
 * @example quoteContribution(book, { segment: 'bpu', month: '2026-05', income: 1_000_000 }).total
 *   // JKK 10.000 − 50% + JKM 6.800 − 50% = 8.400 (PP 50/2025)
 */
export function quoteContribution(book: ParameterBook, input: ContributionInput): ContributionQuote {
  validateContributionInput(input);
  const asOf = lastDayOfMonth(input.month);
  const firstRule = FIRST_RULE[input.segment];
  const first = firstRule ? book.firstDate(firstRule) : null;
  if (first !== null && asOf < first)
    throw new AppError(
      'PROGRAM_NOT_IN_FORCE',
      {
        id: `Aturan iuran segmen ${input.segment.toUpperCase()} dalam data ini berlaku mulai ${first}; bulan ${input.month} sebelum itu.`,
        en: `The ${input.segment.toUpperCase()} contribution rules in this data start on ${first}; month ${input.month} is earlier.`,
      },
      { month: input.month, firstDate: first, parameter: firstRule },
    );
  switch (input.segment) {
    case 'pu':
      return quotePu(puSheet(book, asOf), input as ContributionInput & { wage: number; jkkGroup: number });
    case 'bpu':
      return quoteBpu(book, asOf, input as ContributionInput & { income: number });
    case 'jakon':
      return quoteJakon(book, asOf, input);
    case 'pmi':
      return quotePmi(book, asOf, input);
  }
}
