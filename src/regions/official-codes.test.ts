import { describe, expect, it } from 'vitest';
import { checkNik } from '../regulations/identifiers/nik.rules.ts';
import { officialRegionCodes, regionCodeSet } from './official-codes.ts';

describe('officialRegionCodes: provinces, regencies and districts from idn-area-data', () => {
  it.each([
    ['32', true], // Jawa Barat
    ['32.01', true], // Kabupaten Bogor
    ['32.01.05', true], // Babakan Madang
    ['32.01.40', true], // Tenjolaya, the last district of 32.01
    ['15.03.01', true], // Batang Asai, Kab. Sarolangun (Jambi)
    ['31.71.01', true], // Gambir, Jakarta Pusat
    ['35.78.03', true], // Rungkut, Kota Surabaya
    ['93.01.01', true], // Merauke, Papua Selatan (since the 2022 split)
    ['32.01.41', false], // past the last district of 32.01
    ['32.01.99', false],
    ['91.01', false], // Merauke's code before 2022 (now 93.01): retired
    ['99', false],
    ['00', false], // the repo's national code is not a Kemendagri region
    ['11.01.01.2001', false], // villages are not loaded: a NIK stops at the district
    ['3201', false], // undotted form is not the repo's form
  ])('%s → %s', async (code, expected) => {
    expect((await officialRegionCodes()).has(code)).toBe(expected);
  });

  it('loads once and shares the result', async () => {
    const first = officialRegionCodes();
    expect(officialRegionCodes()).toBe(first);
    expect(await first).toBe(await officialRegionCodes());
  });

  it.each([
    // 35.78.03 Rungkut; 52 − 40 = 12 → woman, 12 May 1990
    ['3578035205900001', []],
    // 31.71.01 Gambir; 17 Aug ’45 → 1945 (2045 is after the as-of date)
    ['3171011708450001', []],
    // a Merauke NIK issued before the 2022 split still starts 91 01: reported, with the reason in the text
    ['9101011205900001', ['NIK_REGENCY_UNKNOWN']],
    ['3201411205900001', ['NIK_DISTRICT_UNKNOWN']], // 32.01.41 does not exist
  ])('checks %s against the official list → %j', async (nik, expected) => {
    const check = checkNik(nik, await officialRegionCodes(), { asOf: '2025-01-31' });
    expect(check.errors.map((e) => e.code)).toEqual(expected);
  });
});

describe('regionCodeSet', () => {
  it('answers membership for exactly the codes given', () => {
    const set = regionCodeSet(new Set(['15', '15.03']));
    expect([set.has('15'), set.has('15.03'), set.has('15.03.01'), set.has('')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
