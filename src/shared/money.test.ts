import { describe, expect, it } from 'vitest';
import { applyDiscountedRate, applyRate, basisPoints, divideRoundHalfUp, multiply, rupiah } from './money.ts';

describe('applyRate (ROUNDING_RULE: nearest rupiah, halves up, once per line)', () => {
  it.each([
    // [amount, rate bp, expected, arithmetic / legal basis]
    [1_000_000, 100, 10_000, 'BPU JKK 1 % × Rp1.000.000 = 10.000 (PP 44/2015 jo. PP 82/2019, Lampiran II)'],
    [5_000_000, 24, 12_000, 'PU JKK 0,24 % × 5.000.000 = 12.000 (PP 44/2015 Pasal 16)'],
    [3_333_333, 24, 8_000, '3.333.333 × 0,24 % = 7.999,9992 → 8.000'],
    [1_250, 2, 0, '1.250 × 0,02 % = 0,25 → 0'],
    [2_500, 2, 1, '2.500 × 0,02 % = 0,5 → 1 (half up)'],
    [10_547_400, 100, 105_474, 'JP worker 1 % of the Mar 2025 JP cap 10.547.400 (PP 45/2015 Pasal 28)'],
    [0, 370, 0, 'zero wage gives zero'],
  ])('%i × %i bp = %i (%s)', (amount, rate, expected) => {
    expect(applyRate(rupiah(amount), basisPoints(rate))).toBe(expected);
  });

  it('takes the exact BigInt path when the product passes 2^53', () => {
    // 1 trillion × 17,4 %: 10^12 × 1.740 = 1,74·10^15 fits; 10^13 × 1.740 = 1,74·10^16 does not.
    expect(applyRate(rupiah(10_000_000_000_001), basisPoints(1_740))).toBe(1_740_000_000_000);
    // 3.333.333.333.333 − 333.333.333,3333 = 3.332.999.999.999,6667 → 3.333.000.000.000
    expect(applyRate(rupiah(3_333_333_333_333), basisPoints(9_999))).toBe(3_333_000_000_000);
  });

  it('agrees with the BigInt rule on random safe inputs', () => {
    for (let i = 0; i < 2_000; i++) {
      const amount = Math.floor(Math.random() * 1e12);
      const rate = Math.floor(Math.random() * 10_001);
      const exact = Number(divideRoundHalfUp(BigInt(amount) * BigInt(rate), 10_000n));
      expect(applyRate(rupiah(amount), basisPoints(rate))).toBe(exact);
    }
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    // 900 billion × 100 % = 900 billion: the product 9e15 exceeds 2^53 but BigInt keeps it exact.
    expect(applyRate(rupiah(900_000_000_001), basisPoints(10_000))).toBe(900_000_000_001);
  });
});

describe('applyDiscountedRate (rounded once from the exact discounted amount)', () => {
  it.each([
    [417_167, 24, 5_000, 501, '417.167 × 0,24 % × 50 % = 500,6004 → 501'],
    [1_000_120, 100, 5_000, 5_001, '1.000.120 × 1 % × 50 % = 5.000,6 → 5.001'],
    [4_000_000, 89, 5_000, 17_800, '4.000.000 × 0,89 % × 50 % = 17.800'],
    [1_000_000, 100, 0, 10_000, 'no discount = applyRate'],
  ])('%i × %i bp − %i bp = %i (%s)', (amount, rate, discount, expected) => {
    expect(applyDiscountedRate(rupiah(amount), basisPoints(rate), basisPoints(discount))).toBe(expected);
  });

  it('agrees with the BigInt rule on random inputs, including products past 2^53', () => {
    for (let i = 0; i < 2_000; i++) {
      const amount = Math.floor(Math.random() * 1e13);
      const rate = Math.floor(Math.random() * 10_001);
      const discount = Math.floor(Math.random() * 10_001);
      const exact = Number(
        divideRoundHalfUp(BigInt(amount) * BigInt(rate) * BigInt(10_000 - discount), 100_000_000n),
      );
      expect(applyDiscountedRate(rupiah(amount), basisPoints(rate), basisPoints(discount))).toBe(exact);
    }
  });
});

describe('divideRoundHalfUp', () => {
  it.each([
    [7n, 2n, 4n, '3,5 → 4'],
    [-7n, 2n, -4n, '−3,5 → −4 (away from zero)'],
    [-39_490_000n, 36_000n, -1_097n, '(32.051 − 36.000) × 10.000 ÷ 36.000 = −1.096,94 → −1.097'],
    [5n, 3n, 2n, '1,67 → 2'],
  ])('%s ÷ %s = %s (%s)', (n, d, expected) => {
    expect(divideRoundHalfUp(n, d)).toBe(expected);
  });

  it('refuses a zero denominator', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});

describe('multiply and guards', () => {
  it('Rp16.800 × 24.640 worker-months = Rp413.952.000', () => {
    expect(multiply(rupiah(16_800), 24_640)).toBe(413_952_000);
  });
  it('refuses fractions and unsafe integers', () => {
    expect(() => rupiah(1.5)).toThrow(RangeError);
    expect(() => rupiah(2 ** 53)).toThrow(RangeError);
    expect(() => basisPoints(-1)).toThrow(RangeError);
  });
});
