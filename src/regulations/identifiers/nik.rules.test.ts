import { describe, expect, it } from 'vitest';
import { regionCodeSet } from '../../regions/official-codes.ts';
import { AppError } from '../../shared/errors.ts';
import { checkNik, maskNik } from './nik.rules.ts';

// A few real Kemendagri codes (idn-area-data): 32.01.05 Babakan Madang, Kab. Bogor;
// 15.03.01 Batang Asai, Kab. Sarolangun. The NIKs themselves are made up.
const REGIONS = regionCodeSet(['32', '32.01', '32.01.05', '15', '15.03', '15.03.01']);
const AS_OF = { asOf: '2025-01-31' };
const codes = (nik: string, asOf = AS_OF) => checkNik(nik, REGIONS, asOf).errors.map((e) => e.code);

describe('checkNik: valid NIKs decode sex and birth date (domain rules §4)', () => {
  it.each([
    // region 32.01.05 | DDMMYY | serial
    // day 12 ≤ 31 → man; 1990-05-12; 2090-05-12 is after 2025-01-31 so not a candidate
    ['3201051205900001', 'M', 12, 5, 90, ['1990-05-12']],
    // day 52 − 40 = 12 → woman born 12 May; same year reasoning
    ['3201055205900001', 'F', 12, 5, 90, ['1990-05-12']],
    // day 41 − 40 = 1 → woman born 1 Jan ’24; 1924 and 2024 both ≤ 2025-01-31
    ['3201054101240002', 'F', 1, 1, 24, ['1924-01-01', '2024-01-01']],
    // day 71 − 40 = 31 → woman, 31 Dec ’99; 2099 is in the future
    ['3201057112990001', 'F', 31, 12, 99, ['1999-12-31']],
    // ’00 → 1900 or 2000, both past
    ['1503013101009999', 'M', 31, 1, 0, ['1900-01-31', '2000-01-31']],
    // 29 Feb ’00: 1900 is not a leap year (÷100, not ÷400), 2000 is (÷400) → only 2000
    ['3201052902000001', 'M', 29, 2, 0, ['2000-02-29']],
    // 69 − 40 = 29 → woman, 29 Feb ’00 → only 2000
    ['3201056902000001', 'F', 29, 2, 0, ['2000-02-29']],
    // 29 Feb ’04: 1904 and 2004 are both leap years (÷4)
    ['3201052902040001', 'M', 29, 2, 4, ['1904-02-29', '2004-02-29']],
    // 30 April exists (April has 30 days); woman 70 − 40 = 30
    ['3201057004850001', 'F', 30, 4, 85, ['1985-04-30']],
  ])('%s → sex %s, day %i month %i year ’%i', (nik, sex, day, month, yy, candidates) => {
    const check = checkNik(nik, REGIONS, AS_OF);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    expect(check.sex).toBe(sex);
    expect(check.birthDate).toEqual({ day, month, yearTwoDigits: yy, candidates });
  });

  it('returns the parts in dotted region form, the serial and the masked NIK', () => {
    expect(checkNik('  3201055205900001 ', REGIONS, AS_OF)).toEqual({
      nik: '3201055205900001', // trimmed
      valid: true,
      errors: [],
      masked: '3201********0001', // first 4 + last 4 (UU PDP)
      regionCodes: { province: '32', regency: '32.01', district: '32.01.05' },
      sex: 'F',
      birthDate: { day: 12, month: 5, yearTwoDigits: 90, candidates: ['1990-05-12'] },
      serial: '0001',
    });
  });
});

describe('checkNik: every problem is reported', () => {
  it.each([
    // day 00 is no day for anyone
    ['3201050005900001', ['NIK_BIRTH_DATE_INVALID']],
    // 32–40: above 31 for men, below 41 (= 1 + 40) for women
    ['3201053205900001', ['NIK_BIRTH_DATE_INVALID']],
    ['3201054005900001', ['NIK_BIRTH_DATE_INVALID']], // 40 − 40 = 0
    ['3201057205900001', ['NIK_BIRTH_DATE_INVALID']], // 72 − 40 = 32
    ['3201051213900001', ['NIK_BIRTH_DATE_INVALID']], // month 13
    ['3201051200900001', ['NIK_BIRTH_DATE_INVALID']], // month 00
    ['3201053513900001', ['NIK_BIRTH_DATE_INVALID', 'NIK_BIRTH_DATE_INVALID']], // day 35 and month 13
    ['3201053002900001', ['NIK_BIRTH_DATE_INVALID']], // 30 Feb never exists
    ['3201057104900001', ['NIK_BIRTH_DATE_INVALID']], // 71 − 40 = 31 April: April has 30 days
    ['3201052902010001', ['NIK_BIRTH_DATE_INVALID']], // 29 Feb ’01: 1901 and 2001 are not leap years
    ['3201051205900000', ['NIK_SERIAL_ZERO']],
    // region 32.01.99 does not exist; only the widest unknown level is reported
    ['3201991205900001', ['NIK_DISTRICT_UNKNOWN']],
    ['3299011205900001', ['NIK_REGENCY_UNKNOWN']], // 32.99 unknown (so 32.99.01 is too)
    ['9901011205900001', ['NIK_PROVINCE_UNKNOWN']], // 99 unknown
    ['3201990005000000', ['NIK_DISTRICT_UNKNOWN', 'NIK_BIRTH_DATE_INVALID', 'NIK_SERIAL_ZERO']],
  ])('%s → %j', (nik, expected) => {
    expect(codes(nik)).toEqual(expected);
  });

  it('keeps what it could decode next to the errors', () => {
    const check = checkNik('3201991205900000', REGIONS, AS_OF);
    expect(check.valid).toBe(false);
    expect(check.regionCodes?.district).toBe('32.01.99');
    expect(check.sex).toBe('M');
    expect(check.serial).toBe('0000');
    expect(checkNik('3201053505900001', REGIONS, AS_OF)).toMatchObject({ sex: null, birthDate: null });
  });

  it('names the part in both languages, Indonesian first', () => {
    expect(checkNik('3201991205900001', REGIONS, AS_OF).errors[0]?.message).toEqual({
      id: 'Kode kecamatan 32.01.99 (digit 1–6 NIK) tidak ada dalam daftar wilayah resmi Kemendagri (NIK lama dari wilayah yang sudah dimekarkan bisa memakai kode lama)',
      en: 'District code 32.01.99 (NIK digits 1–6) is not in the official Kemendagri region list (an older NIK from a region since split may carry a retired code)',
    });
    expect(checkNik('3201051213900001', REGIONS, AS_OF).errors[0]?.message.en).toBe(
      'Birth month in the NIK (digits 9–10) is 13: must be 01–12',
    );
  });
});

describe('checkNik: form problems stop the deeper checks', () => {
  it.each([
    ['', ['NIK_LENGTH']],
    ['320105120590001', ['NIK_LENGTH']], // 15 digits
    ['32010512059000011', ['NIK_LENGTH']], // 17 digits
    ['32010512059O0001', ['NIK_NOT_DIGITS']], // letter O, 16 characters
    ['3201-0512-0590-0001', ['NIK_NOT_DIGITS', 'NIK_LENGTH']], // 16 digits + 3 dashes = 19
    ['３２０１０５１２０５９００００１', ['NIK_NOT_DIGITS']], // full-width digits are not 0–9
  ])('%j → %j', (nik, expected) => {
    const check = checkNik(nik, REGIONS, AS_OF);
    expect(check.errors.map((e) => e.code)).toEqual(expected);
    expect(check).toMatchObject({
      valid: false,
      regionCodes: null,
      sex: null,
      birthDate: null,
      serial: null,
    });
  });
});

describe('checkNik: birth dates against the as-of date (no clock inside)', () => {
  it.each([
    // asOf 2000-02-28 → centuries 1900, 2000; 29 Feb 1900 does not exist, 2000-02-29 is a day too late
    ['3201052902000001', '2000-02-28', ['NIK_BIRTH_DATE_FUTURE'], []],
    ['3201052902000001', '2000-02-29', [], ['2000-02-29']], // born on the as-of day: allowed
    // asOf in 1999 → centuries 1800, 1900: 31 Dec 1999 is still ahead, 1899 is the only candidate
    ['3201053112990001', '1999-06-30', [], ['1899-12-31']],
    // asOf in 2101 → centuries 2000, 2100: the rule keeps working after 2099
    ['3201051205900001', '2101-01-01', [], ['2090-05-12']],
  ])('%s as of %s → %j %j', (nik, asOf, errors, candidates) => {
    const check = checkNik(nik, REGIONS, { asOf });
    expect(check.errors.map((e) => e.code)).toEqual(errors);
    expect(check.birthDate?.candidates).toEqual(candidates);
  });

  it.each(['2025-02-29', '2025-1-31', '31-01-2025', ''])('rejects the malformed as-of date %j', (asOf) => {
    expect(() => checkNik('3201051205900001', REGIONS, { asOf })).toThrow(AppError);
  });
});

describe('maskNik (UU 27/2022 PDP)', () => {
  it.each([
    ['3201055205900001', '3201********0001'], // 16: first 4 + last 4
    ['320105520590001', '320*********001'], // 15: ⌊15 / 4⌋ = 3 at each end
    ['12345678', '12****78'], // 8: ⌊8 / 4⌋ = 2, never the whole number
    ['123', '***'], // ⌊3 / 4⌋ = 0
    ['', ''],
    ['32010552059000011234', '3201************1234'], // 20: still 4 + 4
  ])('%j → %j', (value, masked) => {
    expect(maskNik(value)).toBe(masked);
  });
});
