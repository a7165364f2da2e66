import type { Bilingual } from '../shared/errors.ts';
import { type FunderKind, payerKindOfFunder } from './funding.rules.ts';
import type { ProposalData } from './proposal.types.ts';

/** The fixed texts of a proposal: region level names, the legal basis every proposal cites, PP 50/2025. */
export const LEVEL_LABELS: Record<number, Bilingual> = {
  0: { id: 'Nasional', en: 'National' },
  1: { id: 'Provinsi', en: 'Province' },
  2: { id: 'Kabupaten/Kota', en: 'Regency/city' },
  3: { id: 'Kecamatan', en: 'District' },
  4: { id: 'Desa/Kelurahan', en: 'Village' },
};

/**
 * The legal basis every proposal cites. The Kemendagri instruction to budget Jamsostek comes yearly in
 * the APBD preparation guideline; its number is not in our fact sheet, so it is named without one and
 * the operator adds the exact reference in the program's own legal-basis text (printed after these).
 */
export const LEGAL_BASIS: ProposalData['legalBasis'] = [
  {
    title: 'Undang-Undang Nomor 40 Tahun 2004',
    detail: { id: 'Sistem Jaminan Sosial Nasional', en: 'The national social security system' },
  },
  {
    title: 'Peraturan Pemerintah Nomor 44 Tahun 2015 jo. Nomor 82 Tahun 2019',
    detail: {
      id: 'Program JKK dan JKM; iuran BPU: JKK 1 % dari penghasilan, JKM Rp6.800 (Pasal 16 dan 18)',
      en: 'The JKK and JKM programs; BPU contributions: JKK 1 % of income, JKM Rp6,800 (articles 16 and 18)',
    },
  },
  {
    title: 'Instruksi Presiden Nomor 2 Tahun 2021',
    detail: {
      id: 'Optimalisasi pelaksanaan program Jaminan Sosial Ketenagakerjaan: gubernur, bupati dan wali kota mengalokasikan anggaran bagi pekerja rentan',
      en: 'Optimising employment social security: governors, regents and mayors budget for vulnerable workers',
    },
  },
  {
    title: 'Instruksi Presiden Nomor 4 Tahun 2022',
    detail: {
      id: 'Percepatan penghapusan kemiskinan ekstrem (sasaran desil 1)',
      en: 'Accelerating the elimination of extreme poverty (decile 1 first)',
    },
  },
  {
    title: 'Pedoman penyusunan APBD dari Kementerian Dalam Negeri',
    detail: {
      id: 'Kemendagri meminta daerah memuat perlindungan Jamsostek dalam RKPD dan APBD (nomor peraturan/surat edaran tahun berjalan diisi pada dasar hukum program)',
      en: 'Kemendagri asks regions to put Jamsostek protection in their RKPD and APBD (the current regulation/circular number goes in the program’s legal basis)',
    },
  },
  {
    title: 'Peraturan Pemerintah Nomor 50 Tahun 2025',
    detail: {
      id: 'Diskon 50 % JKK dan JKM BPU tidak berlaku bagi iuran yang dibayar APBN/APBD',
      en: 'The 50 % BPU JKK and JKM discount does not apply to contributions paid from APBN/APBD',
    },
  },
];

/** PP 50/2025 in the words of the funder: a government budget never gets the discount. */
export function discountNote(funderKind: string, quoteNotes: readonly Bilingual[]): Bilingual {
  if (payerKindOfFunder(funderKind as FunderKind) === 'government')
    return {
      id: 'PP 50/2025: diskon 50 % iuran JKK dan JKM BPU tidak berlaku bagi iuran yang dibayar APBN/APBD; biaya dihitung dengan tarif penuh.',
      en: 'PP 50/2025: the 50 % discount on BPU JKK and JKM does not apply to contributions paid from APBN/APBD; the cost uses full rates.',
    };
  return (
    quoteNotes.find((n) => n.en.includes('PP 50/2025')) ?? {
      id: 'Tidak ada diskon iuran yang berlaku pada bulan pertama program.',
      en: 'No contribution discount applies in the program’s first month.',
    }
  );
}
