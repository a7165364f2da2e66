import { applyRate, basisPoints, multiply, rupiah } from '../../shared/money.ts';
import { both, pct, rp } from '../explain.ts';
import { type BenefitDraft, basis, need } from './benefit.draft.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';
import { checkJkpConditions } from './jkp.conditions.ts';

/**
 * JKP cash benefit (PP 37/2021 Pasal 21; PP 6/2025 from 7 Feb 2025), picked by the dismissal date:
 * tiers of `rate × min(wage, cap)` for some months — PP 37/2021: 45 % × 3 + 25 % × 3; PP 6/2025:
 * 60 % × 6 — each month's pay rounded once (applyRate). Eligibility conditions are checked for the
 * inputs given and each one reported; a condition whose input is absent is named in a note as not
 * checked. Any failing condition: eligible false, total 0.
 *
 * @example PP 6/2025: 6 × 60% × min(7.000.000, 5.000.000) = 6 × 3.000.000 = 18.000.000
 */
export function quoteJkp(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const wage = need(input.wage, 'wage');
  checkJkpConditions(d, input);
  const cap = d.row('jkp.wage_cap');
  const base = rupiah(Math.min(wage, cap.value));
  const capNote = (l: 'id' | 'en') =>
    wage > cap.value
      ? ` (${l === 'id' ? 'upah' : 'wage'} ${rp(wage, l)} ${l === 'id' ? 'dibatasi' : 'capped at'} ${rp(cap.value, l)})`
      : '';
  const tiers = d.value('jkp.tier_count');
  let firstMonth = 0;
  let fromMonth = 1;
  for (let t = 1; t <= tiers; t++) {
    const rate = d.row(`jkp.tier${t}.rate`);
    const months = d.value(`jkp.tier${t}.months`);
    const pay = applyRate(base, basisPoints(rate.value));
    if (t === 1) firstMonth = pay;
    const toMonth = fromMonth + months - 1;
    d.add(
      `jkp.tier${t}`,
      { id: `Uang tunai bulan ${fromMonth}–${toMonth}`, en: `Cash benefit, months ${fromMonth}–${toMonth}` },
      multiply(pay, months),
      both(
        (l) =>
          `${months} × ${pct(rate.value, l)} × ${rp(base, l)}${capNote(l)} = ${months} × ${rp(pay, l)} = ${rp(multiply(pay, months), l)} (${basis(rate)})`,
      ),
    );
    fromMonth = toMonth + 1;
  }
  d.note({
    id: 'Selain uang tunai, JKP memberi akses informasi pasar kerja dan pelatihan kerja.',
    en: 'Besides cash, JKP gives access to labour-market information and job training.',
  });
  return d.finish({ monthly: firstMonth });
}
