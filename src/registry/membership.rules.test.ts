import { describe, expect, it } from 'vitest';
import {
  type ExistingMembership,
  isIssuedKpj,
  kpjFromSerial,
  luhnDigit,
  type MembershipDraft,
  membershipProblems,
  rangesOverlap,
} from './membership.rules.ts';

/** bpu.income_floor (PP 44/2015 Lampiran II: lowest declared income Rp1.000.000); JP from 1 Jul 2015 (PP 45/2015), JKP from 2 Feb 2021 (PP 37/2021). */
const LAW = { incomeFloor: 1_000_000, programStarts: { JP: '2015-07-01', JKP: '2021-02-02' } };

const bpu = (over: Partial<MembershipDraft> = {}): MembershipDraft => ({
  segment: 'BPU',
  employerId: null,
  projectId: null,
  payerKind: 'self',
  programs: ['JKK', 'JKM'],
  declaredIncome: 1_000_000,
  from: '2025-01-01',
  to: null,
  ...over,
});
const pu = (over: Partial<MembershipDraft> = {}): MembershipDraft => ({
  ...bpu(),
  segment: 'PU',
  employerId: 7,
  payerKind: 'employer',
  programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
  declaredIncome: null,
  ...over,
});
const had = (over: Partial<ExistingMembership>): ExistingMembership => ({
  id: 1,
  segment: 'BPU',
  employerId: null,
  from: '2024-01-01',
  to: null,
  ...over,
});
const alive = { diedOn: null };

describe('rangesOverlap: inclusive dates, open end = forever', () => {
  it.each([
    [{ from: '2025-01-01', to: '2025-03-31' }, { from: '2025-03-31', to: null }, true, 'share 31 March'],
    [{ from: '2025-01-01', to: '2025-03-30' }, { from: '2025-03-31', to: null }, false, 'end the day before'],
    [
      { from: '2025-01-01', to: null },
      { from: '2030-01-01', to: '2030-01-31' },
      true,
      'open range reaches 2030',
    ],
    [
      { from: '2025-05-01', to: '2025-05-31' },
      { from: '2025-01-01', to: '2025-04-30' },
      false,
      'earlier range',
    ],
  ])('%j × %j → %s (%s)', (a, b, expected, _why) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });
});

describe('membershipProblems: the conflicts the registry refuses', () => {
  it.each([
    ['a first BPU membership', bpu(), alive, [], 0],
    [
      'BPU with JHT (optional for BPU, Permenaker 5/2021)',
      bpu({ programs: ['JKK', 'JKM', 'JHT'] }),
      alive,
      [],
      0,
    ],
    ['a second open BPU membership', bpu(), alive, [had({ id: 4 })], 1],
    ['BPU after the earlier one ended the day before', bpu(), alive, [had({ to: '2024-12-31' })], 0],
    ['PU at an employer beside an open BPU (allowed: different segments)', pu(), alive, [had({})], 0],
    ['a second open PU at the same employer', pu(), alive, [had({ segment: 'PU', employerId: 7 })], 1],
    [
      'PU at another employer at the same time (two jobs)',
      pu(),
      alive,
      [had({ segment: 'PU', employerId: 8 })],
      0,
    ],
    ['re-enrolling a person who died on 2024-12-01', bpu(), { diedOn: '2024-12-01' }, [], 1],
    [
      'JP for an informal worker (JP is for wage earners, PP 45/2015)',
      bpu({ programs: ['JKK', 'JKM', 'JP'] }),
      alive,
      [],
      1,
    ],
    ['without JKM (JKK and JKM are the minimum of every segment)', bpu({ programs: ['JKK'] }), alive, [], 1],
    ['BPU income Rp999.999 (< floor Rp1.000.000)', bpu({ declaredIncome: 999_999 }), alive, [], 1],
    [
      'BPU paid by an employer (BPU is paid by self or a third party)',
      bpu({ payerKind: 'employer' }),
      alive,
      [],
      1,
    ],
    ['PU without an employer', pu({ employerId: null }), alive, [], 1],
    [
      'Jakon without a project',
      pu({ segment: 'JAKON', employerId: 3, programs: ['JKK', 'JKM'] }),
      alive,
      [],
      1,
    ],
    ['ending before it starts', bpu({ to: '2024-12-31' }), alive, [], 1],
    ['PU with JKP from 2021-02-02 (its first day, PP 37/2021)', pu({ from: '2021-02-02' }), alive, [], 0],
    ['PU with JKP from 2021-01-31 (before PP 37/2021)', pu({ from: '2021-01-31' }), alive, [], 1],
    ['PU with JP and JKP from 2015-06-30 (before both)', pu({ from: '2015-06-30' }), alive, [], 2],
  ] as const)('%s → %i problem(s)', (_why, draft, person, existing, count) => {
    const problems = membershipProblems(draft, person, existing, LAW);
    expect(problems).toHaveLength(count);
    for (const p of problems) {
      expect(p.id.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });

  it('names the membership it collides with, in both languages', () => {
    const [problem] = membershipProblems(bpu(), alive, [had({ id: 42 })], LAW);
    expect(problem).toEqual({
      id: 'Sudah ada kepesertaan BPU aktif (#42) pada periode ini',
      en: 'There is already an active BPU membership (#42) in this period',
    });
  });
});

describe('KPJ numbers issued by the product: 10-digit serial + Luhn check digit', () => {
  it.each([
    // Luhn over "7992739871": the textbook example, check digit 3.
    ['7992739871', 3],
    ['0000000001', 8], // 1×2 = 2 → (10 − 2) mod 10 = 8
    ['0000000000', 0],
  ])('luhnDigit(%s) = %i', (digits, expected) => {
    expect(luhnDigit(digits)).toBe(expected);
  });

  it.each([
    [1, '00000000018'],
    [123, '00000001230'], // digits from the right 3,2,1: 3×2=6, 2, 1×2=2 → 10 → check 0
    [9_999_999_999, '99999999990'], // five doubled 9s (18 → 9) + five 9s = 90 → check 0
  ])('kpjFromSerial(%i) = %s', (serial, expected) => {
    const kpj = kpjFromSerial(serial);
    expect(kpj).toBe(expected);
    expect(isIssuedKpj(kpj)).toBe(true);
  });

  it('catches every single mistyped digit', () => {
    const kpj = kpjFromSerial(4_815_162_342);
    for (let i = 0; i < 11; i++) {
      const wrong = `${kpj.slice(0, i)}${(Number(kpj[i]) + 1) % 10}${kpj.slice(i + 1)}`;
      expect(isIssuedKpj(wrong), wrong).toBe(false);
    }
  });

  it('refuses serials outside 1 … 9,999,999,999', () => {
    expect(() => kpjFromSerial(0)).toThrow(RangeError);
    expect(() => kpjFromSerial(10_000_000_000)).toThrow(RangeError);
  });
});
