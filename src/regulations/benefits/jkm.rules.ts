import { multiply, rupiah } from '../../shared/money.ts';
import { both, rp } from '../explain.ts';
import { type BenefitDraft, basis } from './benefit.draft.ts';
import type { BenefitQuote } from './benefit.types.ts';

/**
 * JKM, death not caused by work (PP 44/2015 jo. PP 82/2019 Pasal 34): lump sum + periodic benefit
 * (24 months, paid at once) + funeral costs, all flat amounts read on the date of death. The
 * scholarship is its own benefit (`scholarship`, cause `jkm`), because it has its own condition.
 *
 * @example quoteJkm(draft).total // 20.000.000 + 24 × 500.000 + 10.000.000 = 42.000.000
 */
export function quoteJkm(d: BenefitDraft): BenefitQuote {
  const lump = d.row('jkm.lump_sum');
  const monthly = d.row('jkm.periodic_monthly');
  const months = d.row('jkm.periodic_months');
  const funeral = d.row('jkm.funeral');
  d.add(
    'jkm.lump_sum',
    { id: 'Santunan sekaligus', en: 'Lump sum' },
    lump.value,
    both((l) => `${rp(lump.value, l)} (${basis(lump)})`),
  );
  const periodic = multiply(rupiah(monthly.value), months.value);
  d.add(
    'jkm.periodic',
    { id: 'Santunan berkala', en: 'Periodic benefit' },
    periodic,
    both(
      (l) =>
        `${months.value} × ${rp(monthly.value, l)} = ${rp(periodic, l)}${l === 'id' ? ', dibayar sekaligus' : ', paid at once'} (${basis(monthly)})`,
    ),
  );
  d.add(
    'jkm.funeral',
    { id: 'Biaya pemakaman', en: 'Funeral costs' },
    funeral.value,
    both((l) => `${rp(funeral.value, l)} (${basis(funeral)})`),
  );
  d.note({
    id: 'Beasiswa anak dihitung terpisah (manfaat scholarship, sebab jkm; masa iur ≥ 3 tahun).',
    en: 'The children’s scholarship is quoted separately (benefit scholarship, cause jkm; ≥ 3 years of contributions).',
  });
  return d.finish();
}
