import { applyRate, basisPoints, multiply, rupiah } from '../../shared/money.ts';
import { both, pct, rp } from '../explain.ts';
import { type BenefitDraft, basis, need } from './benefit.draft.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';

/**
 * JKK temporary incapacity pay, STMB (PP 44/2015 jo. PP 82/2019, Lampiran III): 100 % of the wage
 * for the first 12 months, then 50 % until the worker recovers. The monthly pay is rounded once
 * (applyRate) and then multiplied by whole months, so each month pays the same rupiah.
 *
 * @example 12 × 100% × 4.000.000 + 3 × 50% × 4.000.000 = 48.000.000 + 6.000.000 = 54.000.000
 */
export function quoteStmb(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const wage = rupiah(need(input.wage, 'wage'));
  const months = need(input.months, 'months');
  const fullRate = d.row('jkk.stmb.full_rate');
  const fullMonths = d.row('jkk.stmb.full_months');
  const fullPay = applyRate(wage, basisPoints(fullRate.value));
  const first = Math.min(months, fullMonths.value);
  const period = (l: 'id' | 'en') => (l === 'id' ? 'bulan' : 'months');
  d.add(
    'stmb.full',
    { id: `STMB bulan 1–${fullMonths.value}`, en: `STMB months 1–${fullMonths.value}` },
    multiply(fullPay, first),
    both(
      (l) =>
        `${first} ${period(l)} × ${pct(fullRate.value, l)} × ${rp(wage, l)} = ${first} × ${rp(fullPay, l)} = ${rp(multiply(fullPay, first), l)} (${basis(fullRate)})`,
    ),
  );
  const later = months - first;
  if (later > 0) {
    const laterRate = d.row('jkk.stmb.later_rate');
    const laterPay = applyRate(wage, basisPoints(laterRate.value));
    d.add(
      'stmb.later',
      { id: `STMB sesudah bulan ke-${fullMonths.value}`, en: `STMB after month ${fullMonths.value}` },
      multiply(laterPay, later),
      both(
        (l) =>
          `${later} ${period(l)} × ${pct(laterRate.value, l)} × ${rp(wage, l)} = ${later} × ${rp(laterPay, l)} = ${rp(multiply(laterPay, later), l)} (${basis(laterRate)})`,
      ),
    );
  }
  d.note({
    id: 'Biaya perawatan dan pengobatan dibayar sesuai kebutuhan medis tanpa batas biaya, di luar jumlah ini.',
    en: 'Medical care is paid as needed with no cost ceiling, on top of this amount.',
  });
  return d.finish({ monthly: fullPay });
}
