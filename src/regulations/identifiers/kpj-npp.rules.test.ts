import { describe, expect, it } from 'vitest';
import { checkKpj, checkNpp } from './kpj-npp.rules.ts';

describe('checkKpj: commonly 11 digits (domain rules §4, M–L)', () => {
  it.each([
    ['12345678901', true, [], 'M'], // 11 digits: the common form
    ['00012345678', true, [], 'M'], // leading zeros kept: it is a string, not a number
    [' 12345678901\n', true, [], 'M'], // trimmed
    // length alone rests on "commonly 11" → the weak end, L
    ['1234567890', false, ['KPJ_LENGTH'], 'L'], // 10
    ['123456789012', false, ['KPJ_LENGTH'], 'L'], // 12
    ['', false, ['KPJ_LENGTH'], 'L'],
    ['1234567890A', false, ['KPJ_NOT_DIGITS'], 'M'], // 11 characters, one a letter
    ['123-456-789-01', false, ['KPJ_NOT_DIGITS', 'KPJ_LENGTH'], 'M'], // 11 digits + 3 dashes = 14
  ] as const)('%j → valid %s %j, confidence %s', (kpj, valid, errors, confidence) => {
    const check = checkKpj(kpj);
    expect(check).toMatchObject({ kpj: kpj.trim(), valid, confidence });
    expect(check.errors.map((e) => e.code)).toEqual(errors);
  });

  it('says the rule is uncertain in the message', () => {
    expect(checkKpj('1234567890').errors[0]?.message).toEqual({
      id: 'KPJ umumnya 11 digit, yang diberikan 10 karakter (keyakinan aturan: rendah)',
      en: 'A KPJ is usually 11 digits; 10 characters were given (rule confidence: low)',
    });
  });
});

describe('checkNpp: 8 digits in the examples (domain rules §4, L)', () => {
  it.each([
    ['12345678', true, []],
    ['01234567', true, []], // leading zero kept
    ['1234567', false, ['NPP_LENGTH']], // 7
    ['123456789', false, ['NPP_LENGTH']], // 9
    ['1234567X', false, ['NPP_NOT_DIGITS']],
    ['NPP-1234', false, ['NPP_NOT_DIGITS']], // 8 characters, not digits
    ['1234 5678', false, ['NPP_NOT_DIGITS', 'NPP_LENGTH']], // inner space: 9 characters
  ] as const)('%j → valid %s %j', (npp, valid, errors) => {
    const check = checkNpp(npp);
    expect(check).toMatchObject({ npp, valid, confidence: 'L' });
    expect(check.errors.map((e) => e.code)).toEqual(errors);
  });
});
