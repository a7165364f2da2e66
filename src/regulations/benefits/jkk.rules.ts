import { applyRate, basisPoints, multiply, rupiah } from '../../shared/money.ts';
import { both, rp } from '../explain.ts';
import { type BenefitDraft, basis, need } from './benefit.draft.ts';
import type { BenefitInput, BenefitQuote } from './benefit.types.ts';

/** A component of `multiplier × wage` (death 48×, total disability 56×), explained with its basis. */
function wageMultiple(
  d: BenefitDraft,
  code: string,
  parameterCode: string,
  label: { id: string; en: string },
  wage: number,
): void {
  const multiplier = d.row(parameterCode);
  const amount = multiply(rupiah(wage), multiplier.value);
  d.add(
    code,
    label,
    amount,
    both(
      (l) =>
        `${multiplier.value} × ${l === 'id' ? 'upah' : 'wage'} ${rp(wage, l)} = ${rp(amount, l)} (${basis(multiplier)})`,
    ),
  );
}

/**
 * JKK death (PP 44/2015 jo. PP 82/2019, Lampiran III): 48 × last reported wage + periodic benefit
 * (Rp12 M, paid at once) + funeral (Rp10 M); the add-ons are confidence M in the fact sheet. Integer
 * multiplication, no rounding. The scholarship is its own benefit (`scholarship`, cause `jkk`).
 *
 * @example 48 × 5.000.000 + 12.000.000 + 10.000.000 = 262.000.000
 */
export function quoteJkkDeath(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const wage = need(input.wage, 'wage');
  wageMultiple(
    d,
    'jkk.death',
    'jkk.death_multiplier',
    { id: 'Santunan kematian', en: 'Death benefit' },
    wage,
  );
  const periodic = d.row('jkk.death_periodic');
  const funeral = d.row('jkk.death_funeral');
  d.add(
    'jkk.death_periodic',
    { id: 'Santunan berkala', en: 'Periodic benefit' },
    periodic.value,
    both(
      (l) =>
        `${rp(periodic.value, l)}${l === 'id' ? ', dibayar sekaligus' : ', paid at once'} (${basis(periodic)})`,
    ),
  );
  d.add(
    'jkk.death_funeral',
    { id: 'Biaya pemakaman', en: 'Funeral costs' },
    funeral.value,
    both((l) => `${rp(funeral.value, l)} (${basis(funeral)})`),
  );
  d.note({
    id: 'Beasiswa anak dihitung terpisah (manfaat scholarship, sebab jkk; tanpa masa iur minimum).',
    en: 'The children’s scholarship is quoted separately (benefit scholarship, cause jkk; no minimum contribution period).',
  });
  return d.finish();
}

/**
 * JKK permanent disability (PP 44/2015 jo. PP 82/2019, Lampiran III): total = 56 × wage; partial =
 * annex percentage × 80 × wage, rounded once (half up) because a percentage of 80 × wage can leave a
 * fraction of a rupiah.
 *
 * @example 56 × 5.000.000 = 280.000.000; 25% × 80 × 3.333.333 = 66.666.660
 */
export function quoteJkkDisability(d: BenefitDraft, input: BenefitInput): BenefitQuote {
  const wage = need(input.wage, 'wage');
  const percent = input.disabilityPercent ?? 100;
  if (percent === 100) {
    wageMultiple(
      d,
      'jkk.total_disability',
      'jkk.total_disability_multiplier',
      { id: 'Cacat total tetap', en: 'Total permanent disability' },
      wage,
    );
  } else {
    const multiplier = d.row('jkk.partial_disability_multiplier');
    const base = multiply(rupiah(wage), multiplier.value);
    const amount = applyRate(base, basisPoints(percent * 100));
    d.add(
      'jkk.partial_disability',
      { id: 'Cacat sebagian tetap', en: 'Partial permanent disability' },
      amount,
      both(
        (l) =>
          `${percent}% × ${multiplier.value} × ${l === 'id' ? 'upah' : 'wage'} ${rp(wage, l)} = ${rp(amount, l)} (${basis(multiplier)})`,
      ),
    );
    d.note({
      id: 'Persentase cacat menurut tabel Lampiran PP 44/2015 (ditetapkan dokter penasihat).',
      en: 'The disability percentage is the annex table’s percentage of PP 44/2015 (set by the advising doctor).',
    });
  }
  return d.finish();
}
