import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

/** Replays `attempts` ([address, nowMs]) on a fresh throttle and returns each answer. */
const replay = (
  limit: number,
  windowMs: number,
  attempts: readonly (readonly [string, number])[],
): boolean[] => {
  const throttle = new LoginThrottle(limit, windowMs);
  return attempts.map(([address, now]) => throttle.allow(address, now));
};

const A = '10.0.0.1';
const B = '10.0.0.2';

describe('LoginThrottle: at most `limit` attempts per address in a sliding window', () => {
  it.each([
    {
      case: 'the limit within one window',
      attempts: [
        [A, 0],
        [A, 1],
        [A, 2],
        [A, 3],
      ],
      expected: [true, true, true, false], // limit 3: the fourth attempt inside 1000 ms is refused
    },
    {
      case: 'the oldest attempt leaves the window exactly windowMs later',
      attempts: [
        [A, 0],
        [A, 100],
        [A, 200],
        [A, 999],
        [A, 1000],
      ],
      expected: [true, true, true, false, true], // at 999 the attempt at 0 is 999 ms old (inside); at 1000 it is out
    },
    {
      case: 'the window slides: one slot frees per expired attempt',
      attempts: [
        [A, 0],
        [A, 100],
        [A, 200],
        [A, 1000],
        [A, 1001],
        [A, 1100],
      ],
      expected: [true, true, true, true, false, true], // 1000 frees 0; at 1001 still 100, 200, 1000; 1100 frees 100
    },
    {
      case: 'refused attempts are not recorded, so they do not extend the lock-out',
      attempts: [
        [A, 0],
        [A, 1],
        [A, 2],
        [A, 500],
        [A, 900],
        [A, 1000],
      ],
      expected: [true, true, true, false, false, true], // 500 and 900 were refused and not counted
    },
    {
      case: 'addresses are independent',
      attempts: [
        [A, 0],
        [A, 1],
        [A, 2],
        [B, 3],
        [A, 4],
        [B, 5],
        [B, 6],
        [B, 7],
      ],
      expected: [true, true, true, true, false, true, true, false], // A full does not block B; B fills up on its own
    },
    {
      case: 'after a quiet window the address starts afresh',
      attempts: [
        [A, 0],
        [A, 1],
        [A, 2],
        [A, 5000],
        [A, 5001],
        [A, 5002],
        [A, 5003],
      ],
      expected: [true, true, true, true, true, true, false],
    },
  ] as const)('$case', ({ attempts, expected }) => {
    expect(replay(3, 1000, attempts)).toEqual(expected);
  });

  it.each([
    [1, [true, false, true], 'limit 1: one attempt per window'],
    [2, [true, true, true], 'limit 2: the third attempt comes after the first expired'],
  ])('limit %i, attempts at 0, 500, 1000 → %j (%s)', (limit, expected, _why) => {
    expect(
      replay(limit, 1000, [
        [A, 0],
        [A, 500],
        [A, 1000],
      ]),
    ).toEqual(expected);
  });

  it('forgetting stale addresses (beyond 10 000) keeps the ones still inside the window', () => {
    const throttle = new LoginThrottle(2, 60_000);
    const other = (i: number) => `192.168.${i >> 8}.${i & 255}`;
    for (let i = 0; i < 9_999; i++) throttle.allow(other(i), i); // 9 999 addresses, attempts at 0–9 998 ms
    expect(throttle.allow(A, 50_000)).toBe(true);
    expect(throttle.allow(A, 50_001)).toBe(true); // 10 000 addresses now
    // The 10 001st address triggers the clean-up at 65 s: attempts up to 5 s are stale, A's are not.
    expect(throttle.allow(B, 65_000)).toBe(true);
    expect(throttle.allow(A, 70_000)).toBe(false); // A's two attempts are 20 s old: still counted
    expect(throttle.allow(other(9_000), 70_000)).toBe(true); // a stale address starts afresh
    expect(throttle.allow(A, 110_001)).toBe(true); // both of A's attempts expired
  });
});
