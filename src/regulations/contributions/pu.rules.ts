import type { Bilingual } from '../../shared/errors.ts';
import { applyDiscountedRate, applyRate, type BasisPoints, type Rupiah } from '../../shared/money.ts';
import { pct, rp } from '../explain.ts';
import type { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import { assembleQuote, basisOf, rateLine } from './contribution.lines.ts';
import type {
  Allocation,
  ContributionInput,
  ContributionLine,
  ContributionQuote,
} from './contribution.types.ts';

/**
 * Every PU parameter of one contribution date, resolved once. Billing a month resolves one sheet and
 * then quotes millions of workers against it with integer arithmetic only (see {@link computePu}).
 */
export interface PuSheet {
  readonly asOf: string;
  readonly jhtEmployer: RegulationParameter;
  readonly jhtWorker: RegulationParameter;
  /** Index 1..5 = risk group (index 0 unused). */
  readonly jkkGroups: RegulationParameter[];
  readonly jkm: RegulationParameter;
  readonly jpEmployer: RegulationParameter;
  readonly jpWorker: RegulationParameter;
  readonly jpCap: RegulationParameter;
  /** Null before JKP existed (PP 37/2021, 2 Feb 2021). */
  readonly jkp: {
    readonly cap: RegulationParameter;
    readonly government: RegulationParameter;
    readonly fromJkk: RegulationParameter;
    readonly fromJkm: RegulationParameter;
  } | null;
  /** Null outside the PP 7/2025 window (contribution months Feb 2025 – Jan 2026). */
  readonly jkkDiscount: {
    readonly rate: RegulationParameter;
    readonly minWorkers: RegulationParameter;
    readonly industries: ReadonlyMap<string, RegulationParameter>;
  } | null;
}

const sheets = new WeakMap<ParameterBook, Map<string, PuSheet>>();

/** The sheet of a date, resolved once per book (a book is immutable, so the cache cannot go stale). */
export function puSheet(book: ParameterBook, asOf: string): PuSheet {
  let byDate = sheets.get(book);
  if (!byDate) {
    byDate = new Map<string, PuSheet>();
    sheets.set(book, byDate);
  }
  const cached = byDate.get(asOf);
  if (cached) return cached;
  const sheet = resolvePuSheet(book, asOf);
  byDate.set(asOf, sheet);
  return sheet;
}

function resolvePuSheet(book: ParameterBook, asOf: string): PuSheet {
  const jkpGovernment = book.find('pu.jkp.government', asOf);
  const discountRate = book.find('pu.jkk_discount.rate', asOf);
  return {
    asOf,
    jhtEmployer: book.require('pu.jht.employer', asOf),
    jhtWorker: book.require('pu.jht.worker', asOf),
    jkkGroups: [0, 1, 2, 3, 4, 5].map((g) =>
      g === 0 ? (undefined as unknown as RegulationParameter) : book.require(`pu.jkk.group${g}`, asOf),
    ),
    jkm: book.require('pu.jkm.employer', asOf),
    jpEmployer: book.require('pu.jp.employer', asOf),
    jpWorker: book.require('pu.jp.worker', asOf),
    jpCap: book.require('pu.jp.wage_cap', asOf),
    jkp: jkpGovernment
      ? {
          cap: book.require('pu.jkp.wage_cap', asOf),
          government: jkpGovernment,
          fromJkk: book.require('pu.jkp.from_jkk', asOf),
          fromJkm: book.require('pu.jkp.from_jkm', asOf),
        }
      : null,
    jkkDiscount: discountRate
      ? {
          rate: discountRate,
          minWorkers: book.require('pu.jkk_discount.min_workers', asOf),
          industries: new Map(
            book
              .withPrefix('pu.jkk_discount.industry.', asOf)
              .filter((p) => p.value === 1)
              .map((p) => [p.code.slice('pu.jkk_discount.industry.'.length), p]),
          ),
        }
      : null,
  };
}

export interface PuWorker {
  readonly wage: number;
  readonly jkkGroup: number;
  readonly industry?: string | undefined;
  readonly workers?: number | undefined;
  readonly jkkArrears?: boolean | undefined;
}

/** The amounts of one PU worker-month: plain integers, no text — the billing hot path. */
export interface PuAmounts {
  jhtEmployer: number;
  jhtWorker: number;
  jkkGross: number;
  jkkDiscount: number;
  jkm: number;
  jpBase: number;
  jpEmployer: number;
  jpWorker: number;
  jkpBase: number;
  jkpGovernment: number;
  /** Parts of the paid JKK / JKM the law labels as JKP funding (inside the totals, not on top). */
  jkpFromJkk: number;
  jkpFromJkm: number;
  employer: number;
  worker: number;
  government: number;
}

/** Why the PP 7/2025 JKK discount does or does not apply; null when it applies. */
export function jkkDiscountRefusal(sheet: PuSheet, worker: PuWorker): Bilingual | null {
  const d = sheet.jkkDiscount;
  if (!d) return { id: 'di luar masa diskon PP 7/2025', en: 'outside the PP 7/2025 discount window' };
  if (!worker.industry || !d.industries.has(worker.industry))
    return { id: 'bukan industri padat karya yang berhak', en: 'not a covered labour-intensive industry' };
  if (worker.workers === undefined)
    return { id: 'jumlah pekerja aktif tidak diisi', en: 'number of active workers not given' };
  if (worker.workers < d.minWorkers.value)
    return {
      id: `pekerja aktif ${worker.workers} < ${d.minWorkers.value}`,
      en: `active workers ${worker.workers} < ${d.minWorkers.value}`,
    };
  if (worker.jkkArrears)
    return { id: 'JKK tidak lunas s.d. Januari 2025', en: 'JKK not paid up to January 2025' };
  return null;
}

/**
 * One worker-month of PU contributions. JHT and JKM on the full wage; JP on the wage up to the JP cap
 * of that month; the government's JKP share and the JKK/JKM carve-outs on the wage up to the JKP cap.
 * Each payer's share of each line is rounded once (ROUNDING_RULE).
 *
 * @example computePu(sheetOfMar2025, { wage: 5_000_000, jkkGroup: 1 }).employer
 *   // 185.000 JHT + 12.000 JKK + 15.000 JKM + 100.000 JP = 312.000
 */
export function computePu(sheet: PuSheet, worker: PuWorker): PuAmounts {
  const wage = worker.wage as Rupiah;
  const jhtEmployer = applyRate(wage, sheet.jhtEmployer.value as BasisPoints);
  const jhtWorker = applyRate(wage, sheet.jhtWorker.value as BasisPoints);
  const jkkRate = (sheet.jkkGroups[worker.jkkGroup] as RegulationParameter).value;
  const jkkGross = applyRate(wage, jkkRate as BasisPoints);
  const discounted =
    sheet.jkkDiscount !== null && worker.industry !== undefined && !jkkDiscountRefusal(sheet, worker);
  const jkkDiscount = discounted
    ? jkkGross -
      applyDiscountedRate(wage, jkkRate as BasisPoints, sheet.jkkDiscount!.rate.value as BasisPoints)
    : 0;
  const jkm = applyRate(wage, sheet.jkm.value as BasisPoints);
  const jpCap = sheet.jpCap.value;
  const jpBase = (wage > jpCap ? jpCap : wage) as Rupiah;
  const jpEmployer = applyRate(jpBase, sheet.jpEmployer.value as BasisPoints);
  const jpWorker = applyRate(jpBase, sheet.jpWorker.value as BasisPoints);
  let jkpBase = 0;
  let jkpGovernment = 0;
  let jkpFromJkk = 0;
  let jkpFromJkm = 0;
  if (sheet.jkp) {
    const cap = sheet.jkp.cap.value;
    jkpBase = wage > cap ? cap : wage;
    jkpGovernment = applyRate(jkpBase as Rupiah, sheet.jkp.government.value as BasisPoints);
    // The carve-out is part of the JKK paid; with the PP 7/2025 discount the paid JKK can be smaller
    // than 0,14 % of the JKP base, and the fact sheet does not say how the two meet, so the
    // allocation never exceeds what was paid (the quote notes it).
    jkpFromJkk = Math.min(
      applyRate(jkpBase as Rupiah, sheet.jkp.fromJkk.value as BasisPoints),
      jkkGross - jkkDiscount,
    );
    jkpFromJkm = applyRate(jkpBase as Rupiah, sheet.jkp.fromJkm.value as BasisPoints);
  }
  return {
    jhtEmployer,
    jhtWorker,
    jkkGross,
    jkkDiscount,
    jkm,
    jpBase,
    jpEmployer,
    jpWorker,
    jkpBase,
    jkpGovernment,
    jkpFromJkk,
    jkpFromJkm,
    employer: jhtEmployer + jkkGross - jkkDiscount + jkm + jpEmployer,
    worker: jhtWorker + jpWorker,
    government: jkpGovernment,
  };
}

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
