import { quoteContribution } from '../regulations/contributions/contribution.quote.ts';
import type { ContributionQuote } from '../regulations/contributions/contribution.types.ts';
import { lastDayOfMonth } from '../regulations/contributions/contribution-date.ts';
import type { ParameterBook } from '../regulations/parameter-book.ts';
import type { Month } from '../shared/month.ts';
import { type FunderKind, quotePayerOfFunder } from './funding.rules.ts';
import type { MonthCost } from './simulator.rules.ts';

export interface PackageOf {
  readonly funderKind: FunderKind;
  /** Declared income the program enrols at (the BPU floor, Rp1.000.000, unless the program says more). */
  readonly income: number;
  readonly programs: readonly string[];
}

export interface PricedMonth extends MonthCost {
  readonly quote: ContributionQuote;
}

/**
 * What one funded worker costs in each month, from the regulation engine: the BPU quote at the
 * program's income and package, with the funder as payer — a government budget gets no PP 50/2025
 * discount (the quote says so), a CSR or zakat funder does. The sector is "other": a funder pays for
 * workers of every occupation and cannot count on the transport window.
 *
 * @example monthCosts(book, ['2025-01', …, '2025-12'], { funderKind: 'regency', income: 1_000_000,
 *   programs: ['JKK', 'JKM'] }) // 12 × { amount: 16_800 } = JKK 1 % × 1.000.000 + JKM 6.800
 */
export function monthCosts(book: ParameterBook, months: readonly Month[], pkg: PackageOf): PricedMonth[] {
  return months.map((month) => {
    const quote = quoteContribution(book, {
      segment: 'bpu',
      month,
      income: pkg.income,
      jht: pkg.programs.includes('JHT'),
      sector: 'other',
      payer: quotePayerOfFunder(pkg.funderKind),
    });
    return { month, amount: quote.total, quote };
  });
}

/** The BPU income floor in force at the end of a month (the default declared income of a program). */
export const incomeFloorOf = (book: ParameterBook, month: Month): number =>
  book.require('bpu.income_floor', lastDayOfMonth(month)).value;
