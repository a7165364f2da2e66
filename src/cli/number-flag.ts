import { type Flags, stringFlag } from './cli.ts';

/**
 * A whole-number flag as written by people: 5000000, 5.000.000 (Indonesian) or 5_000_000. Anything
 * else is passed on as text, so the engine's validator names the flag and shows what was typed.
 */
export function amountFlag(flags: Flags, name: string): number | string | undefined {
  const text = stringFlag(flags, name)?.trim();
  if (text === undefined) return undefined;
  const plain = /^-?\d{1,3}([._]\d{3})+$/.test(text) ? text.replace(/[._]/g, '') : text;
  return /^-?\d+$/.test(plain) ? Number(plain) : text;
}

export const booleanFlag = (flags: Flags, name: string): boolean | undefined =>
  flags[name] === true ? true : undefined;
