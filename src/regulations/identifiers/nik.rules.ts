import type { RegionCodeLookup } from '../../regions/official-codes.ts';
import { type IdentifierProblem, isAsciiDigits, problem } from './identifier-problem.ts';
import { decodeBirthDate, type NikBirthDate, parseIsoDate, requireAsOf } from './nik-birth-date.rules.ts';

export type { IdentifierProblem } from './identifier-problem.ts';
export type { NikBirthDate } from './nik-birth-date.rules.ts';

/**
 * NIK (Nomor Induk Kependudukan), domain rules §4 (H): 16 digits =
 * province (2) + regency (2) + district (2) of the place of issue + birth date DDMMYY (day + 40 for
 * women) + serial (4, never 0000). Pure: the region list and the as-of date are passed in.
 */
export const NIK_DIGITS = 16;

/** Region of issue in the repo's dotted form: `32`, `32.01`, `32.01.05`. */
export interface NikRegionCodes {
  province: string;
  regency: string;
  district: string;
}

export interface NikCheck {
  /** As given, trimmed. Unmasked: show `masked` to people and in logs. */
  nik: string;
  valid: boolean;
  /** Every problem found, not only the first. */
  errors: IdentifierProblem[];
  masked: string;
  regionCodes: NikRegionCodes | null;
  sex: 'F' | 'M' | null;
  birthDate: NikBirthDate | null;
  serial: string | null;
}

/**
 * UU 27/2022 (Pelindungan Data Pribadi): show the first 4 and last 4 digits of a NIK only
 * (`3201********0001`). Shorter text shows at most a quarter at each end, so a mistyped or partial
 * NIK is never shown whole: at most 8 characters and at most half are ever revealed.
 */
export function maskNik(value: string): string {
  const chars = Array.from(value);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return chars.map((c, i) => (i < shown || i >= chars.length - shown ? c : '*')).join('');
}

/**
 * Checks a NIK's form, region of issue, birth date and serial.
 * @example checkNik('3201055205900001', regions, { asOf: '2025-01-31' })
 * // → valid, sex 'F' (52 − 40 = 12), birthDate { day: 12, month: 5, yearTwoDigits: 90,
 * //   candidates: ['1990-05-12'] } (2090 is after the as-of date), regionCodes 32 / 32.01 / 32.01.05
 */
export function checkNik(nik: string, regions: RegionCodeLookup, options: { asOf: string }): NikCheck {
  const asOf = requireAsOf(options.asOf);
  const value = nik.trim();
  const masked = maskNik(value);
  const formErrors = formProblems(value);
  if (formErrors.length > 0) {
    // Without 16 digits the parts cannot be located, so no deeper check is meaningful.
    const none = { regionCodes: null, sex: null, birthDate: null, serial: null };
    return { nik: value, valid: false, errors: formErrors, masked, ...none };
  }
  const regionCodes = regionCodesOf(value);
  const { sex, birthDate, errors: dateErrors } = decodeBirthDate(value.slice(6, 12), asOf);
  const serial = value.slice(12);
  const errors = [...regionProblems(regionCodes, regions), ...dateErrors, ...serialProblems(serial)];
  return { nik: value, valid: errors.length === 0, errors, masked, regionCodes, sex, birthDate, serial };
}

function formProblems(value: string): IdentifierProblem[] {
  const errors: IdentifierProblem[] = [];
  if (value !== '' && !isAsciiDigits(value)) {
    errors.push(
      problem('NIK_NOT_DIGITS', 'NIK hanya boleh berisi angka 0–9', 'A NIK may contain only the digits 0–9'),
    );
  }
  const length = Array.from(value).length;
  if (length !== NIK_DIGITS) {
    errors.push(
      problem(
        'NIK_LENGTH',
        `NIK harus ${NIK_DIGITS} digit, yang diberikan ${length} karakter`,
        `A NIK has ${NIK_DIGITS} digits; ${length} characters were given`,
      ),
    );
  }
  return errors;
}

export function regionCodesOf(digits: string): NikRegionCodes {
  const [p, r, d] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)];
  return { province: p, regency: `${p}.${r}`, district: `${p}.${r}.${d}` };
}

const RETIRED_NOTE = {
  id: 'NIK lama dari wilayah yang sudah dimekarkan bisa memakai kode lama',
  en: 'an older NIK from a region since split may carry a retired code',
};

const LEVELS = [
  ['province', 'NIK_PROVINCE_UNKNOWN', 'Kode provinsi', 'Province code', 'digit 1–2', 'digits 1–2'],
  ['regency', 'NIK_REGENCY_UNKNOWN', 'Kode kabupaten/kota', 'Regency/city code', 'digit 1–4', 'digits 1–4'],
  ['district', 'NIK_DISTRICT_UNKNOWN', 'Kode kecamatan', 'District code', 'digit 1–6', 'digits 1–6'],
] as const;

/**
 * The place of issue must be in the official Kemendagri list. Only the widest unknown level is
 * reported: under an unknown province every regency and district is unknown too, and three
 * errors for one wrong pair of digits would hide the cause.
 */
function regionProblems(codes: NikRegionCodes, regions: RegionCodeLookup): IdentifierProblem[] {
  for (const [level, code, nameId, nameEn, digitsId, digitsEn] of LEVELS) {
    if (regions.has(codes[level])) continue;
    return [
      problem(
        code,
        `${nameId} ${codes[level]} (${digitsId} NIK) tidak ada dalam daftar wilayah resmi Kemendagri (${RETIRED_NOTE.id})`,
        `${nameEn} ${codes[level]} (NIK ${digitsEn}) is not in the official Kemendagri region list (${RETIRED_NOTE.en})`,
      ),
    ];
  }
  return [];
}

function serialProblems(serial: string): IdentifierProblem[] {
  if (serial !== '0000') return [];
  return [
    problem(
      'NIK_SERIAL_ZERO',
      'Nomor urut NIK (digit 13–16) tidak boleh 0000',
      'The NIK serial number (digits 13–16) is never 0000',
    ),
  ];
}

/**
 * Checks a NIK against a stated sex and birth date (for registration: the issue says the NIK is
 * "checked against the stated sex and birth date"). Compares only what the NIK encodes — the sex,
 * and day, month and two-digit year (the century is not in the NIK) — so it returns nothing for the
 * parts `checkNik` could not decode: callers register with `[...check.errors, ...nikMatchesPerson(…)]`.
 */
export function nikMatchesPerson(
  check: NikCheck,
  person: { sex: 'F' | 'M'; birthDate: string },
): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  if (check.sex !== null && check.sex !== person.sex) problems.push(sexMismatch(check.sex, person.sex));
  const stated = parseIsoDate(person.birthDate);
  if (stated === null) {
    problems.push(
      problem(
        'PERSON_BIRTH_DATE_INVALID',
        `Tanggal lahir yang dinyatakan "${person.birthDate}" bukan tanggal YYYY-MM-DD yang sah`,
        `The stated birth date "${person.birthDate}" is not a real YYYY-MM-DD date`,
      ),
    );
  } else if (check.birthDate !== null) {
    const { day, month, yearTwoDigits } = check.birthDate;
    if (stated.day !== day || stated.month !== month || stated.year % 100 !== yearTwoDigits) {
      problems.push(
        problem(
          'NIK_BIRTH_DATE_MISMATCH',
          `Tanggal lahir yang dinyatakan ${person.birthDate} tidak cocok dengan tanggal lahir dalam NIK (digit 7–12)`,
          `The stated birth date ${person.birthDate} does not match the birth date in the NIK (digits 7–12)`,
        ),
      );
    }
  }
  return problems;
}

const SEX_NAME = { F: ['perempuan', 'female'], M: ['laki-laki', 'male'] } as const;

const sexMismatch = (fromNik: 'F' | 'M', stated: 'F' | 'M') =>
  problem(
    'NIK_SEX_MISMATCH',
    `Jenis kelamin menurut NIK (digit 7–8; perempuan: hari + 40) adalah ${SEX_NAME[fromNik][0]}, bukan ${SEX_NAME[stated][0]} seperti yang dinyatakan`,
    `The NIK (digits 7–8; women: day + 40) says ${SEX_NAME[fromNik][1]}, not ${SEX_NAME[stated][1]} as stated`,
  );
