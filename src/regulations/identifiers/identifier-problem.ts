import type { Bilingual } from '../../shared/errors.ts';

/**
 * One problem with an identifier, as data (house style: pure rules return codes, they do not throw).
 * The code is stable for programs (CLI `--json`, HTTP, batch imports); the message is for people,
 * Indonesian first, and names the part of the identifier that is wrong.
 */
export interface IdentifierProblem {
  code: string;
  message: Bilingual;
}

export const problem = (code: string, id: string, en: string): IdentifierProblem => ({
  code,
  message: { id, en },
});

/** Only 0–9, checked on the text: `Number()` would accept `1e5`, ` 12` or `0x1F` and lose leading zeros. */
export const isAsciiDigits = (value: string): boolean => /^[0-9]+$/.test(value);
