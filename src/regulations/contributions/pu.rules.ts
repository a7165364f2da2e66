import type { Bilingual } from '../../shared/errors.ts';
import { applyDiscountedRate, applyRate, type BasisPoints, type Rupiah } from '../../shared/money.ts';
import type { RegulationParameter } from '../parameters.rules.ts';
import type { PuSheet } from './pu.sheet.ts';

export { type PuSheet, puSheet } from './pu.sheet.ts';

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
