import type { RegulationParameter } from '../parameters.rules.ts';
import { param } from './row.ts';

/**
 * Contribution parameters from the project's fact sheet (../shared/domain/rules.md §1), each with its
 * legal basis and confidence. Codes: `<segment>.<program>.<what>`; rates in basis points.
 * Values the fact sheet calls unknown are NOT here (JP caps of 2016, 2018, 2020; BPU income levels of
 * Annex II): a calculation that needs one fails naming the code until an operator enters it.
 */

const PP44 = 'PP 44/2015';
const PP45 = 'PP 45/2015';
const PP46 = 'PP 46/2015';
const START = '2015-07-01'; // PP 44, 45, 46/2015: the BPJS Ketenagakerjaan programs as of 1 Jul 2015

const PU: RegulationParameter[] = [
  param({
    code: 'pu.jht.employer',
    effectiveFrom: START,
    value: 370,
    unit: 'bp',
    legalBasis: PP46,
    article: 'Pasal 16',
  }),
  param({
    code: 'pu.jht.worker',
    effectiveFrom: START,
    value: 200,
    unit: 'bp',
    legalBasis: PP46,
    article: 'Pasal 16',
  }),
  ...[24, 54, 89, 127, 174].map((value, i) =>
    param({
      code: `pu.jkk.group${i + 1}`,
      effectiveFrom: START,
      value,
      unit: 'bp',
      legalBasis: PP44,
      article: 'Pasal 16 jo. Lampiran I',
      note: `Kelompok tingkat risiko ${i + 1} (sangat rendah … sangat tinggi) / risk group ${i + 1}`,
    }),
  ),
  param({
    code: 'pu.jkm.employer',
    effectiveFrom: START,
    value: 30,
    unit: 'bp',
    legalBasis: PP44,
    article: 'Pasal 18',
  }),
  param({
    code: 'pu.jp.employer',
    effectiveFrom: START,
    value: 200,
    unit: 'bp',
    legalBasis: PP45,
    article: 'Pasal 28',
  }),
  param({
    code: 'pu.jp.worker',
    effectiveFrom: START,
    value: 100,
    unit: 'bp',
    legalBasis: PP45,
    article: 'Pasal 28',
  }),
];

/** JP wage cap: changes each March (Jan–Feb keep the previous cap). Gaps are unknown years, on purpose. */
const JP_CAP: RegulationParameter[] = (
  [
    ['2015-07-01', '2016-02-29', 7_000_000, 'H', PP45],
    ['2017-03-01', '2018-02-28', 7_703_500, 'L', 'Penetapan BPJS Ketenagakerjaan 2017'],
    ['2019-03-01', '2020-02-29', 8_512_400, 'L', 'Penetapan BPJS Ketenagakerjaan 2019'],
    ['2021-03-01', '2022-02-28', 8_939_700, 'L', 'Penetapan BPJS Ketenagakerjaan 2021'],
    ['2022-03-01', '2023-02-28', 9_077_600, 'H', 'Penetapan BPJS Ketenagakerjaan 2022'],
    ['2023-03-01', '2024-02-29', 9_559_600, 'H', 'Penetapan BPJS Ketenagakerjaan 2023'],
    ['2024-03-01', '2025-02-28', 10_042_300, 'H', 'Penetapan BPJS Ketenagakerjaan 2024'],
    ['2025-03-01', '2026-02-28', 10_547_400, 'H', 'Penetapan BPJS Ketenagakerjaan 2025'],
    ['2026-03-01', '2027-02-28', 11_086_300, 'H', 'Penetapan BPJS Ketenagakerjaan 2026'],
  ] as const
).map(([from, to, value, confidence, basis]) =>
  param({
    code: 'pu.jp.wage_cap',
    effectiveFrom: from,
    effectiveTo: to,
    value,
    unit: 'rupiah',
    legalBasis: basis === PP45 ? PP45 : `${PP45} Pasal 28 ayat (4); ${basis}`,
    article: basis === PP45 ? 'Pasal 28 ayat (3)' : null,
    confidence,
    note: 'Batas atas upah JP; disesuaikan tiap Maret / JP wage cap, adjusted each March',
  }),
);

const PP37 = 'PP 37/2021';
const PP6 = 'PP 6/2025';
const JKP_START = '2021-02-02';
const PP6_START = '2025-02-07';

/** JKP costs employers nothing extra: government 0,22 % + a carve-out of JKK (and, until 6 Feb 2025, JKM). */
const JKP: RegulationParameter[] = [
  param({
    code: 'pu.jkp.wage_cap',
    effectiveFrom: JKP_START,
    value: 5_000_000,
    unit: 'rupiah',
    legalBasis: PP37,
    article: 'Pasal 11',
  }),
  param({
    code: 'pu.jkp.government',
    effectiveFrom: JKP_START,
    effectiveTo: '2025-02-06',
    value: 22,
    unit: 'bp',
    legalBasis: PP37,
    article: 'Pasal 11 ayat (4)',
  }),
  param({
    code: 'pu.jkp.government',
    effectiveFrom: PP6_START,
    value: 22,
    unit: 'bp',
    legalBasis: PP6,
    article: 'Pasal 11 ayat (4)',
  }),
  param({
    code: 'pu.jkp.from_jkk',
    effectiveFrom: JKP_START,
    effectiveTo: '2025-02-06',
    value: 14,
    unit: 'bp',
    legalBasis: PP37,
    article: 'Pasal 11 ayat (5)',
  }),
  param({
    code: 'pu.jkp.from_jkk',
    effectiveFrom: PP6_START,
    value: 14,
    unit: 'bp',
    legalBasis: PP6,
    article: 'Pasal 11 ayat (5)',
  }),
  param({
    code: 'pu.jkp.from_jkm',
    effectiveFrom: JKP_START,
    effectiveTo: '2025-02-06',
    value: 10,
    unit: 'bp',
    legalBasis: PP37,
    article: 'Pasal 11 ayat (5)',
  }),
  param({
    code: 'pu.jkp.from_jkm',
    effectiveFrom: PP6_START,
    value: 0,
    unit: 'bp',
    legalBasis: PP6,
    article: 'Pasal 11 ayat (5)',
    note: 'JKM tidak lagi direkomposisi; tetap 0,30% / JKM no longer carved out; keeps its full 0.30%',
  }),
];

const PP7 = 'PP 7/2025 jo. PP 36/2025';
const PP7_FROM = '2025-02-01';
const PP7_TO = '2026-01-31';
const PP7_INDUSTRIES = [
  'food-beverage-tobacco',
  'textile-apparel',
  'leather',
  'footwear',
  'toys',
  'furniture',
];

/** 50 % off JKK for labour-intensive industries with ≥ 50 workers, contribution months Feb 2025 – Jan 2026. */
const PU_DISCOUNT: RegulationParameter[] = [
  param({
    code: 'pu.jkk_discount.rate',
    effectiveFrom: PP7_FROM,
    effectiveTo: PP7_TO,
    value: 5_000,
    unit: 'bp',
    legalBasis: PP7,
  }),
  param({
    code: 'pu.jkk_discount.min_workers',
    effectiveFrom: PP7_FROM,
    effectiveTo: PP7_TO,
    value: 50,
    unit: 'count',
    legalBasis: PP7,
  }),
  ...PP7_INDUSTRIES.map((industry) =>
    param({
      code: `pu.jkk_discount.industry.${industry}`,
      effectiveFrom: PP7_FROM,
      effectiveTo: PP7_TO,
      value: 1,
      unit: 'flag',
      legalBasis: PP7,
      note: 'Industri padat karya yang berhak diskon / labour-intensive industry covered by the discount',
    }),
  ),
];

const BPU_BASIS = 'PP 44/2015 jo. PP 82/2019';

const BPU: RegulationParameter[] = [
  param({
    code: 'bpu.income_floor',
    effectiveFrom: START,
    value: 1_000_000,
    unit: 'rupiah',
    legalBasis: BPU_BASIS,
    article: 'Lampiran II (tingkat penghasilan BPU; batas bawah Rp1.000.000)',
    note: 'Penghasilan terendah yang boleh dilaporkan peserta BPU / lowest declared income for informal workers',
  }),
  param({
    code: 'bpu.jkk_rate',
    effectiveFrom: START,
    value: 100,
    unit: 'bp',
    legalBasis: BPU_BASIS,
    article: 'Lampiran II (JKK BPU 1% dari penghasilan)',
    note: 'JKK BPU 1% dari penghasilan yang dilaporkan / BPU JKK 1% of declared income',
  }),
  param({
    code: 'bpu.jkm_flat',
    effectiveFrom: START,
    value: 6_800,
    unit: 'rupiah',
    legalBasis: BPU_BASIS,
    note: 'JKM BPU Rp6.800 per bulan / BPU JKM flat Rp6,800 a month',
  }),
  param({
    code: 'bpu.jht_rate',
    effectiveFrom: START,
    value: 200,
    unit: 'bp',
    legalBasis: PP46,
    note: 'JHT BPU 2% dari penghasilan, sukarela / optional BPU JHT 2% of declared income',
  }),
  param({
    code: 'bpu.lapse_months',
    effectiveFrom: START,
    value: 3,
    unit: 'months',
    legalBasis: BPU_BASIS,
    confidence: 'M',
    note: 'Kepesertaan BPU berakhir setelah lebih dari 3 bulan tidak membayar / BPU membership lapses after more than 3 unpaid months',
  }),
  param({
    code: 'bpu.discount_pp50_2025.transport',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2027-03-31',
    value: 5_000,
    unit: 'bp',
    legalBasis: 'PP 50/2025',
    note: 'Diskon 50% JKK dan JKM BPU sektor transportasi; tidak untuk iuran yang dibayar APBN/APBD / 50% off BPU JKK and JKM for transport workers; not for government-paid contributions',
  }),
  param({
    code: 'bpu.discount_pp50_2025.other',
    effectiveFrom: '2026-04-01',
    effectiveTo: '2026-12-31',
    value: 5_000,
    unit: 'bp',
    legalBasis: 'PP 50/2025',
    note: 'Diskon 50% JKK dan JKM BPU selain transportasi; tidak untuk iuran yang dibayar APBN/APBD / 50% off BPU JKK and JKM for other sectors; not for government-paid contributions',
  }),
];

const JAKON_BASIS = 'PP 44/2015 jo. Permenaker 44/2015';

/** Construction: marginal tiers on the contract value (before VAT) when the wage is unknown. */
const JAKON: RegulationParameter[] = [
  param({
    code: 'jakon.wage.jkk_rate',
    effectiveFrom: START,
    value: 174,
    unit: 'bp',
    legalBasis: JAKON_BASIS,
  }),
  param({
    code: 'jakon.wage.jkm_rate',
    effectiveFrom: START,
    value: 30,
    unit: 'bp',
    legalBasis: JAKON_BASIS,
  }),
  ...(
    [
      [100_000_000, 21, 3, 'H'],
      [500_000_000, 17, 2, 'H'],
      [1_000_000_000, 13, 2, 'H'],
      [5_000_000_000, 11, 1, 'M'],
      [null, 9, 1, 'M'],
    ] as const
  ).flatMap(([upper, jkk, jkm, jkmConfidence], i) => [
    ...(upper === null
      ? []
      : [
          param({
            code: `jakon.tier${i + 1}.upper`,
            effectiveFrom: START,
            value: upper,
            unit: 'rupiah',
            legalBasis: JAKON_BASIS,
          }),
        ]),
    param({
      code: `jakon.tier${i + 1}.jkk_rate`,
      effectiveFrom: START,
      value: jkk,
      unit: 'bp',
      legalBasis: JAKON_BASIS,
    }),
    param({
      code: `jakon.tier${i + 1}.jkm_rate`,
      effectiveFrom: START,
      value: jkm,
      unit: 'bp',
      legalBasis: JAKON_BASIS,
      confidence: jkmConfidence,
    }),
  ]),
];

const PMI_BASIS = 'Permenaker 4/2023';
const PMI_START = '2023-03-01';

/** Migrant workers: JKK + JKM as packages by stage and contract length; optional JHT at chosen amounts. */
const PMI: RegulationParameter[] = [
  param({
    code: 'pmi.pre_placement',
    effectiveFrom: PMI_START,
    value: 37_500,
    unit: 'rupiah',
    legalBasis: PMI_BASIS,
    note: 'JKK + JKM sebelum penempatan / before placement',
  }),
  ...([6, 12, 24] as const).map((months, i) =>
    param({
      code: `pmi.placement.${String(months).padStart(2, '0')}`,
      effectiveFrom: PMI_START,
      value: [108_000, 189_000, 332_500][i] as number,
      unit: 'rupiah',
      legalBasis: PMI_BASIS,
      note: `Paket JKK + JKM selama dan setelah penempatan, kontrak ${months} bulan / JKK + JKM package for a ${months}-month contract`,
    }),
  ),
  param({
    code: 'pmi.extra_month',
    effectiveFrom: PMI_START,
    value: 13_500,
    unit: 'rupiah',
    legalBasis: PMI_BASIS,
    note: 'Tiap bulan di luar paket / each month beyond the package',
  }),
  ...[50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000].map((amount) =>
    param({
      code: `pmi.jht_option.${String(amount).padStart(7, '0')}`,
      effectiveFrom: PMI_START,
      value: amount,
      unit: 'rupiah',
      legalBasis: PMI_BASIS,
      confidence: [300_000, 400_000, 500_000].includes(amount) ? 'L' : 'H',
      note: [300_000, 400_000, 500_000].includes(amount)
        ? 'Disimpulkan dari "…" di lembar fakta; periksa / inferred from the "…" in the fact sheet; verify'
        : 'Pilihan iuran JHT PMI per bulan / PMI monthly JHT option',
    }),
  ),
];

/** Employers pay late fines of 2 % a month; during the PP 49/2020 COVID relief 0,5 %. */
const FINES: RegulationParameter[] = [
  param({
    code: 'fine.late_rate',
    effectiveFrom: START,
    effectiveTo: '2020-07-31',
    value: 200,
    unit: 'bp',
    legalBasis: 'PP 44/2015; PP 45/2015; PP 46/2015',
    note: 'Denda 2% per bulan terlambat / 2% fine per month late',
  }),
  param({
    code: 'fine.late_rate',
    effectiveFrom: '2020-08-01',
    effectiveTo: '2021-01-31',
    value: 50,
    unit: 'bp',
    legalBasis: 'PP 49/2020',
    confidence: 'L',
    note: 'Relaksasi COVID-19: denda 0,5%; rentang Agu 2020 – Jan 2021 perlu diverifikasi / COVID relief 0.5% fine; window Aug 2020 – Jan 2021 to be verified',
  }),
  param({
    code: 'fine.late_rate',
    effectiveFrom: '2021-02-01',
    value: 200,
    unit: 'bp',
    legalBasis: 'PP 44/2015; PP 45/2015; PP 46/2015',
    note: 'Denda 2% per bulan terlambat / 2% fine per month late',
  }),
];

export const CONTRIBUTION_PARAMETERS: readonly RegulationParameter[] = [
  ...PU,
  ...JP_CAP,
  ...JKP,
  ...PU_DISCOUNT,
  ...BPU,
  ...JAKON,
  ...PMI,
  ...FINES,
];
