/**
 * Money is whole rupiah in a branded integer; rates are integer basis points (1 bp = 0.01 %).
 * Every multiplication of money by a rate goes through {@link applyRate}, which owns rounding.
 */
export type Rupiah = number & { readonly __brand: 'Rupiah' };

/** Basis points: 10,000 bp = 100 %. JKK 0.24 % = 24 bp; BPU JKK 1 % = 100 bp. */
export type BasisPoints = number & { readonly __brand: 'BasisPoints' };

export const BP_PER_UNIT = 10_000;

/**
 * The one rounding rule of the product: round to the nearest whole rupiah, halves away from zero
 * ("pembulatan ke rupiah terdekat; setengah ke atas"), applied once per line per payer.
 */
export const ROUNDING_RULE = {
  code: 'HALF_UP_RUPIAH',
  id: 'dibulatkan ke rupiah terdekat, setengah rupiah ke atas, sekali per baris per pembayar',
  en: 'rounded to the nearest rupiah, halves up, once per line per payer',
} as const;

export function rupiah(value: number): Rupiah {
  if (!Number.isSafeInteger(value)) throw new RangeError(`rupiah must be a safe integer, got ${value}`);
  return value as Rupiah;
}

export function basisPoints(value: number): BasisPoints {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`basis points must be a non-negative integer, got ${value}`);
  return value as BasisPoints;
}

/** Integer division of two integers rounded half away from zero, exact for any size (BigInt inside). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/**
 * `amount × rate`, rounded by {@link ROUNDING_RULE}.
 *
 * @example applyRate(rupiah(1_000_000), basisPoints(100)) // 10_000 (BPU JKK 1 % of Rp1,000,000)
 * @example applyRate(rupiah(3_333_333), basisPoints(24))  // 8_000 (7,999.9992 rounds up)
 */
export function applyRate(amount: Rupiah, rate: BasisPoints): Rupiah {
  const product = amount * rate;
  // A true product above 2^53 can only give an unsafe double, so a safe one is exact.
  if (Number.isSafeInteger(product)) return roundBpUnits(product) as Rupiah;
  return rupiah(Number(applyRateExact(BigInt(amount), BigInt(rate))));
}

/**
 * Rounds a sum of `rupiah × basis points` products to whole rupiah by {@link ROUNDING_RULE}. Billing
 * 45 M workers a month runs through here, so products that fit a double exactly (all wages below
 * ~Rp900 billion) use integer-exact float arithmetic — `%` and division of an exact multiple are
 * exact below 2^53 — and only larger ones take the BigInt path.
 *
 * @example roundBpUnits(1_000_000 * 100) // 10_000
 * @example roundBpUnits(3_333_333 * 24)  // 8_000 (79,999,992 bp-units = Rp7,999.9992)
 */
export function roundBpUnits(bpUnits: number): number {
  if (!Number.isInteger(bpUnits)) throw new RangeError(`bp-units must be an integer, got ${bpUnits}`);
  if (Number.isSafeInteger(bpUnits)) {
    const negative = bpUnits < 0;
    const magnitude = negative ? -bpUnits : bpUnits;
    const remainder = magnitude % BP_PER_UNIT;
    const whole = (magnitude - remainder) / BP_PER_UNIT + (remainder * 2 >= BP_PER_UNIT ? 1 : 0);
    return negative ? -whole : whole;
  }
  return Number(divideRoundHalfUp(BigInt(bpUnits), BigInt(BP_PER_UNIT)));
}

/**
 * What is paid after a percentage discount: `amount × rate × (100 % − discount)`, rounded once by
 * {@link ROUNDING_RULE} from the exact value — not the rounded gross minus a rounded discount, which
 * would round every half down.
 *
 * @example applyDiscountedRate(rupiah(417_167), basisPoints(24), basisPoints(5_000)) // 501 (500,6004)
 */
export function applyDiscountedRate(amount: Rupiah, rate: BasisPoints, discount: BasisPoints): Rupiah {
  const keep = BP_PER_UNIT - discount;
  const divisor = BP_PER_UNIT * BP_PER_UNIT;
  const product = amount * rate * keep;
  if (Number.isSafeInteger(product) && product >= 0) {
    // Exact below 2^53, as in roundBpUnits: `%` and the division of an exact multiple lose nothing.
    const remainder = product % divisor;
    return ((product - remainder) / divisor + (remainder * 2 >= divisor ? 1 : 0)) as Rupiah;
  }
  return rupiah(Number(divideRoundHalfUp(BigInt(amount) * BigInt(rate) * BigInt(keep), BigInt(divisor))));
}

/** `amount × rate` for amounts beyond {@link roundBpUnits}' exact range (BigInt, any size). */
export function applyRateExact(amount: bigint, rate: bigint): bigint {
  return divideRoundHalfUp(amount * rate, BigInt(BP_PER_UNIT));
}

/** `amount × count` for flat amounts (e.g. Rp16,800 × 24,640 worker-months), exact. */
export function multiply(amount: Rupiah, count: number): Rupiah {
  return rupiah(Number(BigInt(amount) * BigInt(count)));
}
