import type { ParameterBook } from '../parameter-book.ts';
import type { RegulationParameter } from '../parameters.rules.ts';

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
