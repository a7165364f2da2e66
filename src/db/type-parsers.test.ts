import { describe, expect, it } from 'vitest';
import { parseInt8 } from './type-parsers.ts';

describe('int8 comes back as a safe JS number or not at all', () => {
  it.each([
    ['0', 0],
    ['45220000', 45_220_000],
    ['9007199254740991', 2 ** 53 - 1],
  ])('%s → %i', (text, expected) => {
    expect(parseInt8(text)).toBe(expected);
  });
  it('refuses values beyond 2^53 instead of rounding them', () => {
    expect(() => parseInt8('9007199254740993')).toThrow(RangeError);
  });
});
