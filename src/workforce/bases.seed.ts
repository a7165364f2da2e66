import type { WorkforceBasis } from './workforce.repo.ts';

/**
 * The denominators coverage can be computed on. BPS counts everyone employed (Sakernas); BPJS offices
 * report UCJ on their own "potential workers" base, which leaves out those outside its mandate. Users
 * pick one and every figure names it. Operators may add more bases.
 */
export const SEED_BASES: readonly WorkforceBasis[] = [
  {
    code: 'potential',
    nameId: 'Pekerja potensial (BPJS)',
    nameEn: 'Potential workers (BPJS)',
    descriptionId:
      'Basis yang dipakai kantor BPJS Ketenagakerjaan untuk UCJ: pekerja yang dapat menjadi peserta menurut data BPJS.',
    descriptionEn:
      "The base BPJS Ketenagakerjaan offices use for UCJ: workers who could be participants, from BPJS's own data.",
  },
  {
    code: 'bps',
    nameId: 'Penduduk bekerja (BPS Sakernas)',
    nameEn: 'Employed population (BPS Sakernas)',
    descriptionId: 'Penduduk usia 15+ yang bekerja menurut Survei Angkatan Kerja Nasional (Sakernas) BPS.',
    descriptionEn:
      'People aged 15+ in employment according to the BPS National Labour Force Survey (Sakernas).',
  },
];
