import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing with argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane; ~55 ms here).
 * The parameters travel inside the hash string, so raising them later still verifies old hashes.
 */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the username does not exist, so that a wrong
 * username costs as long as a wrong password and timing does not reveal which accounts exist.
 */
let decoyHash: Promise<string> | null = null;
export const decoy = (): Promise<string> => {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
};

export const MIN_PASSWORD_LENGTH = 10;

/** Problems with a new password, bilingual; empty when acceptable. */
export function passwordProblems(password: string, username: string): { id: string; en: string }[] {
  const problems: { id: string; en: string }[] = [];
  if (Array.from(password).length < MIN_PASSWORD_LENGTH) {
    problems.push({
      id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`,
      en: `Password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  if (Array.from(password).length > 256) {
    problems.push({ id: 'Kata sandi maksimal 256 karakter', en: 'Password may have at most 256 characters' });
  }
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({
      id: 'Kata sandi tidak boleh memuat nama pengguna',
      en: 'Password must not contain the username',
    });
  }
  return problems;
}

/** A temporary password an administrator hands over once: 16 characters from an unambiguous alphabet. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
