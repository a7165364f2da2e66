import { AppError, type Bilingual } from '../../shared/errors.ts';
import type { Lang } from '../../shared/format.ts';
import { ROUNDING_RULE } from '../../shared/money.ts';
import { both, rp } from '../explain.ts';
import { citeParameter, type ParameterBook, type UsedParameter } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import type { BenefitComponent, BenefitCondition, BenefitKind, BenefitQuote } from './benefit.types.ts';

/** "PP 44/2015 jo. PP 82/2019, Pasal 34": where a parameter comes from, for explanations. */
export const basis = (p: RegulationParameter): string =>
  p.article ? `${p.legalBasis}, ${p.article}` : p.legalBasis;

/**
 * Collects one benefit quote: every parameter read is cited, every amount is a named component, every
 * checked condition is listed. `finish` adds them up, so the total is always the sum of the components.
 */
export class BenefitDraft {
  private readonly components: BenefitComponent[] = [];
  private readonly conditions: BenefitCondition[] = [];
  private readonly notes: Bilingual[] = [];
  private readonly used = new Map<string, UsedParameter>();

  constructor(
    private readonly book: ParameterBook,
    readonly benefit: BenefitKind,
    readonly asOf: string,
  ) {}

  /** The row in force on the quote's date (cited), or REGULATION_PARAMETER_MISSING naming the code. */
  row(code: string): RegulationParameter {
    const p = this.book.require(code, this.asOf);
    this.used.set(`${p.code}@${p.effectiveFrom}`, citeParameter(p));
    return p;
  }

  value(code: string): number {
    return this.row(code).value;
  }

  add(code: string, label: Bilingual, amount: number, explanation: Bilingual): number {
    this.components.push({ code, label, amount, explanation });
    return amount;
  }

  check(code: string, met: boolean, explanation: Bilingual): boolean {
    this.conditions.push({ code, met, explanation });
    return met;
  }

  note(text: Bilingual): void {
    this.notes.push(text);
  }

  get eligible(): boolean {
    return this.conditions.every((c) => c.met);
  }

  /**
   * The quote. When a condition fails nothing is paid: the components are dropped (total 0) and a note
   * says what would have been paid, unless `payWhenIneligible` (the JP lump sum replaces the pension).
   */
  finish(extra: { monthly?: number; pensionAge?: number; payWhenIneligible?: boolean } = {}): BenefitQuote {
    const eligible = this.eligible;
    const sum = this.components.reduce((s, c) => s + c.amount, 0);
    const paid = eligible || extra.payWhenIneligible === true;
    if (!paid)
      this.notes.push(
        both((l: Lang) =>
          l === 'id'
            ? `Syarat tidak terpenuhi, tidak ada manfaat dibayar; bila terpenuhi: ${rp(sum, l)}.`
            : `A condition is not met, so nothing is paid; if it were met: ${rp(sum, l)}.`,
        ),
      );
    return {
      benefit: this.benefit,
      asOf: this.asOf,
      eligible,
      total: paid ? sum : 0,
      ...(extra.monthly === undefined ? {} : { monthly: paid ? extra.monthly : 0 }),
      ...(extra.pensionAge === undefined ? {} : { pensionAge: extra.pensionAge }),
      components: paid ? this.components : [],
      conditions: this.conditions,
      notes: this.notes,
      parameters: [...this.used.values()],
      rounding: ROUNDING_RULE,
    };
  }
}

/** QUOTE_INPUT_INVALID for a value only the rules can judge (it depends on a parameter). */
export function invalidInput(field: string, message: Bilingual): AppError {
  return new AppError(
    'QUOTE_INPUT_INVALID',
    { id: `Masukan tidak valid: ${message.id}`, en: `Invalid input: ${message.en}` },
    { problems: [{ field, message }] },
  );
}

/** A field the benefit cannot do without (validated before, so this guards the type only). */
export function need<T>(value: T | undefined, field: string): T {
  if (value === undefined)
    throw invalidInput(field, { id: `${field} wajib diisi`, en: `${field} is required` });
  return value;
}
