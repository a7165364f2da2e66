import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session cookies and API tokens are 32 random bytes; the database keeps only their SHA-256, so a
 * copy of the database opens no session. The CSRF token is an HMAC of the session secret: the server
 * recomputes it instead of storing it, and it changes with every new session.
 */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const API_TOKEN_PREFIX = 'ckp_';

export const newApiToken = (): string => `${API_TOKEN_PREFIX}${newSecret()}`;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const csrfTokenFor = (sessionSecret: string): string =>
  createHmac('sha256', sessionSecret).update('cakupan-csrf').digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
