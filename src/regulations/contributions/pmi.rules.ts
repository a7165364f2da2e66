import { AppError, type Bilingual } from '../../shared/errors.ts';
import { both, rp } from '../explain.ts';
import type { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { assembleQuote, basisOf, flatLine } from './contribution.lines.ts';
import type { ContributionInput, ContributionLine, ContributionQuote } from './contribution.types.ts';

interface Package {
  readonly months: number;
  readonly param: RegulationParameter;
}

/**
 * The placement package for a contract: the longest package not longer than the contract, plus the
 * extra-month amount for each month beyond it. A contract shorter than every package pays the shortest.
 *
 * @example 30 months → 24-month package 332.500 + 6 × 13.500 = 413.500
 */
export function placementPrice(
  packages: Package[],
  extraMonth: RegulationParameter,
  contractMonths: number,
): { package: Package; extraMonths: number; amount: number } {
  const sorted = [...packages].sort((a, b) => a.months - b.months);
  const fitting = sorted.filter((p) => p.months <= contractMonths);
  const chosen = fitting[fitting.length - 1] ?? (sorted[0] as Package);
  const extraMonths = Math.max(0, contractMonths - chosen.months);
  return { package: chosen, extraMonths, amount: chosen.param.value + extraMonths * extraMonth.value };
}

function packagesOf(book: ParameterBook, asOf: string): Package[] {
  const packages = book
    .withPrefix('pmi.placement.', asOf)
    .map((param) => ({ months: Number(param.code.slice('pmi.placement.'.length)), param }));
  if (packages.length === 0) book.require('pmi.placement.24', asOf); // throws, naming a code
  return packages;
}

/** `--jht` without an amount: the lowest listed option, said in a note (never an amount not listed). */
function lowestJhtOption(book: ParameterBook, asOf: string, notes: Bilingual[]): number {
  const options = book.withPrefix('pmi.jht_option.', asOf).map((o) => o.value);
  if (options.length === 0) return book.require('pmi.jht_option.0050000', asOf).value; // throws, naming it
  const lowest = Math.min(...options);
  notes.push({
    id: `Jumlah JHT tidak diisi: dipakai pilihan terendah ${rp(lowest, 'id')} per bulan (--jht-amount untuk pilihan lain).`,
    en: `No JHT amount given: the lowest option ${rp(lowest, 'en')} a month is used (--jht-amount for another).`,
  });
  return lowest;
}

function jhtLine(
  book: ParameterBook,
  asOf: string,
  amount: number,
  months: number,
): { line: ContributionLine; used: RegulationParameter } {
  const options = book.withPrefix('pmi.jht_option.', asOf);
  const option = options.find((o) => o.value === amount);
  if (!option)
    throw new AppError(
      'QUOTE_INPUT_INVALID',
      {
        id: `Iuran JHT PMI ${rp(amount, 'id')} bukan pilihan yang berlaku: ${options.map((o) => rp(o.value, 'id')).join(', ')}.`,
        en: `PMI JHT amount ${rp(amount, 'en')} is not an allowed option: ${options.map((o) => rp(o.value, 'en')).join(', ')}.`,
      },
      { field: 'jhtAmount', options: options.map((o) => o.value) },
    );
  const total = amount * months;
  return {
    used: option,
    line: flatLine({
      program: 'JHT',
      payer: 'worker',
      gross: total,
      legalBasis: [basisOf(option)],
      explanation: both((lang) =>
        lang === 'id'
          ? `JHT: ${rp(amount, lang)} per bulan × ${months} bulan = ${rp(total, lang)}`
          : `JHT: ${rp(amount, lang)} a month × ${months} months = ${rp(total, lang)}`,
      ),
    }),
  };
}

/**
 * Migrant workers (Permenaker 4/2023): JKK + JKM as one package per stage — before placement a flat
 * amount; during and after placement by contract length — plus optional JHT at a chosen monthly amount.
 * The worker pays. The package covers two programs whose split the regulation does not state, so it
 * is one line with `program: "JKK"` and `covers: ["JKK", "JKM"]`.
 */
export function quotePmi(book: ParameterBook, asOf: string, input: ContributionInput): ContributionQuote {
  const used: RegulationParameter[] = [];
  const notes: Bilingual[] = [];
  const lines: ContributionLine[] = [];
  let jhtMonths = 1;
  if (input.stage === 'pre') {
    const pre = book.require('pmi.pre_placement', asOf);
    used.push(pre);
    lines.push(
      flatLine({
        program: 'JKK',
        covers: ['JKK', 'JKM'],
        payer: 'worker',
        gross: pre.value,
        legalBasis: [basisOf(pre)],
        explanation: both((lang) =>
          lang === 'id'
            ? `JKK + JKM sebelum penempatan: ${rp(pre.value, lang)}`
            : `JKK + JKM before placement: ${rp(pre.value, lang)}`,
        ),
      }),
    );
  } else {
    const months = input.contractMonths as number;
    jhtMonths = months;
    const extra = book.require('pmi.extra_month', asOf);
    const price = placementPrice(packagesOf(book, asOf), extra, months);
    used.push(price.package.param, extra);
    if (months < price.package.months)
      notes.push({
        id: `Kontrak ${months} bulan lebih pendek dari paket terpendek; dikenakan paket ${price.package.months} bulan.`,
        en: `A ${months}-month contract is shorter than the shortest package; the ${price.package.months}-month package applies.`,
      });
    lines.push(
      flatLine({
        program: 'JKK',
        covers: ['JKK', 'JKM'],
        payer: 'worker',
        gross: price.amount,
        legalBasis: [basisOf(price.package.param)],
        explanation: both((lang) => {
          const extraText = price.extraMonths ? ` + ${price.extraMonths} × ${rp(extra.value, lang)}` : '';
          return lang === 'id'
            ? `JKK + JKM masa penempatan: paket ${price.package.months} bulan ${rp(price.package.param.value, lang)}${extraText} = ${rp(price.amount, lang)}`
            : `JKK + JKM during placement: ${price.package.months}-month package ${rp(price.package.param.value, lang)}${extraText} = ${rp(price.amount, lang)}`;
        }),
      }),
    );
  }
  if (input.jht) {
    const amount = input.jhtAmount ?? lowestJhtOption(book, asOf, notes);
    const jht = jhtLine(book, asOf, amount, jhtMonths);
    used.push(jht.used);
    lines.unshift(jht.line);
  }
  return assembleQuote(input, asOf, lines, [], notes, used);
}
