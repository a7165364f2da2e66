import type { Bilingual } from '../../shared/errors.ts';

/** One problem of one row (row 1 is the header), in Indonesian and English, with the cell it is about. */
export interface RegistryIssue {
  readonly row: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly value?: string | undefined;
}

type Params = Record<string, string | number>;

/** Row problems of the registry imports; codes are stable, texts may be reworded. */
const CATALOGUE = {
  EMPTY_FILE: () => ({ id: 'Berkas tidak berisi baris data', en: 'The file has no data rows' }),
  UNTERMINATED_QUOTE: (p) => ({
    id: `Tanda kutip (") yang dibuka di baris ${p.row} tidak pernah ditutup`,
    en: `A quote (") opened on row ${p.row} is never closed`,
  }),
  WRONG_FIELD_COUNT: (p) => ({
    id: `Baris berisi ${p.found} kolom, seharusnya ${p.expected}`,
    en: `Row has ${p.found} fields, expected ${p.expected}`,
  }),
  REQUIRED: () => ({ id: 'Wajib diisi', en: 'Required' }),
  INVALID_DATE: () => ({
    id: 'Tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY)',
    en: 'Invalid date (YYYY-MM-DD or DD-MM-YYYY)',
  }),
  FUTURE_DATE: (p) => ({ id: `Tanggal setelah hari ini (${p.today})`, en: `Date after today (${p.today})` }),
  INVALID_MONTH: () => ({ id: 'Bulan tidak valid (YYYY-MM)', en: 'Invalid month (YYYY-MM)' }),
  FUTURE_MONTH: (p) => ({
    id: `Bulan belum terjadi (${p.current})`,
    en: `Month in the future (${p.current})`,
  }),
  NOT_AN_AMOUNT: () => ({
    id: 'Bukan jumlah rupiah bulat (contoh 1500000 atau 1.500.000)',
    en: 'Not a whole rupiah amount (e.g. 1500000 or 1.500.000)',
  }),
  OUT_OF_RANGE: (p) => ({
    id: `Harus antara ${p.min} dan ${p.max}`,
    en: `Must be between ${p.min} and ${p.max}`,
  }),
  UNKNOWN_VALUE: (p) => ({
    id: `Nilai tidak dikenal; pilihan: ${p.known}`,
    en: `Unknown value; known: ${p.known}`,
  }),
  TOO_LONG: (p) => ({ id: `Paling banyak ${p.max} karakter`, en: `At most ${p.max} characters` }),
  INVALID_PHONE: () => ({
    id: 'Nomor telepon tidak valid (8–15 angka, boleh diawali +)',
    en: 'Invalid phone number (8–15 digits, may start with +)',
  }),
  NOT_A_VILLAGE: () => ({
    id: 'Bukan kode desa/kelurahan Kemendagri (contoh 15.03.03.1001)',
    en: 'Not a Kemendagri village code (e.g. 15.03.03.1001)',
  }),
  UNKNOWN_REGION: () => ({
    id: 'Kode wilayah tidak ada dalam daftar wilayah resmi',
    en: 'Region code is not in the official region list',
  }),
  PERSON_KEY_MISSING: () => ({ id: 'Isi KPJ atau NIK peserta', en: 'Give the participant’s KPJ or NIK' }),
  PAYER_MISSING: () => ({
    id: 'Isi kunci_pembayar, NPP atau KPJ pembayar',
    en: 'Give the payer key, an NPP or a KPJ',
  }),
  INVALID_PAYER_KEY: () => ({
    id: 'Kunci pembayar tidak valid (employer:<id>, participant:<id>, project:<id>, placement:<id>, program:<jenis>:<ref>)',
    en: 'Invalid payer key (employer:<id>, participant:<id>, project:<id>, placement:<id>, program:<kind>:<ref>)',
  }),
  DUPLICATE_IN_FILE: (p) => ({ id: `Duplikat dari baris ${p.first}`, en: `Duplicate of row ${p.first}` }),
  NIK_OTHER_PERSON: () => ({
    id: 'NIK ini sudah terdaftar dengan tanggal lahir atau jenis kelamin lain',
    en: 'This NIK is registered with another birth date or sex',
  }),
  NPP_UNKNOWN: () => ({ id: 'NPP tidak terdaftar', en: 'Unknown NPP' }),
  EMPLOYER_CLOSED: (p) => ({
    id: `Pemberi kerja sudah tutup pada ${p.date}`,
    en: `The employer is closed on ${p.date}`,
  }),
  PROJECT_UNKNOWN: () => ({ id: 'Nomor proyek Jakon tidak terdaftar', en: 'Unknown Jakon project number' }),
  PERSON_DIED: (p) => ({
    id: `Peserta telah meninggal pada ${p.date}; tidak dapat didaftarkan lagi`,
    en: `The participant died on ${p.date} and cannot be enrolled again`,
  }),
  OPEN_BPU_CONFLICT: (p) => ({
    id: `Sudah ada kepesertaan BPU aktif (#${p.id}, sejak ${p.from}) pada periode ini`,
    en: `There is already an active BPU membership (#${p.id}, from ${p.from}) in this period`,
  }),
  OPEN_PU_CONFLICT: (p) => ({
    id: `Sudah terdaftar sebagai PU di pemberi kerja ini (#${p.id}, sejak ${p.from}) pada periode ini`,
    en: `Already a PU member at this employer (#${p.id}, from ${p.from}) in this period`,
  }),
  STATUS_NOT_AFTER_CURRENT: (p) => ({
    id: `Status baru harus mulai setelah status ${p.status} yang berlaku sejak ${p.from}`,
    en: `A new status must start after the current ${p.status} status (from ${p.from})`,
  }),
  PERSON_UNKNOWN: () => ({
    id: 'Peserta tidak terdaftar (KPJ/NIK)',
    en: 'No such participant (KPJ/NIK)',
  }),
  NO_PU_MEMBERSHIP: () => ({
    id: 'Peserta tidak memiliki kepesertaan PU pada bulan ini (di NPP ini)',
    en: 'The participant has no PU membership in this month (at this NPP)',
  }),
  AMBIGUOUS_MEMBERSHIP: () => ({
    id: 'Peserta memiliki lebih dari satu kepesertaan PU pada bulan ini; isi NPP',
    en: 'The participant has more than one PU membership in this month; give the NPP',
  }),
  PAYER_UNKNOWN: () => ({ id: 'Pembayar tidak ditemukan', en: 'Payer not found' }),
  IDEMPOTENCY_CONFLICT: () => ({
    id: 'Kunci idempotensi sudah dipakai untuk pembayaran lain (pembayar, jumlah atau tanggal berbeda)',
    en: 'The idempotency key was already used for another payment (payer, amount or date differ)',
  }),
  FUNDING_OUTSIDE_REGION: (p) => ({
    id: `Desa di luar wilayah pemberi dana (${p.region})`,
    en: `Village outside the funder's region (${p.region})`,
  }),
  VILLAGE_NOT_ELIGIBLE: () => ({
    id: 'Desa tidak termasuk sasaran program ini',
    en: "The village is not among the program's target villages",
  }),
  OCCUPATION_NOT_ELIGIBLE: (p) => ({
    id: `Pekerjaan tidak termasuk sasaran program; pilihan: ${p.known}`,
    en: `Occupation not targeted by the program; known: ${p.known}`,
  }),
  FUNDING_OUTSIDE_PERIOD: (p) => ({
    id: `Tanggal mulai di luar periode program (${p.from} s.d. ${p.to})`,
    en: `Start date outside the program period (${p.from} to ${p.to})`,
  }),
  WELFARE_OTHER_REGION: () => ({
    id: 'NIK ini tercatat di daftar kesejahteraan wilayah lain; hanya wilayah itu yang dapat mengubahnya',
    en: "This NIK is on another region's welfare list; only that region can change it",
  }),
  PAYER_IS_PROGRAM: () => ({
    id: 'Ini kode program pendanaan: daftarkan penerima melalui impor penerima program itu',
    en: "This is a funding program's code: enrol beneficiaries through that program's beneficiary import",
  }),
  FUNDED_MEMBERSHIP: () => ({
    id: 'Kepesertaan ini dibuat oleh program pendanaan dan hanya diubah melalui program itu',
    en: 'This membership was created by a funding program and changes only through it',
  }),
  FUNDING_MONTH_BILLED: (p) => ({
    id: `Bulan ini sudah ditagihkan kepada pemberi dana; penerima baru mulai paling awal ${p.from}`,
    en: `This month is already billed to the funder; new beneficiaries start on ${p.from} at the earliest`,
  }),
  POVERTY_NOT_ELIGIBLE: (p) => ({
    id: `Tidak tercatat di daftar kesejahteraan sosial dengan tingkat ${p.levels}`,
    en: `Not on the social-welfare list at level ${p.levels}`,
  }),
  ALREADY_PROTECTED: (p) => ({
    id: `Sudah terlindungi: kepesertaan ${p.membership} sejak ${p.from}; satu pekerja tidak dibayar dua kali`,
    en: `Already protected: membership ${p.membership} from ${p.from}; a worker is never paid for twice`,
  }),
  OTHER_PROGRAM: (p) => ({
    id: `Sudah menjadi penerima program pendanaan ${p.code} pada periode yang sama`,
    en: `Already a beneficiary of funding program ${p.code} in the same period`,
  }),
  BUDGET_EXCEEDED: (p) => ({
    id: `Anggaran program hanya cukup untuk ${p.capacity} penerima baru (Rp${p.cost} per pekerja untuk seluruh periode)`,
    en: `The program's budget covers only ${p.capacity} new beneficiaries (Rp${p.cost} per worker for the whole period)`,
  }),
  INVALID_DECILE: () => ({
    id: 'Isi desil 1–10 atau tingkat kemiskinan (ekstrem, miskin, rentan)',
    en: 'Give a decile 1–10 or a poverty level (ekstrem, miskin, rentan)',
  }),
} satisfies Record<string, (p: Params) => Bilingual>;

export function issue(
  code: keyof typeof CATALOGUE,
  row: number,
  column: string | null,
  value?: string,
  params: Params = {},
): RegistryIssue {
  const texts = CATALOGUE[code](params);
  return { row, column, code, message: texts.id, messageEn: texts.en, value };
}

/** A problem that already has its texts and code (identifier checks: `NIK_LENGTH`; membership rules). */
export const textIssue = (
  code: string,
  row: number,
  column: string | null,
  value: string | undefined,
  texts: Bilingual,
): RegistryIssue => ({ row, column, code, message: texts.id, messageEn: texts.en, value });

export type IssueCatalogueCode = keyof typeof CATALOGUE;
