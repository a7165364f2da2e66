import { AppError } from '../../shared/errors.ts';
import type { ParameterBook } from '../parameter-book.ts';
import { BenefitDraft } from './benefit.draft.ts';
import { benefitDate, validateBenefitInput } from './benefit.input.ts';
import type { BenefitInput, BenefitKind, BenefitQuote } from './benefit.types.ts';
import { quoteJht } from './jht.rules.ts';
import { quoteJkkDeath, quoteJkkDisability } from './jkk.rules.ts';
import { quoteJkm } from './jkm.rules.ts';
import { quoteJkp } from './jkp.rules.ts';
import { quoteJp } from './jp.rules.ts';
import { quoteScholarship } from './scholarship.rules.ts';
import { quoteStmb } from './stmb.rules.ts';

export { BENEFIT_FIELDS, type BenefitField } from './benefit.fields.ts';
export {
  BENEFIT_KINDS,
  type BenefitComponent,
  type BenefitCondition,
  type BenefitInput,
  type BenefitKind,
  type BenefitQuote,
  JHT_WITHDRAWALS,
  JKP_REASONS,
  SCHOLARSHIP_CAUSES,
  SCHOLARSHIP_LEVELS,
  type ScholarshipChild,
} from './benefit.types.ts';

/**
 * Programs that did not exist before their first parameter: an earlier event is PROGRAM_NOT_IN_FORCE.
 * JKM, JKK and JHT existed before (Jamsostek); an event before their PP 82/2019 or 2015 rows is a
 * missing parameter instead, named by code.
 */
const PROGRAM_START: Partial<Record<BenefitKind, { code: string; id: string; en: string }>> = {
  jp: { code: 'jp.min_months', id: 'Jaminan Pensiun (PP 45/2015)', en: 'The pension program (PP 45/2015)' },
  jkp: { code: 'jkp.wage_cap', id: 'JKP (PP 37/2021)', en: 'JKP (PP 37/2021)' },
};

/**
 * One benefit quote, computed with the parameters in force on the benefit's own date (accident,
 * death, dismissal, retirement; else `asOf`) and explained component by component, with every
 * condition checked and every parameter row cited. Pure: no clock, no I/O; parameters come as a book.
 *
 * @example quoteBenefit(book, { benefit: 'jkk-death', eventDate: '2024-05-01', wage: 5_000_000 }).total
 *   // 48 × 5.000.000 + 12.000.000 + 10.000.000 = 262.000.000 (PP 44/2015 jo. PP 82/2019)
 */
export function quoteBenefit(book: ParameterBook, input: BenefitInput): BenefitQuote {
  validateBenefitInput(input);
  const asOf = benefitDate(input);
  const start = PROGRAM_START[input.benefit];
  const first = start ? book.firstDate(start.code) : null;
  if (start && first !== null && asOf < first)
    throw new AppError(
      'PROGRAM_NOT_IN_FORCE',
      {
        id: `${start.id} berlaku mulai ${first}; tanggal ${asOf} sebelum itu.`,
        en: `${start.en} starts on ${first}; ${asOf} is earlier.`,
      },
      { benefit: input.benefit, date: asOf, firstDate: first, parameter: start.code },
    );
  const d = new BenefitDraft(book, input.benefit, asOf);
  switch (input.benefit) {
    case 'jkm':
      return quoteJkm(d);
    case 'jkk-death':
      return quoteJkkDeath(d, input);
    case 'jkk-disability':
      return quoteJkkDisability(d, input);
    case 'stmb':
      return quoteStmb(d, input);
    case 'jkp':
      return quoteJkp(d, input);
    case 'jp':
      return quoteJp(d, input);
    case 'scholarship':
      return quoteScholarship(d, input);
    case 'jht':
      return quoteJht(d, input);
  }
}
