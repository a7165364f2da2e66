import type { Bilingual } from '../shared/errors.ts';
import type { ProposalData, ProposalVillage } from './proposal.types.ts';

const DISTRICTS: Record<string, string> = {
  '15.03.01': 'Batang Asai',
  '15.03.02': 'Limun',
  '15.03.03': 'Sarolangun',
  '15.03.04': 'Pauh',
  '15.03.05': 'Pelawan',
  '15.03.06': 'Mandiangin',
  '15.03.07': 'Air Hitam',
  '15.03.08': 'Bathin VIII',
  '15.03.09': 'Singkut',
  '15.03.10': 'Cermin Nan Gedang',
  '15.03.11': 'Mandiangin Timur',
};

/** Real villages of Kabupaten Sarolangun (codes from idn-area-data); 24.636 workers in all. */
const VILLAGES: readonly [code: string, name: string, workers: number][] = [
  ['15.03.01.2001', 'Tambak Ratu', 304],
  ['15.03.01.2006', 'Batu Empang', 472],
  ['15.03.01.2011', 'Pekan Gedang', 639],
  ['15.03.01.2016', 'Muara Cuban', 806],
  ['15.03.01.2021', 'Bukit Berantai', 973],
  ['15.03.02.2007', 'Ranggo', 1139],
  ['15.03.02.2012', 'Berkun', 468],
  ['15.03.02.2018', 'Demang', 635],
  ['15.03.03.1015', 'Sukasari', 802],
  ['15.03.03.2002', 'Bernai', 969],
  ['15.03.03.2013', 'Lidung', 1136],
  ['15.03.04.1005', 'Pauh', 464],
  ['15.03.04.2006', 'Semaran', 631],
  ['15.03.04.2011', 'Lamban Sigatal', 798],
  ['15.03.05.2002', 'Pelawan', 965],
  ['15.03.05.2007', 'Muara Danau', 1132],
  ['15.03.05.2021', 'Pasar Pelawan', 460],
  ['15.03.06.2003', 'Pemusiran', 627],
  ['15.03.06.2008', 'Mandiangin Tuo', 794],
  ['15.03.06.2013', 'Bukit Peranginan', 961],
  ['15.03.06.2028', 'Talang Serdang', 1128],
  ['15.03.07.2005', 'Lubuk Kepayang', 457],
  ['15.03.08.1011', 'Limbur Tembesi', 623],
  ['15.03.08.2005', 'Bangun Jayo', 790],
  ['15.03.08.2010', 'Pulau Buayo', 957],
  ['15.03.09.1001', 'Sungai Benteng', 1124],
  ['15.03.09.2006', 'Perdamaian', 453],
  ['15.03.09.2011', 'Bukit Bumi Raya', 620],
  ['15.03.10.2003', 'Teluk Rendah', 787],
  ['15.03.10.2008', 'Tendah', 953],
  ['15.03.11.2003', 'Sungai Butang', 1120],
  ['15.03.11.2008', 'Meranti Baru', 449],
];

const REASONS: readonly (Bilingual | null)[] = [
  { id: 'Cakupan desa terendah di kecamatan', en: 'Lowest village coverage in the district' },
  { id: 'Banyak petani karet dan sawit mandiri', en: 'Many independent rubber and oil-palm farmers' },
  null,
  { id: 'Nelayan sungai dan penambang rakyat', en: 'River fishers and small-scale miners' },
];

/** Rp10.000 (JKK) + Rp6.800 (JKM) for November and December 2025. */
const PER_WORKER_MONTH = 16_800;
const MONTHS = 2;
const PER_WORKER = PER_WORKER_MONTH * MONTHS;
const BUDGET = 1_000_000_000;
const WORKFORCE = 148_210;
const ACTIVE = 41_502;

const village = (code: string, name: string, workers: number, index: number): ProposalVillage => ({
  code,
  name,
  districtName: DISTRICTS[code.slice(0, 8)] ?? 'Sarolangun',
  workers,
  cost: workers * PER_WORKER,
  reason: REASONS[index % REASONS.length] ?? null,
});

/** The 32 Sarolangun villages of the example proposal. */
export const sarolangunVillages = (): ProposalVillage[] =>
  VILLAGES.map(([code, name, workers], index) => village(code, name, workers, index));

/** `count` made-up villages spread over the eleven districts, for pagination tests. */
export function syntheticVillages(count: number): ProposalVillage[] {
  const districts = Object.keys(DISTRICTS);
  return Array.from({ length: count }, (_, index) => {
    const district = districts[index % districts.length]!;
    const code = `${district}.${String(2001 + Math.floor(index / districts.length)).padStart(4, '0')}`;
    return village(code, `Desa Contoh ${String(index + 1).padStart(4, '0')}`, 10 + (index % 40), index);
  });
}

/**
 * A realistic proposal: Kabupaten Sarolangun pays JKK and JKM from its revised 2025 budget (APBD
 * Perubahan) for two months. Cost, effect and leftover are derived from the villages, so a test that
 * swaps the village list still gets a consistent document.
 */
export function proposalFixture(villages: ProposalVillage[] = sarolangunVillages()): ProposalData {
  const workers = villages.reduce((sum, v) => sum + v.workers, 0);
  const total = workers * PER_WORKER;
  const after = ACTIVE + workers;
  return {
    generatedOn: '2025-11-12',
    generatedBy: 'Rina Hartati, Bappeda Kabupaten Sarolangun',
    program: {
      code: 'SRL-APBDP-2025',
      name: 'Perlindungan Pekerja Rentan Kabupaten Sarolangun 2025',
      funderName: 'Pemerintah Kabupaten Sarolangun',
      funderKind: 'regency',
      funderKindLabel: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency/city government' },
      source: 'apbd_perubahan',
      sourceLabel: { id: 'APBD Perubahan', en: 'Revised regional budget (APBD-P)' },
      fiscalYear: 2025,
      budget: BUDGET,
      periodFrom: '2025-11',
      periodTo: '2025-12',
      programs: ['JKK', 'JKM'],
      status: 'draft',
      beneficiaries: 0,
    },
    region: {
      code: '15.03',
      name: 'Sarolangun',
      levelLabel: { id: 'Kabupaten', en: 'Regency' },
      parentName: 'Provinsi Jambi',
    },
    coverage: {
      month: '2025-10',
      workforce: WORKFORCE,
      workforceSource: 'BPS, Sakernas Agustus 2024',
      active: ACTIVE,
      // 41.502 / 148.210 = 28,00 %
      coverageBp: 2_800,
      targetBp: 4_500,
      targetYear: 2026,
      // ⌈148.210 × 45 %⌉ = 66.695; 66.695 − 41.502 = 25.193
      targetWorkers: 66_695,
      gapWorkers: 25_193,
    },
    cost: {
      perWorkerMonth: PER_WORKER_MONTH,
      lines: [
        {
          program: 'JKK',
          amount: 10_000,
          legalBasis: 'PP 44/2015 Pasal 16 jo. PP 82/2019',
          explanation: {
            id: '1 % × penghasilan Rp1.000.000 = Rp10.000',
            en: '1% × income of Rp1,000,000 = Rp10,000',
          },
        },
        {
          program: 'JKM',
          amount: 6_800,
          legalBasis: 'PP 44/2015 Pasal 18 jo. PP 82/2019',
          explanation: { id: 'Iuran tetap Rp6.800 per bulan', en: 'Flat Rp6,800 a month' },
        },
      ],
      months: MONTHS,
      perWorker: PER_WORKER,
      workers,
      total,
      leftover: BUDGET - total,
      discountNote: {
        id: 'Keringanan iuran JKK dan JKM menurut PP 50/2025 tidak berlaku untuk iuran yang dibayar dari APBD; biaya dihitung dengan tarif penuh.',
        en: 'The PP 50/2025 relief on JKK and JKM contributions does not apply to contributions paid from a regional budget; the cost uses full rates.',
      },
    },
    effect: {
      before: { active: ACTIVE, coverageBp: 2_800, rank: 9, rankOf: 11 },
      after: { active: after, coverageBp: Math.round((after / WORKFORCE) * 10_000), rank: 4, rankOf: 11 },
      siblingsLabel: {
        id: 'di antara 11 kabupaten/kota di Provinsi Jambi',
        en: 'among the 11 regencies and cities of Jambi Province',
      },
    },
    villages,
    legalBasis: [
      {
        title: 'UU Nomor 40 Tahun 2004',
        detail: {
          id: 'Undang-Undang tentang Sistem Jaminan Sosial Nasional',
          en: 'The national social security system',
        },
      },
      {
        title: 'UU Nomor 24 Tahun 2011',
        detail: {
          id: 'Undang-Undang tentang Badan Penyelenggara Jaminan Sosial',
          en: 'The social security agencies (BPJS)',
        },
      },
      {
        title: 'PP Nomor 44 Tahun 2015 jo. PP Nomor 82 Tahun 2019',
        detail: {
          id: 'Peraturan Pemerintah tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian (iuran: Pasal 16 dan 18)',
          en: 'The work-accident and death benefit programmes (contributions: articles 16 and 18)',
        },
      },
      {
        title: 'Inpres Nomor 2 Tahun 2021',
        detail: {
          id: 'Instruksi Presiden tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan; kepala daerah mengalokasikan anggaran bagi pekerja rentan',
          en: 'Optimising the employment social security programme; regional heads budget for vulnerable workers',
        },
      },
    ],
    notes: [
      {
        id: 'Jumlah pekerja per desa berasal dari pendataan desa Oktober 2025 dan belum dicocokkan dengan NIK.',
        en: 'Workers per village come from the October 2025 village survey and are not yet matched against NIK.',
      },
      {
        id: 'Peringkat sesudah usulan mengandaikan kabupaten/kota lain tidak berubah.',
        en: 'The rank after the proposal assumes the other regencies and cities stay as they are.',
      },
    ],
  };
}
