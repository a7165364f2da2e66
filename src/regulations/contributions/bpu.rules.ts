import { AppError, type Bilingual } from '../../shared/errors.ts';
import { applyDiscountedRate, applyRate, type BasisPoints, type Rupiah } from '../../shared/money.ts';
import { both, rp } from '../explain.ts';
import type { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { assembleQuote, basisOf, flatLine, rateLine } from './contribution.lines.ts';
import type { ContributionInput, ContributionLine, ContributionQuote, Payer } from './contribution.types.ts';

const PAYER_COLUMN: Record<NonNullable<ContributionInput['payer']>, Payer> = {
  self: 'worker',
  employer: 'employer',
  apbn: 'government',
  apbd: 'government',
  other: 'other',
};

/** The PP 50/2025 discount row for this worker, or why there is none. */
function bpuDiscount(
  book: ParameterBook,
  asOf: string,
  input: ContributionInput,
): { param: RegulationParameter | null; note: Bilingual | null } {
  if (input.payer === 'apbn' || input.payer === 'apbd') {
    const any =
      book.find('bpu.discount_pp50_2025.transport', asOf) ?? book.find('bpu.discount_pp50_2025.other', asOf);
    return {
      param: null,
      note: any
        ? {
            id: 'Tanpa diskon PP 50/2025: iuran dibayar dari APBN/APBD.',
            en: 'No PP 50/2025 discount: contributions paid from a government budget (APBN/APBD).',
          }
        : null,
    };
  }
  const sector = input.sector ?? 'other';
  return { param: book.find(`bpu.discount_pp50_2025.${sector}`, asOf), note: null };
}

/** Declared income must reach the floor and, once an operator has entered Annex II levels, be one of them. */
function checkIncome(
  book: ParameterBook,
  asOf: string,
  income: number,
): { floor: RegulationParameter; note: Bilingual | null } {
  const floor = book.require('bpu.income_floor', asOf);
  if (income < floor.value)
    throw new AppError(
      'QUOTE_INPUT_INVALID',
      {
        id: `Penghasilan BPU ${rp(income, 'id')} di bawah batas terendah ${rp(floor.value, 'id')} (${floor.legalBasis}).`,
        en: `BPU income ${rp(income, 'en')} is below the floor ${rp(floor.value, 'en')} (${floor.legalBasis}).`,
      },
      { field: 'income', floor: floor.value },
    );
  const levels = book.withPrefix('bpu.income_level.', asOf).map((p) => p.value);
  if (levels.length === 0)
    return {
      floor,
      note: {
        id: 'Daftar tingkat penghasilan Lampiran II PP 44/2015 belum diisi operator; hanya batas terendah yang diperiksa.',
        en: 'The Annex II income levels of PP 44/2015 have not been entered by an operator; only the floor is checked.',
      },
    };
  if (!levels.includes(income))
    throw new AppError(
      'QUOTE_INPUT_INVALID',
      {
        id: `Penghasilan ${rp(income, 'id')} bukan tingkat Lampiran II; pilih salah satu: ${levels.map((l) => rp(l, 'id')).join(', ')}.`,
        en: `Income ${rp(income, 'en')} is not an Annex II level; choose one of: ${levels.map((l) => rp(l, 'en')).join(', ')}.`,
      },
      { field: 'income', levels },
    );
  return { floor, note: null };
}

/**
 * Informal workers: JKK % of declared income, JKM flat, optional JHT %, paid by whoever the payer is.
 * The PP 50/2025 discount halves JKK and JKM (not JHT) by sector and month, never for APBN/APBD payers.
 */
export function quoteBpu(
  book: ParameterBook,
  asOf: string,
  input: ContributionInput & { income: number },
): ContributionQuote {
  const income = input.income as Rupiah;
  const { floor, note: incomeNote } = checkIncome(book, asOf, income);
  const jkkRate = book.require('bpu.jkk_rate', asOf);
  const jkmFlat = book.require('bpu.jkm_flat', asOf);
  const payer = PAYER_COLUMN[input.payer ?? 'self'];
  const { param: discount, note: discountNote } = bpuDiscount(book, asOf, input);
  /** The discount on a line is what is left after rounding the discounted amount once (half up). */
  const discountOf = (gross: number, net: number) =>
    discount
      ? {
          payer,
          rateBp: discount.value,
          amount: gross - net,
          legalBasis: discount.legalBasis,
          label: { id: `diskon ${discount.legalBasis}`, en: `${discount.legalBasis} discount` },
        }
      : null;
  const discountBp = (discount?.value ?? 0) as BasisPoints;
  const jkkGross = applyRate(income, jkkRate.value as BasisPoints);
  const used: RegulationParameter[] = [floor, jkkRate, jkmFlat];
  const lines: ContributionLine[] = [
    rateLine({
      program: 'JKK',
      wage: income,
      cap: null,
      shares: [{ payer, rateBp: jkkRate.value, amount: jkkGross }],
      discount: discountOf(jkkGross, applyDiscountedRate(income, jkkRate.value as BasisPoints, discountBp)),
      legalBasis: [basisOf(jkkRate)],
    }),
    flatLine({
      program: 'JKM',
      payer,
      gross: jkmFlat.value,
      discount: discountOf(
        jkmFlat.value,
        applyRate(jkmFlat.value as Rupiah, (10_000 - discountBp) as BasisPoints),
      ),
      legalBasis: [basisOf(jkmFlat)],
      explanation: both((lang) => `JKM: ${lang === 'id' ? 'tetap' : 'flat'} ${rp(jkmFlat.value, lang)}`),
    }),
  ];
  if (input.jht) {
    const jhtRate = book.require('bpu.jht_rate', asOf);
    used.push(jhtRate);
    lines.unshift(
      rateLine({
        program: 'JHT',
        wage: income,
        cap: null,
        shares: [{ payer, rateBp: jhtRate.value, amount: applyRate(income, jhtRate.value as BasisPoints) }],
        legalBasis: [basisOf(jhtRate)],
        suffix: { id: 'tanpa diskon', en: 'not discounted' },
      }),
    );
  }
  if (discount) used.push(discount);
  const notes = [incomeNote, discountNote].filter((n): n is Bilingual => n !== null);
  return assembleQuote(input, asOf, lines, [], notes, used);
}
