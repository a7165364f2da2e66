import { describe, expect, it } from 'vitest';
import { API_TOKEN_PREFIX, csrfTokenFor, newApiToken, newSecret, sameSecret, sha256 } from './secrets.ts';

/** 32 random bytes in base64url without padding: ⌈32 × 8 / 6⌉ = 43 characters. */
const BASE64URL_32_BYTES = /^[A-Za-z0-9_-]{43}$/;

describe('newSecret', () => {
  const samples = Array.from({ length: 200 }, () => newSecret());

  it('is 32 bytes in base64url (43 characters, no padding)', () => {
    for (const secret of samples) {
      expect(secret).toMatch(BASE64URL_32_BYTES);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    }
  });

  it('differs on every call', () => {
    expect(new Set(samples).size).toBe(samples.length);
  });
});

describe('newApiToken', () => {
  it('is "ckp_" and a fresh secret', () => {
    const tokens = Array.from({ length: 50 }, () => newApiToken());
    expect(API_TOKEN_PREFIX).toBe('ckp_');
    for (const token of tokens) {
      expect(token.startsWith('ckp_')).toBe(true);
      expect(token.slice(4)).toMatch(BASE64URL_32_BYTES);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe('sha256 (hex)', () => {
  it.each([
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'FIPS 180-2 test vector'],
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'the empty string'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
      'FIPS 180-2 two-block vector',
    ],
  ])('sha256(%j) → %s (%s)', (value, expected, _why) => {
    expect(sha256(value)).toBe(expected);
  });
});

describe('csrfTokenFor', () => {
  it('is deterministic for one session secret (the server recomputes it, never stores it)', () => {
    const secret = newSecret();
    expect(csrfTokenFor(secret)).toBe(csrfTokenFor(secret));
    expect(csrfTokenFor(secret)).toMatch(BASE64URL_32_BYTES); // an HMAC-SHA256, base64url
  });

  it('differs across session secrets', () => {
    const tokens = Array.from({ length: 50 }, () => csrfTokenFor(newSecret()));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('is not the secret itself nor its stored SHA-256', () => {
    const secret = newSecret();
    expect(csrfTokenFor(secret)).not.toBe(secret);
    expect(csrfTokenFor(secret)).not.toBe(sha256(secret));
  });
});

describe('sameSecret (constant-time comparison)', () => {
  it.each([
    ['abc', 'abc', true, 'equal'],
    ['', '', true, 'both empty'],
    ['abc', 'abd', false, 'same length, last character differs'],
    ['abc', 'Abc', false, 'case matters'],
    ['abc', 'abcd', false, 'different lengths answer false instead of throwing'],
    ['abc', '', false, 'one empty'],
    ['é', 'e\u0301', false, 'looks the same, different bytes'],
    ['é', 'ab', false, 'same UTF-8 length (2 bytes), different bytes'],
  ])('%j vs %j → %s (%s)', (a, b, expected, _why) => {
    expect(sameSecret(a, b)).toBe(expected);
    expect(sameSecret(b, a)).toBe(expected);
  });

  it('accepts the CSRF token of the session and refuses another session’s', () => {
    const secret = newSecret();
    expect(sameSecret(csrfTokenFor(secret), csrfTokenFor(secret))).toBe(true);
    expect(sameSecret(csrfTokenFor(newSecret()), csrfTokenFor(secret))).toBe(false);
  });
});
