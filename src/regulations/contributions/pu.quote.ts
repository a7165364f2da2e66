import type { Bilingual } from '../../shared/errors.ts';
import { applyRate, type BasisPoints, type Rupiah } from '../../shared/money.ts';
import { pct, rp } from '../explain.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { assembleQuote, basisOf, rateLine } from './contribution.lines.ts';
import type {
  Allocation,
  ContributionInput,
  ContributionLine,
  ContributionQuote,
} from './contribution.types.ts';
import { computePu, jkkDiscountRefusal, type PuWorker } from './pu.rules.ts';
import type { PuSheet } from './pu.sheet.ts';

/** The explained PU quote: the same amounts as {@link computePu}, as lines with base, cap, rate and basis. */
export function quotePu(sheet: PuSheet, input: ContributionInput & PuWorker): ContributionQuote {
  const a = computePu(sheet, input);
  const jkkParam = sheet.jkkGroups[input.jkkGroup] as RegulationParameter;
  const refusal = input.industry && input.industry !== 'other' ? jkkDiscountRefusal(sheet, input) : null;
  const discount = sheet.jkkDiscount;
  const lines: ContributionLine[] = [
    rateLine({
      program: 'JHT',
      wage: input.wage,
      cap: null,
      shares: [
        { payer: 'employer', rateBp: sheet.jhtEmployer.value, amount: a.jhtEmployer },
        { payer: 'worker', rateBp: sheet.jhtWorker.value, amount: a.jhtWorker },
      ],
      legalBasis: [basisOf(sheet.jhtEmployer)],
    }),
    rateLine({
      program: 'JKK',
      wage: input.wage,
      cap: null,
      shares: [{ payer: 'employer', rateBp: jkkParam.value, amount: a.jkkGross }],
      discount:
        a.jkkDiscount > 0 && discount
          ? {
              payer: 'employer',
              rateBp: discount.rate.value,
              amount: a.jkkDiscount,
              legalBasis: discount.rate.legalBasis,
              label: { id: `diskon ${discount.rate.legalBasis}`, en: `${discount.rate.legalBasis} discount` },
            }
          : null,
      legalBasis: [basisOf(jkkParam), ...(a.jkkDiscount > 0 && discount ? [discount.rate.legalBasis] : [])],
      suffix: {
        id: `kelompok risiko ${input.jkkGroup}`,
        en: `risk group ${input.jkkGroup}`,
      },
    }),
    rateLine({
      program: 'JKM',
      wage: input.wage,
      cap: null,
      shares: [{ payer: 'employer', rateBp: sheet.jkm.value, amount: a.jkm }],
      legalBasis: [basisOf(sheet.jkm)],
    }),
    rateLine({
      program: 'JP',
      wage: input.wage,
      cap: sheet.jpCap.value,
      capLabel: { id: 'batas upah JP', en: 'JP wage cap' },
      shares: [
        { payer: 'employer', rateBp: sheet.jpEmployer.value, amount: a.jpEmployer },
        { payer: 'worker', rateBp: sheet.jpWorker.value, amount: a.jpWorker },
      ],
      legalBasis: [basisOf(sheet.jpEmployer), sheet.jpCap.legalBasis],
    }),
  ];
  const allocations: Allocation[] = [];
  const used: RegulationParameter[] = [
    sheet.jhtEmployer,
    sheet.jhtWorker,
    jkkParam,
    sheet.jkm,
    sheet.jpEmployer,
    sheet.jpWorker,
    sheet.jpCap,
  ];
  if (sheet.jkp) {
    const { cap, government, fromJkk, fromJkm } = sheet.jkp;
    used.push(cap, government, fromJkk, fromJkm);
    lines.push(
      rateLine({
        program: 'JKP',
        wage: input.wage,
        cap: cap.value,
        capLabel: { id: 'batas upah JKP', en: 'JKP wage cap' },
        shares: [{ payer: 'government', rateBp: government.value, amount: a.jkpGovernment }],
        legalBasis: [basisOf(government)],
        suffix: {
          id: 'ditambah rekomposisi dari JKK/JKM (lihat alokasi), tanpa biaya tambahan bagi pemberi kerja',
          en: 'plus the carve-out from JKK/JKM (see allocations), at no extra cost to the employer',
        },
      }),
    );
    for (const [program, param, amount] of [
      ['JKK', fromJkk, a.jkpFromJkk],
      ['JKM', fromJkm, a.jkpFromJkm],
    ] as const) {
      if (param.value === 0) continue;
      allocations.push({
        from: program,
        to: 'JKP',
        amount,
        base: a.jkpBase,
        rateBp: param.value,
        legalBasis: basisOf(param),
        explanation: {
          id: `${pct(param.value, 'id')} × ${rp(a.jkpBase, 'id')} = ${rp(amount, 'id')} dari iuran ${program} yang dibayar dicatat sebagai iuran JKP (sudah termasuk di baris ${program})`,
          en: `${pct(param.value, 'en')} × ${rp(a.jkpBase, 'en')} = ${rp(amount, 'en')} of the paid ${program} is booked as JKP funding (already inside the ${program} line)`,
        },
      });
    }
  }
  const notes: Bilingual[] = [];
  if (discount) used.push(discount.rate, discount.minWorkers);
  if (a.jkkDiscount > 0 && input.industry) used.push(discount!.industries.get(input.industry)!);
  if (refusal)
    notes.push({
      id: `Tanpa diskon JKK PP 7/2025: ${refusal.id}.`,
      en: `No PP 7/2025 JKK discount: ${refusal.en}.`,
    });
  if (sheet.jkp && a.jkpFromJkk < applyRate(a.jkpBase as Rupiah, sheet.jkp.fromJkk.value as BasisPoints))
    notes.push({
      id: `Alokasi JKK ke JKP dibatasi pada JKK yang dibayar setelah diskon (${rp(a.jkpFromJkk, 'id')}); aturan pertemuan diskon PP 7/2025 dengan rekomposisi JKP tidak tersedia.`,
      en: `The JKK-to-JKP allocation is limited to the JKK paid after the discount (${rp(a.jkpFromJkk, 'en')}); how the PP 7/2025 discount meets the JKP carve-out is not known.`,
    });
  if (a.jkkDiscount > 0)
    notes.push({
      id: 'Diskon JKK PP 7/2025 dianggap memenuhi syarat iuran JKK lunas s.d. Januari 2025 (--jkk-arrears jika tidak).',
      en: 'The PP 7/2025 JKK discount assumes JKK was paid up to January 2025 (pass --jkk-arrears if not).',
    });
  if (!sheet.jkp)
    notes.push({
      id: 'JKP belum berlaku pada bulan ini (mulai 2 Februari 2021, PP 37/2021).',
      en: 'JKP did not exist yet in this month (from 2 February 2021, PP 37/2021).',
    });
  return assembleQuote(input, sheet.asOf, lines, allocations, notes, used);
}
