import { applyRate, basisPoints, rupiah } from '../../shared/money.ts';
import { both, pct, rp } from '../explain.ts';
import { type BenefitDraft, basis, need } from './benefit.draft.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';
import { projectSavings } from './savings.rules.ts';

const COMPOUNDING = both((l) =>
  l === 'id'
    ? 'Konvensi: bunga majemuk bulanan, tarif setahun ÷ 12 atas saldo awal bulan, dibulatkan ke rupiah terdekat (setengah ke atas) tiap bulan; iuran masuk di akhir bulan.'
    : 'Convention: monthly compounding at the yearly rate ÷ 12 on the opening balance of each month, rounded to the nearest rupiah (halves up) each month; the contribution is added at the month’s end.',
);

/**
 * JHT (PP 46/2015 jo. PP 60/2015): either a projection of the balance after `months` months of
 * contributions ({@link projectSavings}: monthly compounding, rate ÷ 12, rounded each month), or a
 * partial withdrawal (after ≥ 10 years: up to 10 % for retirement or 30 % for housing, once).
 * The yearly development return is set by BPJS each year and is unknown to the product: it comes from
 * `returnRateBp` or a dated `jht.return_rate` row an operator entered — never a built-in guess.
 *
 * @example 12 months × Rp100.000 at 0% = 1.200.000
 */
export function quoteJht(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const age = d.row('jht.age');
  d.note(
    both((l) =>
      l === 'id'
        ? `JHT dibayar penuh pada usia ${age.value}, berhenti bekerja (setelah masa tunggu 1 bulan), meninggalkan Indonesia, cacat total tetap atau meninggal (${basis(age)}).`
        : `JHT is paid in full at age ${age.value}, on leaving a job (after a 1-month wait), leaving Indonesia, total disability or death (${basis(age)}).`,
    ),
  );
  return input.withdrawal ? partial(d, input) : projection(d, input);
}

function projection(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const months = need(input.months, 'months');
  const opening = input.balance ?? 0;
  const monthly = input.monthlyContribution ?? 0;
  const rateBp = input.returnRateBp ?? d.value('jht.return_rate');
  const result = projectSavings(opening, monthly, months, rateBp);
  d.add(
    'jht.opening_balance',
    { id: 'Saldo awal', en: 'Opening balance' },
    opening,
    both((l) => rp(opening, l)),
  );
  d.add(
    'jht.contributions',
    { id: 'Iuran', en: 'Contributions' },
    result.contributions,
    both((l) => `${months} × ${rp(monthly, l)} = ${rp(result.contributions, l)}`),
  );
  d.add(
    'jht.returns',
    { id: 'Hasil pengembangan', en: 'Development returns' },
    result.returns,
    both((l) =>
      l === 'id'
        ? `${pct(rateBp, l)} setahun selama ${months} bulan = ${rp(result.returns, l)}`
        : `${pct(rateBp, l)} a year over ${months} months = ${rp(result.returns, l)}`,
    ),
  );
  d.note(COMPOUNDING);
  if (input.returnRateBp !== undefined)
    d.note({
      id: 'Tarif hasil pengembangan dimasukkan pengguna; BPJS menetapkannya tiap tahun (bukan jaminan).',
      en: 'The return rate was entered by the user; BPJS sets it each year (not a guarantee).',
    });
  return d.finish();
}

function partial(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const balance = rupiah(need(input.balance, 'balance'));
  const years = need(input.membershipYears, 'membershipYears');
  const minYears = d.row('jht.partial.min_years');
  d.check(
    'jht.partial.min_years',
    years >= minYears.value,
    both((l) =>
      l === 'id'
        ? `Masa kepesertaan ${years} tahun; perlu ≥ ${minYears.value} (${basis(minYears)})`
        : `${years} years of membership; needs ≥ ${minYears.value} (${basis(minYears)})`,
    ),
  );
  const maxTimes = d.value('jht.partial.max_withdrawals');
  if (input.previousWithdrawals !== undefined) {
    const before = input.previousWithdrawals;
    d.check(
      'jht.partial.max_withdrawals',
      before < maxTimes,
      both((l) =>
        l === 'id'
          ? `Sudah ${before} kali mengambil sebagian; paling banyak ${maxTimes} kali`
          : `${before} partial withdrawal(s) taken; at most ${maxTimes} allowed`,
      ),
    );
  } else
    d.note({
      id: `Tidak diperiksa: pengambilan sebagian hanya ${maxTimes} kali (isi previousWithdrawals).`,
      en: `Not checked: a partial withdrawal is allowed ${maxTimes} time(s) (give previousWithdrawals).`,
    });
  const share = d.row(
    input.withdrawal === 'housing' ? 'jht.partial.housing_share' : 'jht.partial.retirement_share',
  );
  const amount = applyRate(balance, basisPoints(share.value));
  const purpose =
    input.withdrawal === 'housing'
      ? { id: 'perumahan', en: 'housing' }
      : { id: 'persiapan pensiun', en: 'retirement' };
  d.add(
    'jht.partial',
    { id: `Pengambilan sebagian (${purpose.id})`, en: `Partial withdrawal (${purpose.en})` },
    amount,
    both(
      (l) =>
        `${l === 'id' ? 'paling banyak' : 'at most'} ${pct(share.value, l)} × ${rp(balance, l)} = ${rp(amount, l)} (${basis(share)})`,
    ),
  );
  return d.finish();
}
