import { divideRoundHalfUp } from '../../shared/money.ts';

/** Result of {@link projectSavings}: the end balance and what it is made of. */
export interface SavingsProjection {
  readonly balance: number;
  readonly contributions: number;
  readonly returns: number;
}

/**
 * Savings after `months` months, the convention of every projection in this module ("monthly
 * compounding, rate ÷ 12, rounded each month"): each month earns `balance × yearly rate ÷ 12` on its
 * opening balance, rounded once to the nearest rupiah (halves up, ROUNDING_RULE), and the month's
 * contribution is added at its end (it earns from the next month). BigInt inside, so large balances
 * stay exact.
 *
 * @example projectSavings(1_000_000, 100_000, 2, 600)
 *   // month 1: 1.000.000 × 6% ÷ 12 = 5.000 → 1.105.000; month 2: 5.525 → 1.210.525
 */
export function projectSavings(
  opening: number,
  monthly: number,
  months: number,
  rateBp: number,
): SavingsProjection {
  let balance = BigInt(opening);
  let returns = 0n;
  const perMonth = BigInt(monthly);
  for (let m = 0; m < months; m++) {
    const earned = divideRoundHalfUp(balance * BigInt(rateBp), 120_000n);
    returns += earned;
    balance += earned + perMonth;
  }
  return {
    balance: Number(balance),
    contributions: Number(perMonth * BigInt(months)),
    returns: Number(returns),
  };
}
