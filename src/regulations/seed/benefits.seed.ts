import type { RegulationParameter } from '../parameters.rules.ts';
import { param } from './row.ts';

/**
 * Benefit parameters from the project's fact sheet (../shared/domain/rules.md §2 and §1.1), each with
 * its legal basis and confidence. Codes: `<program>.<what>`; rates in basis points, amounts in rupiah.
 *
 * Left out on purpose (the fact sheet calls them unknown; an operator enters them as dated rows):
 * - `jht.return_rate` (JHT development return, set yearly by BPJS) and `jp.return_rate`;
 * - JP minimum/maximum pension for 2016 – Jan 2026 and from Feb 2027;
 * - any PP 82/2019 amount before its promulgation (2 Dec 2019): earlier events fail naming the code.
 */

const PP82 = 'PP 44/2015 jo. PP 82/2019';
const PP82_START = '2019-12-02';
const PP45 = 'PP 45/2015';
const PP46 = 'PP 46/2015 jo. PP 60/2015';
const START = '2015-07-01';

const rupiahRow = (code: string, value: number, article: string | null, note: string, confidence?: 'M') =>
  param({
    code,
    effectiveFrom: PP82_START,
    value,
    unit: 'rupiah',
    legalBasis: PP82,
    article,
    note,
    ...(confidence ? { confidence } : {}),
  });

/** JKM (death not caused by work): Rp42 M = 20 M lump sum + 24 × 500 k periodic + 10 M funeral. */
const JKM: RegulationParameter[] = [
  rupiahRow('jkm.lump_sum', 20_000_000, 'Pasal 34', 'Santunan sekaligus / lump sum'),
  rupiahRow('jkm.periodic_monthly', 500_000, 'Pasal 34', 'Santunan berkala per bulan / periodic, per month'),
  param({
    code: 'jkm.periodic_months',
    effectiveFrom: PP82_START,
    value: 24,
    unit: 'months',
    legalBasis: PP82,
    article: 'Pasal 34',
    note: 'Santunan berkala 24 bulan, dibayar sekaligus / 24 months of periodic benefit, paid at once',
  }),
  rupiahRow('jkm.funeral', 10_000_000, 'Pasal 34', 'Biaya pemakaman / funeral costs'),
];

const jkkCount = (code: string, value: number, unit: RegulationParameter['unit'], note: string) =>
  param({ code, effectiveFrom: PP82_START, value, unit, legalBasis: PP82, article: 'Lampiran III', note });

/** JKK (work accident): death 48 × wage + add-ons (M), disability 56× / % × 80×, STMB 100 % then 50 %. */
const JKK: RegulationParameter[] = [
  jkkCount('jkk.death_multiplier', 48, 'count', 'Santunan kematian = 48 × upah / death benefit = 48 × wage'),
  rupiahRow(
    'jkk.death_periodic',
    12_000_000,
    'Lampiran III',
    'Santunan berkala (24 × Rp500.000) dibayar sekaligus / periodic benefit paid at once',
    'M',
  ),
  rupiahRow('jkk.death_funeral', 10_000_000, 'Lampiran III', 'Biaya pemakaman / funeral costs', 'M'),
  jkkCount(
    'jkk.total_disability_multiplier',
    56,
    'count',
    'Cacat total tetap = 56 × upah / total permanent disability = 56 × wage',
  ),
  jkkCount(
    'jkk.partial_disability_multiplier',
    80,
    'count',
    'Cacat sebagian = % tabel × 80 × upah / partial disability = annex % × 80 × wage',
  ),
  jkkCount('jkk.stmb.full_rate', 10_000, 'bp', 'STMB 100% upah / temporary incapacity pay 100% of wage'),
  jkkCount('jkk.stmb.full_months', 12, 'months', 'STMB penuh 12 bulan pertama / full pay for 12 months'),
  jkkCount('jkk.stmb.later_rate', 5_000, 'bp', 'STMB 50% upah sesudahnya / 50% of wage afterwards'),
];

const LEVELS = [
  ['tk-sd', 1_500_000, 8, 'TK–SD / kindergarten–primary'],
  ['smp', 2_000_000, 3, 'SMP / junior secondary'],
  ['sma', 3_000_000, 3, 'SMA / senior secondary'],
  ['university', 12_000_000, 5, 'Perguruan tinggi / higher education'],
] as const;

/** Scholarship for up to 2 children (JKM with ≥ 3 years of contributions; JKK with no minimum). */
const SCHOLARSHIP: RegulationParameter[] = [
  ...LEVELS.flatMap(([level, amount, years, label]) => [
    rupiahRow(`scholarship.${level}.amount`, amount, null, `${label}: per anak per tahun / per child a year`),
    param({
      code: `scholarship.${level}.years`,
      effectiveFrom: PP82_START,
      value: years,
      unit: 'years',
      legalBasis: PP82,
      note: `${label}: paling lama ${years} tahun / at most ${years} years`,
    }),
  ]),
  param({
    code: 'scholarship.max_children',
    effectiveFrom: PP82_START,
    value: 2,
    unit: 'count',
    legalBasis: PP82,
    note: 'Paling banyak 2 anak / at most 2 children',
  }),
  rupiahRow('scholarship.max_per_child', 87_000_000, null, 'Paling banyak per anak / at most per child'),
  param({
    code: 'scholarship.jkm_min_contribution_months',
    effectiveFrom: PP82_START,
    value: 36,
    unit: 'months',
    legalBasis: PP82,
    note: 'Beasiswa JKM: masa iur paling singkat 3 tahun; JKK tanpa masa iur / JKM scholarship needs 3 years of contributions; JKK none',
  }),
];

/** JHT partial withdrawal (10 % retirement or 30 % housing, once, after 10 years) and payout age. */
const JHT: RegulationParameter[] = [
  param({
    code: 'jht.partial.min_years',
    effectiveFrom: START,
    value: 10,
    unit: 'years',
    legalBasis: PP46,
    article: 'Pasal 22',
    note: 'Masa kepesertaan paling singkat 10 tahun / at least 10 years of membership',
  }),
  param({
    code: 'jht.partial.retirement_share',
    effectiveFrom: START,
    value: 1_000,
    unit: 'bp',
    legalBasis: PP46,
    article: 'Pasal 22',
    note: 'Paling banyak 10% untuk persiapan pensiun / at most 10% to prepare for retirement',
  }),
  param({
    code: 'jht.partial.housing_share',
    effectiveFrom: START,
    value: 3_000,
    unit: 'bp',
    legalBasis: PP46,
    article: 'Pasal 22',
    note: 'Paling banyak 30% untuk kepemilikan rumah / at most 30% for housing',
  }),
  param({
    code: 'jht.partial.max_withdrawals',
    effectiveFrom: START,
    value: 1,
    unit: 'count',
    legalBasis: PP46,
    article: 'Pasal 22',
    note: 'Pengambilan sebagian hanya 1 kali / a partial withdrawal is allowed once',
  }),
  param({
    code: 'jht.age',
    effectiveFrom: START,
    value: 56,
    unit: 'years',
    legalBasis: PP46,
    note: 'JHT dibayar penuh pada usia 56 tahun / JHT is paid in full at age 56',
  }),
];

const jp = (code: string, value: number, unit: RegulationParameter['unit'], note: string) =>
  param({ code, effectiveFrom: START, value, unit, legalBasis: PP45, note });

/** JP min/max pension by the date the pension starts; only the windows the fact sheet knows. */
const JP_LIMITS = (
  [
    ['2015-07-01', '2015-12-31', 300_000, 3_600_000, 'H', PP45],
    ['2026-02-01', '2027-01-31', 411_400, 4_932_300, 'M', `${PP45}; penyesuaian BPJS Ketenagakerjaan 2026`],
  ] as const
).flatMap(([from, to, min, max, confidence, basis]) =>
  (
    [
      ['jp.benefit_min', min, 'Manfaat pensiun terendah / minimum monthly pension'],
      ['jp.benefit_max', max, 'Manfaat pensiun tertinggi / maximum monthly pension'],
    ] as const
  ).map(([code, value, note]) =>
    param({
      code,
      effectiveFrom: from,
      effectiveTo: to,
      value,
      unit: 'rupiah',
      legalBasis: basis,
      confidence,
      note,
    }),
  ),
);

/** Pension age: 56, 57 from 2019, +1 every 3 years until 65 from 2043 (open-ended). */
const PENSION_AGE: RegulationParameter[] = [56, 57, 58, 59, 60, 61, 62, 63, 64, 65].map((age, i) => {
  const fromYear = age === 56 ? null : 2019 + 3 * (i - 1);
  return param({
    code: 'jp.pension_age',
    effectiveFrom: fromYear === null ? START : `${fromYear}-01-01`,
    effectiveTo: age === 65 ? null : `${age === 56 ? 2018 : 2019 + 3 * i - 1}-12-31`,
    value: age,
    unit: 'years',
    legalBasis: PP45,
    article: 'Pasal 15',
    note: `Usia pensiun ${age} tahun / pension age ${age}`,
  });
});

const JP: RegulationParameter[] = [
  jp('jp.min_months', 180, 'months', 'Masa iur paling sedikit 15 tahun (180 bulan) / at least 180 months'),
  jp('jp.accrual_rate', 100, 'bp', 'Formula 1% × masa iur (tahun) × rata-rata upah / 1% per year of service'),
  ...JP_LIMITS,
  ...PENSION_AGE,
];

const PP37 = 'PP 37/2021';
const PP6 = 'PP 6/2025';
const JKP_START = '2021-02-02';
const PP37_END = '2025-02-06';
const PP6_START = '2025-02-07';

const jkpOld = (code: string, value: number, unit: RegulationParameter['unit'], note: string) =>
  param({
    code,
    effectiveFrom: JKP_START,
    effectiveTo: PP37_END,
    value,
    unit,
    legalBasis: PP37,
    article: 'Pasal 21',
    note,
  });
const jkpNew = (code: string, value: number, unit: RegulationParameter['unit'], note: string) =>
  param({ code, effectiveFrom: PP6_START, value, unit, legalBasis: PP6, article: 'Pasal 21', note });
const jkpBoth = (code: string, value: number, unit: RegulationParameter['unit'], note: string) =>
  param({ code, effectiveFrom: JKP_START, value, unit, legalBasis: `${PP37} jo. ${PP6}`, note });

const JKP_REASONS = [
  ['dismissal', 1, 'PHK oleh pemberi kerja / dismissal by the employer'],
  ['resignation', 0, 'Mengundurkan diri / resignation'],
  ['retirement', 0, 'Pensiun / retirement'],
  ['contract-end', 0, 'Berakhirnya PKWT / end of a fixed-term contract'],
  ['disability', 0, 'Cacat total tetap / total permanent disability'],
  ['death', 0, 'Meninggal dunia / death'],
] as const;

/** JKP cash: PP 37/2021 45 % × 3 + 25 % × 3 until 6 Feb 2025; PP 6/2025 60 % × 6 from 7 Feb 2025. */
const JKP: RegulationParameter[] = [
  jkpBoth(
    'jkp.wage_cap',
    5_000_000,
    'rupiah',
    'Batas upah manfaat uang tunai / wage cap of the cash benefit',
  ),
  jkpOld('jkp.tier_count', 2, 'count', 'Dua tahap: bulan 1–3 dan 4–6 / two tiers: months 1–3 and 4–6'),
  jkpOld('jkp.tier1.rate', 4_500, 'bp', '45% upah untuk 3 bulan pertama / 45% of wage, months 1–3'),
  jkpOld('jkp.tier1.months', 3, 'months', 'Bulan 1–3 / months 1–3'),
  jkpOld('jkp.tier2.rate', 2_500, 'bp', '25% upah untuk 3 bulan berikutnya / 25% of wage, months 4–6'),
  jkpOld('jkp.tier2.months', 3, 'months', 'Bulan 4–6 / months 4–6'),
  jkpNew('jkp.tier_count', 1, 'count', 'Satu tahap / one tier'),
  jkpNew('jkp.tier1.rate', 6_000, 'bp', '60% upah / 60% of wage'),
  jkpNew('jkp.tier1.months', 6, 'months', 'Paling lama 6 bulan / for up to 6 months'),
  jkpBoth('jkp.min_contribution_months', 12, 'months', 'Masa iur 12 bulan / 12 contribution months'),
  jkpBoth('jkp.contribution_window_months', 24, 'months', 'Dalam 24 bulan / within 24 months'),
  jkpBoth('jkp.min_consecutive_months', 6, 'months', '6 bulan berturut-turut sebelum PHK / 6 in a row'),
  jkpBoth(
    'jkp.claim_window_months',
    6,
    'months',
    'Klaim paling lama 6 bulan sejak PHK / claim within 6 months',
  ),
  jkpBoth('jkp.max_registration_age', 54, 'years', 'Terdaftar sebelum usia 54 / registered under 54'),
  ...JKP_REASONS.map(([reason, flag, note]) =>
    jkpBoth(
      `jkp.reason.${reason}`,
      flag,
      'flag',
      `${note}: ${flag ? 'berhak / qualifies' : 'tidak / excluded'}`,
    ),
  ),
];

/** Benefit parameters (fact sheet §2). */
export const BENEFIT_PARAMETERS: readonly RegulationParameter[] = [
  ...JKM,
  ...JKK,
  ...SCHOLARSHIP,
  ...JHT,
  ...JP,
  ...JKP,
];
