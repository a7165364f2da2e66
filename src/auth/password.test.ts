import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  passwordProblems,
  temporaryPassword,
  verifyPassword,
} from './password.ts';

const SHORT = 'Password needs at least 10 characters';
const LONG = 'Password may have at most 256 characters';
const USERNAME = 'Password must not contain the username';

describe('passwordProblems', () => {
  it.each([
    ['kata-sandi-kuat', 'budi', [], 'long enough, no username'],
    ['pendek', 'budi', [SHORT], 'six characters'],
    ['abcdefghi', 'budi', [SHORT], 'nine characters: one short'],
    ['abcdefghij', 'budi', [], 'exactly ten characters'],
    ['ééééééééé', 'budi', [SHORT], 'nine characters even though 18 UTF-8 bytes: counted in characters'],
    ['éééééééééé', 'budi', [], 'ten characters'],
    ['🔒'.repeat(9), 'budi', [SHORT], 'nine emoji are 18 UTF-16 units but nine characters'],
    ['🔒'.repeat(10), 'budi', [], 'ten emoji are ten characters'],
    ['x'.repeat(256), 'budi', [], 'exactly 256: the maximum'],
    ['x'.repeat(257), 'budi', [LONG], 'one over the maximum'],
    ['BUDI-rahasia-2025', 'budi', [USERNAME], 'username in capitals: compared case-insensitively'],
    ['rahasia-budi-2025', 'Budi', [USERNAME], 'capitalised username, lower-case password'],
    ['demo-kabupaten-baru', 'demo-kabupaten', [USERNAME], 'a demo username inside the password'],
    ['rahasia-2025', '', [], 'an empty username is not "contained" in every password'],
    ['budi', 'budi', [SHORT, USERNAME], 'both problems, short first'],
  ])('%#: %j for %j → %j (%s)', (password, username, expected, _why) => {
    expect(passwordProblems(password, username).map((p) => p.en)).toEqual(expected);
  });

  it('reports in Indonesian too', () => {
    expect(passwordProblems('budi', 'budi')).toEqual([
      { id: 'Kata sandi minimal 10 karakter', en: SHORT },
      { id: 'Kata sandi tidak boleh memuat nama pengguna', en: USERNAME },
    ]);
  });

  it('the minimum is ten characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
  });

  it('counts the maximum in characters as well', () => {
    expect(passwordProblems('🔒'.repeat(200), 'budi')).toEqual([]);
  });
});

describe('temporaryPassword', () => {
  const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const samples = Array.from({ length: 300 }, () => temporaryPassword());

  it('is 16 characters from the unambiguous alphabet', () => {
    for (const password of samples) {
      expect(password).toMatch(/^[abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789]{16}$/);
    }
  });

  it.each([
    ['0', 'zero, read as O'],
    ['O', 'capital o, read as zero'],
    ['1', 'one, read as l or I'],
    ['l', 'small L, read as 1 or I'],
    ['I', 'capital i, read as l or 1'],
  ])('never contains %j (%s)', (ambiguous, _why) => {
    expect(ALPHABET).not.toContain(ambiguous);
    expect(samples.filter((p) => p.includes(ambiguous))).toEqual([]);
  });

  it('differs on every call', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });

  it('draws from the whole alphabet (4800 draws over 55 symbols)', () => {
    expect(new Set(samples.join('')).size).toBe(ALPHABET.length);
  });

  it('is itself an acceptable password', () => {
    for (const password of samples.slice(0, 20)) expect(passwordProblems(password, 'budi')).toEqual([]);
  });
});

describe('hashPassword / verifyPassword (argon2id)', () => {
  const password = 'rahasia-Sarolangun-2025';

  it('verifies the right password and nothing else', async () => {
    const hash = await hashPassword(password);
    // The parameters travel inside the hash: argon2id, 19 MiB, 2 iterations, 1 lane.
    expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(hash).not.toContain(password);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, 'rahasia-sarolangun-2025')).toBe(false); // one letter's case
    expect(await verifyPassword(hash, '')).toBe(false);
    expect(await verifyPassword(hash, `${password} `)).toBe(false);
  });

  it.each([
    ['not-a-hash', 'garbage'],
    ['', 'empty'],
    ['$2b$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234', 'a bcrypt hash'],
    ['$argon2id$v=19$m=19456,t=2,p=1$', 'argon2 header without salt and hash'],
  ])('answers false (never throws) for %j (%s)', async (hash, _why) => {
    expect(await verifyPassword(hash, password)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(first).not.toBe(second);
  });
});
