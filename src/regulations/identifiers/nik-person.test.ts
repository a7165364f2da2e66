import { describe, expect, it } from 'vitest';
import { regionCodeSet } from '../../regions/official-codes.ts';
import { checkNik, nikMatchesPerson } from './nik.rules.ts';

const REGIONS = regionCodeSet(['32', '32.01', '32.01.05']);
const check = (nik: string) => checkNik(nik, REGIONS, { asOf: '2025-01-31' });

describe('nikMatchesPerson: the NIK against the stated sex and birth date', () => {
  it.each([
    // 52 − 40 = 12 → woman, 12 May ’90
    ['3201055205900001', 'F', '1990-05-12', []],
    // the century is not in the NIK: 1890 matches ’90 too (plausibility is not this check's job)
    ['3201055205900001', 'F', '1890-05-12', []],
    // day 52 says woman; a man stated → sex only (the day is compared after removing the 40)
    ['3201055205900001', 'M', '1990-05-12', ['NIK_SEX_MISMATCH']],
    // day 12 says man, the woman forgot to add 40
    ['3201051205900001', 'F', '1990-05-12', ['NIK_SEX_MISMATCH']],
    ['3201055205900001', 'F', '1990-05-13', ['NIK_BIRTH_DATE_MISMATCH']], // day 13 ≠ 12
    ['3201055205900001', 'F', '1990-06-12', ['NIK_BIRTH_DATE_MISMATCH']], // month 6 ≠ 5
    ['3201055205900001', 'F', '1991-05-12', ['NIK_BIRTH_DATE_MISMATCH']], // ’91 ≠ ’90
    ['3201051205900001', 'F', '1991-05-12', ['NIK_SEX_MISMATCH', 'NIK_BIRTH_DATE_MISMATCH']],
    ['3201055205900001', 'F', '12-05-1990', ['PERSON_BIRTH_DATE_INVALID']],
    ['3201055205900001', 'F', '1990-02-30', ['PERSON_BIRTH_DATE_INVALID']],
    // serial 0000 is check.errors' business; the parts it decoded still match
    ['3201055205900000', 'F', '1990-05-12', []],
    // nothing decodable (15 digits) → nothing to compare; check.errors carries NIK_LENGTH
    ['320105520590001', 'M', '1990-05-12', []],
  ] as const)('%s vs %s %s → %j', (nik, sex, birthDate, expected) => {
    expect(nikMatchesPerson(check(nik), { sex, birthDate }).map((p) => p.code)).toEqual(expected);
  });

  it('explains a sex mismatch with the +40 rule', () => {
    expect(nikMatchesPerson(check('3201051205900001'), { sex: 'F', birthDate: '1990-05-12' })).toEqual([
      {
        code: 'NIK_SEX_MISMATCH',
        message: {
          id: 'Jenis kelamin menurut NIK (digit 7–8; perempuan: hari + 40) adalah laki-laki, bukan perempuan seperti yang dinyatakan',
          en: 'The NIK (digits 7–8; women: day + 40) says male, not female as stated',
        },
      },
    ]);
  });
});
