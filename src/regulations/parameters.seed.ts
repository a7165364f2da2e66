import type { RegulationParameter } from './parameters.rules.ts';

/**
 * The product's own regulation data: every rate and amount the coverage monitor needs, dated and with
 * its legal basis (facts from the project's rules fact sheet; confidence H = regulation text or several
 * agreeing sources). Loaded into `regulation_parameter` on first start; the database copy is the one
 * calculations read, so an administrator can add a new dated row without a release.
 */
export const SEED_PARAMETERS: readonly RegulationParameter[] = [
  {
    code: 'bpu.income_floor',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    value: 1_000_000,
    unit: 'rupiah',
    legalBasis: 'PP 44/2015 jo. PP 82/2019',
    article: 'Lampiran II (tingkat penghasilan BPU; batas bawah Rp1.000.000)',
    confidence: 'H',
    note: 'Penghasilan terendah yang boleh dilaporkan peserta BPU / lowest declared income for informal workers',
  },
  {
    code: 'bpu.jkk_rate',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    value: 100,
    unit: 'bp',
    legalBasis: 'PP 44/2015 jo. PP 82/2019',
    article: 'Lampiran II (JKK BPU 1% dari penghasilan)',
    confidence: 'H',
    note: 'JKK BPU 1% dari penghasilan yang dilaporkan / BPU JKK 1% of declared income',
  },
  {
    code: 'bpu.jkm_flat',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    value: 6_800,
    unit: 'rupiah',
    legalBasis: 'PP 44/2015 jo. PP 82/2019',
    article: null,
    confidence: 'H',
    note: 'JKM BPU Rp6.800 per bulan / BPU JKM flat Rp6,800 a month',
  },
  {
    code: 'bpu.discount_pp50_2025.transport',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2027-03-31',
    value: 5_000,
    unit: 'bp',
    legalBasis: 'PP 50/2025',
    article: null,
    confidence: 'H',
    note: 'Diskon 50% JKK dan JKM BPU sektor transportasi; tidak untuk iuran yang dibayar APBN/APBD / 50% off BPU JKK and JKM for transport workers; not for government-paid contributions',
  },
  {
    code: 'bpu.discount_pp50_2025.other',
    effectiveFrom: '2026-04-01',
    effectiveTo: '2026-12-31',
    value: 5_000,
    unit: 'bp',
    legalBasis: 'PP 50/2025',
    article: null,
    confidence: 'H',
    note: 'Diskon 50% JKK dan JKM BPU selain transportasi; tidak untuk iuran yang dibayar APBN/APBD / 50% off BPU JKK and JKM for other sectors; not for government-paid contributions',
  },
];
