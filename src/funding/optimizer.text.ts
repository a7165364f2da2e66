import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatPercent, formatRupiah, type Lang } from '../shared/format.ts';
import type { DistrictOutcome, Pool, PovertyLevel, Strategy } from './optimizer.rules.ts';
import { bilingual } from './simulator.text.ts';

/** Each strategy's rule as the user reads it beside the result (and `OptimizerResult.rule`). */
export const RULES: Record<Strategy, Bilingual> = {
  max_coverage: {
    id:
      'Cakupan terbesar: setiap pekerja menambah cakupan wilayah sama besar, jadi anggaran membeli sebanyak ' +
      'mungkin pekerja — kelompok termurah per pekerja lebih dulu (bila sama, kecamatan dengan cakupan ' +
      'terendah), kelompok terakhir sebagian.',
    en:
      "Largest coverage: every worker adds the same to the region's coverage, so the budget buys as many " +
      'workers as possible — the cheapest groups per worker first (ties: the district with the lowest ' +
      'coverage), the last group in part.',
  },
  poorest_first: {
    id:
      'Termiskin dulu (Inpres 4/2022, penghapusan kemiskinan ekstrem): miskin ekstrem, lalu miskin, rentan, ' +
      'dan yang tidak terdata; pada tingkat yang sama termurah lebih dulu, lalu kecamatan dengan cakupan terendah.',
    en:
      'Poorest first (Inpres 4/2022, eradicating extreme poverty): extreme poverty, then poor, vulnerable and ' +
      'those not on the welfare list; within a level the cheapest first, then the district with the lowest coverage.',
  },
  even_districts: {
    id:
      'Merata antarkecamatan: setiap pekerja berikutnya diberikan kepada kecamatan yang cakupannya paling rendah ' +
      'dibandingkan targetnya (tanpa target: dibandingkan 100 %), sehingga kecamatan naik bersama; di dalam ' +
      'kecamatan yang termiskin lalu yang termurah dulu. Kecamatan tanpa angka angkatan kerja terakhir.',
    en:
      'Even across districts: each next worker goes to the district whose coverage is lowest against its ' +
      'target (no target: against 100%), so districts rise together; within a district the poorest, then the ' +
      'cheapest first. Districts without a workforce figure come last.',
  },
};

const POVERTY_LABEL: Record<PovertyLevel, Bilingual> = {
  extreme: { id: 'miskin ekstrem (desil 1)', en: 'extreme poverty (decile 1)' },
  poor: { id: 'miskin', en: 'poor' },
  vulnerable: { id: 'rentan', en: 'vulnerable' },
  unknown: { id: 'tidak terdata di daftar kesejahteraan', en: 'not on the welfare list' },
};

const pct = (bp: number | null, lang: Lang): string => formatPercent(bp === null ? null : bp / 100, lang);

/** What a reason says about the pool's district: its coverage now, or (even_districts) its rise. */
export function districtNote(
  strategy: Strategy,
  name: string,
  district: DistrictOutcome | undefined,
): Bilingual {
  return bilingual((lang, say) => {
    const place = `${say('kecamatan', 'district')} ${name}`;
    if (district?.beforeBp == null)
      return strategy === 'even_districts'
        ? `${place} ${say('tanpa angka angkatan kerja, diisi terakhir', 'has no workforce figure, filled last')}`
        : `${place}, ${say('cakupan belum diketahui', 'coverage unknown')}`;
    if (strategy !== 'even_districts')
      return `${place}, ${say('cakupan', 'coverage')} ${pct(district.beforeBp, lang)}`;
    const target = district.targetBp ? pct(district.targetBp, lang) : say('tidak ada', 'none');
    return `${place} ${pct(district.beforeBp, lang)} → ${pct(district.afterBp, lang)} (target ${target})`;
  });
}

/** Why this pool was chosen: the strategy's criterion for it, and how much of it was taken. */
export function reasonFor(strategy: Strategy, pool: Pool, workers: number, note: Bilingual): Bilingual {
  return bilingual((lang, say) => {
    const price = `${formatRupiah(pool.costPerWorker, lang)} ${say('per pekerja', 'per worker')}`;
    const poverty = POVERTY_LABEL[pool.povertyLevel][lang];
    const share =
      workers === pool.available
        ? `${say('semua', 'all')} ${formatCount(workers, lang)} ${say('yang tersedia', 'available')}`
        : `${formatCount(workers, lang)} ${say('dari', 'of')} ${formatCount(pool.available, lang)} ${say('yang tersedia', 'available')}`;
    if (strategy === 'max_coverage')
      return `${say('Termurah berikutnya', 'Next cheapest')}: ${price} (${note[lang]}); ${share}`;
    if (strategy === 'poorest_first')
      return `${say('Termiskin berikutnya', 'Next poorest')}: ${poverty}, ${price} (${note[lang]}); ${share}`;
    return `${say('Pemerataan', 'Evening out')}: ${note[lang]}; ${poverty}, ${price}; ${share}`;
  });
}
