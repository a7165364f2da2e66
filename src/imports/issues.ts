/** A problem found in one row (or the header, row 1) of an imported file, in Indonesian and English. */
export interface RowIssue {
  readonly row: number;
  readonly column: string | null;
  readonly code: IssueCode;
  readonly message: string;
  readonly messageEn: string;
  readonly value?: string | undefined;
}

type Texts = { id: string; en: string };

const CATALOGUE = {
  EMPTY_FILE: () => ({ id: 'Berkas tidak berisi baris data', en: 'The file has no data rows' }),
  MISSING_COLUMN: (p) => ({
    id: `Kolom wajib "${p.column}" tidak ada di baris judul`,
    en: `Required column "${p.column}" is missing from the header`,
  }),
  DUPLICATE_COLUMN: (p) => ({
    id: `Kolom "${p.column}" muncul dua kali`,
    en: `Column "${p.column}" appears twice`,
  }),
  UNTERMINATED_QUOTE: (p) => ({
    id: `Tanda kutip (") yang dibuka di baris ${p.row} tidak pernah ditutup; sisa berkas terbaca sebagai satu kolom`,
    en: `A quote (") opened on row ${p.row} is never closed; the rest of the file reads as one field`,
  }),
  TOTAL_WITH_SEGMENTS: (p) => ({
    id: `Wilayah ${p.region} bulan ${p.month} dilaporkan sebagai TOTAL dan juga per segmen; pilih salah satu`,
    en: `Region ${p.region} month ${p.month} is reported both as TOTAL and by segment; use one or the other`,
  }),
  WRONG_FIELD_COUNT: (p) => ({
    id: `Baris berisi ${p.found} kolom, seharusnya ${p.expected}`,
    en: `Row has ${p.found} fields, expected ${p.expected}`,
  }),
  REQUIRED: () => ({ id: 'Wajib diisi', en: 'Required' }),
  INVALID_REGION_CODE: () => ({
    id: 'Format kode wilayah Kemendagri tidak valid (contoh: 15, 15.03, 15.03.04, 15.03.04.2001)',
    en: 'Not a Kemendagri region code (e.g. 15, 15.03, 15.03.04, 15.03.04.2001)',
  }),
  UNKNOWN_REGION: () => ({
    id: 'Kode wilayah tidak ada dalam daftar wilayah resmi',
    en: 'Region code is not in the official region list',
  }),
  INVALID_MONTH: () => ({
    id: 'Bulan tidak valid (format YYYY-MM, bulan 01–12)',
    en: 'Invalid month (format YYYY-MM, month 01–12)',
  }),
  FUTURE_MONTH: (p) => ({
    id: `Bulan ${p.month} belum terjadi (bulan berjalan ${p.current})`,
    en: `Month ${p.month} is in the future (current month ${p.current})`,
  }),
  NOT_A_NUMBER: () => ({ id: 'Bukan angka', en: 'Not a number' }),
  NOT_AN_INTEGER: () => ({ id: 'Harus bilangan bulat', en: 'Must be a whole number' }),
  NEGATIVE: () => ({ id: 'Tidak boleh negatif', en: 'Must not be negative' }),
  OUT_OF_RANGE: (p) => ({
    id: `Harus antara ${p.min} dan ${p.max}`,
    en: `Must be between ${p.min} and ${p.max}`,
  }),
  UNKNOWN_SEGMENT: () => ({
    id: 'Segmen tidak dikenal (PU, BPU, JAKON, PMI, atau TOTAL bila tidak dirinci)',
    en: 'Unknown segment (PU, BPU, JAKON, PMI, or TOTAL when not broken down)',
  }),
  UNKNOWN_BASIS: (p) => ({
    id: `Basis tidak dikenal; pilihan: ${p.known}`,
    en: `Unknown basis; known: ${p.known}`,
  }),
  DUPLICATE_ROW: (p) => ({ id: `Duplikat dari baris ${p.firstRow}`, en: `Duplicate of row ${p.firstRow}` }),
  ACTIVE_EXCEEDS_WORKFORCE: (p) => ({
    id: `Peserta aktif ${p.active} di ${p.region} bulan ${p.month} melebihi angkatan kerja ${p.workforce} (${p.dataset})`,
    en: `Active participants ${p.active} in ${p.region} for ${p.month} exceed the workforce ${p.workforce} (${p.dataset})`,
  }),
  WORKFORCE_BELOW_ACTIVE: (p) => ({
    id: `Angkatan kerja ${p.workforce} lebih kecil dari peserta aktif ${p.active} pada ${p.month}`,
    en: `Workforce ${p.workforce} is smaller than the ${p.active} active participants in ${p.month}`,
  }),
} satisfies Record<string, (p: Record<string, string | number>) => Texts>;

export type IssueCode = keyof typeof CATALOGUE;

export function rowIssue(
  code: IssueCode,
  row: number,
  column: string | null,
  value?: string,
  params: Record<string, string | number> = {},
): RowIssue {
  const texts = CATALOGUE[code](params);
  return { row, column, code, message: texts.id, messageEn: texts.en, value };
}
