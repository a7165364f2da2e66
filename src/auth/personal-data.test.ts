import { describe, expect, it } from 'vitest';
import { maskBirthDate, maskEmail, maskName, maskNik, maskPhone, PERSONAL_FIELDS } from './personal-data.ts';

/*
 * UU PDP 27/2022 Ps. 4 ayat (3): the full name (huruf a) is general personal data, and so is any data
 * that, combined, identifies a person (huruf f: NIK, phone, e-mail, birth date). Ps. 65 ayat (2)
 * forbids disclosing someone else's personal data unlawfully: lists and exports show these masks, the
 * full value needs personal.reveal with a recorded reason.
 */

describe('maskName: first letter of each word (UU PDP Ps. 4 ayat (3) huruf a, nama lengkap)', () => {
  it.each([
    [
      'Siti Nurhaliza',
      'S*** N********',
      'Siti: S + 3, Nurhaliza: N + 8 (the doc comment shows 7, see below)',
    ],
    ['Budi', 'B***', 'one word'],
    ['Ni Luh Putu Ayu', 'N* L** P*** A**', 'every word keeps its initial and length'],
    ['A', 'A', 'a one-letter word has nothing left to mask'],
    ['A B', 'A B', 'single initials stay initials'],
    ['', '', 'empty stays empty (no stray asterisk)'],
    ['   ', '', 'blank: trimmed to nothing'],
    ['  Siti   Nurhaliza  ', 'S*** N********', 'runs of spaces collapse, ends are trimmed'],
    ['Siti\tNur\nHaliza', 'S*** N** H*****', 'tabs and newlines separate words too'],
    ['Siti\u00a0Nurhaliza', 'S*** N********', 'a non-breaking space separates words'],
    ["O'Neil", 'O*****', 'punctuation inside a word is masked'],
    ['Ṡiti', 'Ṡ***', 'precomposed Ṡ (U+1E60) is one character'],
    ['𝓢iti', '𝓢***', 'an astral letter (surrogate pair) is kept whole, not split'],
    ['S\u0307iti', 'S****', 'decomposed Ṡ: the combining dot counts as a character, still masked'],
    ['Muhammad bin Abdullah', 'M******* b** A*******', 'a patronymic'],
  ])('%j → %j (%s)', (name, expected, _why) => {
    expect(maskName(name)).toBe(expected);
  });
});

describe('maskPhone: operator prefix and last two digits (UU PDP Ps. 4 ayat (3) huruf f)', () => {
  it.each([
    ['0812-3456-7890', '0812******90', 'the documented example: 12 digits, 6 masked'],
    ['081234567890', '0812******90', 'the same number without separators'],
    ['+62 812-3456-7890', '6281*******90', 'international form: only digits count'],
    ['(0741) 21234', '0741***34', 'a Jambi landline: area code kept'],
    ['0812 3456 7890 ext. 12', '0812********12', 'an extension is just more digits'],
    ['1234567', '1234*67', 'seven digits: one masked (the rule keeps 4 + 2)'],
    ['123456', '******', 'six digits or fewer: everything masked'],
    ['12345', '*****', 'a short number is masked whole'],
    ['', '', 'empty'],
    ['tidak ada', '', 'no digits at all'],
  ])('%j → %j (%s)', (phone, expected, _why) => {
    expect(maskPhone(phone)).toBe(expected);
  });
});

describe('maskEmail: first letter and the domain (UU PDP Ps. 4 ayat (3) huruf f)', () => {
  it.each([
    ['budi.santoso@contoh.go.id', 'b***@contoh.go.id', 'the documented example'],
    ['Budi@Contoh.GO.ID', 'B***@Contoh.GO.ID', 'case is kept'],
    ['a@b.id', 'a***@b.id', 'always three asterisks: the local part’s length is not revealed'],
    ['"a@b"@contoh.go.id', '"***@contoh.go.id', 'the last @ separates the domain'],
    ['ṡiti@contoh.id', 'ṡ***@contoh.id', 'a BMP letter first'],
    ['no-at-sign', '********', 'no @: asterisks, at most eight'],
    ['abc', '***', 'no @, short: one asterisk per character'],
    ['@contoh.go.id', '********', 'nothing before @: treated like a malformed address'],
    ['', '', 'empty'],
  ])('%j → %j (%s)', (email, expected, _why) => {
    expect(maskEmail(email)).toBe(expected);
  });

  it('keeps an astral first character whole', () => {
    expect(maskEmail('𝓢iti@contoh.id')).toBe('𝓢***@contoh.id');
  });
});

describe('maskBirthDate: the year only (UU PDP Ps. 4 ayat (3) huruf f)', () => {
  it.each([
    ['1990-05-12', '1990-**-**', 'the documented example: the year is enough for age bands'],
    ['2000-02-29', '2000-**-**', 'a leap day'],
    ['1990-13-45', '1990-**-**', 'only the form is checked; the mask reveals no more than the year'],
    ['1990-5-12', '****-**-**', 'not ISO (one-digit month): nothing shown'],
    ['12-05-1990', '****-**-**', 'day-first: nothing shown'],
    ['1990-05-12T00:00:00Z', '****-**-**', 'a timestamp is not a date'],
    [' 1990-05-12', '****-**-**', 'not trimmed'],
    ['', '****-**-**', 'empty'],
  ])('%j → %j (%s)', (date, expected, _why) => {
    expect(maskBirthDate(date)).toBe(expected);
  });
});

describe('maskNik: first and last quarter, at most four digits each (UU PDP Ps. 4 ayat (3) huruf f)', () => {
  it.each([
    ['3201055205900001', '3201********0001', '16 digits: province+regency and serial shown, the rest masked'],
    ['320105520590000', '320*********000', '15 characters: three each side (⌊15/4⌋)'],
    ['32010552059000011', '3201*********0011', '17 characters: still at most four each side'],
    ['3201 0552 0590 0001', '3201***********0001', 'spaces are masked with the digits'],
    ['12345678', '12****78', 'eight characters: two each side'],
    ['1234', '1**4', 'four characters: one each side'],
    ['123', '***', 'fewer than four: masked whole'],
    ['', '', 'empty'],
  ])('%j → %j (%s)', (nik, expected, _why) => {
    expect(maskNik(nik)).toBe(expected);
  });
});

describe('PERSONAL_FIELDS: the documented masks are what the maskers produce', () => {
  const raw: Record<
    (typeof PERSONAL_FIELDS)[number]['field'],
    { value: string; mask: (v: string) => string }
  > = {
    nik: { value: '3201055205900001', mask: maskNik },
    name: { value: 'Siti Nurhaliza', mask: maskName },
    phone: { value: '0812-3456-7890', mask: maskPhone },
    email: { value: 'budi.santoso@contoh.go.id', mask: maskEmail },
    birthDate: { value: '1990-05-12', mask: maskBirthDate },
  };
  it.each(PERSONAL_FIELDS.filter((f) => f.field !== 'name').map((f) => [f.field, f.mask] as const))(
    '%s → %s',
    (field, mask) => {
      const { value, mask: masker } = raw[field];
      expect(masker(value)).toBe(mask);
      expect(mask).not.toBe(value);
    },
  );

  it('name → the documented example', () => {
    const name = PERSONAL_FIELDS.find((f) => f.field === 'name');
    expect(maskName(raw.name.value)).toBe(name?.mask);
  });
});
