import { applyRate, basisPoints, divideRoundHalfUp, rupiah } from '../../shared/money.ts';
import { both, pct, rp } from '../explain.ts';
import { type BenefitDraft, basis, need } from './benefit.draft.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';
import { projectSavings } from './savings.rules.ts';

/**
 * JP, old-age pension (PP 45/2015). With ≥ 180 contribution months the first-year monthly pension is
 * 1 % × (months ÷ 12) × average indexed wage — one product rounded once, half up (the rate × months ÷ 12
 * is not a whole number of basis points, so it goes through `divideRoundHalfUp`, the same rule as
 * applyRate) — clamped to the minimum and maximum in force on the retirement date. `total` is then one
 * monthly payment. Fewer months: no pension (eligible false, monthly 0) but a lump sum of the
 * contributions plus their returns, estimated as 3 % (pu.jp.employer + pu.jp.worker) of the average
 * wage for each month, grown by {@link projectSavings} at `returnRateBp` or the dated `jp.return_rate`
 * (no value is built in: the fact sheet does not know it).
 *
 * @example 1% × (240 ÷ 12) × 5.000.000 = 1.000.000 a month
 */
export function quoteJp(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const months = need(input.contributionMonths, 'contributionMonths');
  const wage = need(input.averageWage, 'averageWage');
  const age = d.row('jp.pension_age');
  d.note(
    both((l) =>
      l === 'id'
        ? `Usia pensiun pada tanggal pensiun: ${age.value} tahun (${basis(age)}).`
        : `Pension age on the retirement date: ${age.value} (${basis(age)}).`,
    ),
  );
  const minMonths = d.row('jp.min_months');
  const pension = d.check(
    'jp.min_months',
    months >= minMonths.value,
    both((l) =>
      l === 'id'
        ? `Pensiun bulanan perlu masa iur ≥ ${minMonths.value} bulan; masa iur ${months} bulan (${basis(minMonths)})`
        : `A monthly pension needs ≥ ${minMonths.value} contribution months; given ${months} (${basis(minMonths)})`,
    ),
  );
  return pension
    ? monthlyPension(d, months, wage, age.value)
    : lumpSum(d, input, months, wage, age.value, minMonths.value);
}

function monthlyPension(d: BenefitDraft, months: number, wage: number, pensionAge: number): BenefitQuote {
  const accrual = d.row('jp.accrual_rate');
  const formula = Number(divideRoundHalfUp(BigInt(wage) * BigInt(accrual.value) * BigInt(months), 120_000n));
  const min = d.row('jp.benefit_min');
  const max = d.row('jp.benefit_max');
  const monthly = Math.min(Math.max(formula, min.value), max.value);
  const clamp = (l: 'id' | 'en') =>
    formula < min.value
      ? l === 'id'
        ? `; dinaikkan ke minimum ${rp(min.value, l)}`
        : `; raised to the minimum ${rp(min.value, l)}`
      : formula > max.value
        ? l === 'id'
          ? `; dibatasi maksimum ${rp(max.value, l)}`
          : `; capped at the maximum ${rp(max.value, l)}`
        : '';
  d.add(
    'jp.monthly',
    { id: 'Manfaat pensiun bulanan (tahun pertama)', en: 'Monthly pension (first year)' },
    monthly,
    both(
      (l) =>
        `${pct(accrual.value, l)} × (${months} ÷ 12) × ${rp(wage, l)} = ${rp(formula, l)}${clamp(l)} (${basis(accrual)})`,
    ),
  );
  d.note({
    id: 'Dibayar tiap bulan seumur hidup mulai usia pensiun; sesudah tahun pertama diindeksasi dengan inflasi. Total = satu bulan.',
    en: 'Paid monthly for life from the pension age; indexed to inflation after the first year. Total = one month.',
  });
  return d.finish({ monthly, pensionAge });
}

function lumpSum(
  d: BenefitDraft,
  input: BenefitInput,
  months: number,
  wage: number,
  pensionAge: number,
  minMonths: number,
): BenefitQuote {
  const employer = d.row('pu.jp.employer');
  const worker = d.row('pu.jp.worker');
  const rateBp = employer.value + worker.value;
  const perMonth = applyRate(rupiah(wage), basisPoints(rateBp));
  const returnBp = input.returnRateBp ?? d.value('jp.return_rate');
  const result = projectSavings(0, perMonth, months, returnBp);
  d.add(
    'jp.lump_contributions',
    { id: 'Iuran JP terkumpul (perkiraan)', en: 'JP contributions paid (estimate)' },
    result.contributions,
    both(
      (l) =>
        `${months} × ${pct(rateBp, l)} × ${rp(wage, l)} = ${months} × ${rp(perMonth, l)} = ${rp(result.contributions, l)} (${basis(employer)})`,
    ),
  );
  d.add(
    'jp.lump_returns',
    { id: 'Hasil pengembangan', en: 'Development returns' },
    result.returns,
    both((l) => `${pct(returnBp, l)} ${l === 'id' ? 'setahun' : 'a year'} = ${rp(result.returns, l)}`),
  );
  d.note({
    id: `Masa iur < ${minMonths} bulan: tidak ada pensiun bulanan; dibayar sekaligus iuran ditambah hasil pengembangan. Perkiraan: iuran sebenarnya dihitung dari upah tiap bulan (dibatasi batas upah JP); bunga majemuk bulanan, tarif ÷ 12, dibulatkan tiap bulan.`,
    en: `Fewer than ${minMonths} months: no monthly pension; the contributions plus returns are paid at once. Estimate: the real contributions follow each month’s wage (capped at the JP wage cap); monthly compounding, rate ÷ 12, rounded each month.`,
  });
  return d.finish({ monthly: 0, pensionAge, payWhenIneligible: true });
}
