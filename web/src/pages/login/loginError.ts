import { formatDateTime, type Lang } from '../../../../src/shared/format.ts';
import { ApiError } from '../../api/client.ts';
import { translate } from '../../i18n.ts';

/**
 * The message for a failed login in the chosen language: the server's own bilingual text, except for a
 * locked account, where the time the lock ends is written out in WIB.
 */
export function loginErrorText(error: Error, lang: Lang): string {
  if (!(error instanceof ApiError)) return error.message;
  const until = lockedUntil(error.details);
  if (error.code === 'ACCOUNT_LOCKED' && until) {
    return translate(lang, 'loginLocked', { time: formatDateTime(until, lang) });
  }
  return error.text(lang);
}

function lockedUntil(details: unknown): string | null {
  if (typeof details !== 'object' || details === null || !('lockedUntil' in details)) return null;
  const value = (details as { lockedUntil: unknown }).lockedUntil;
  return typeof value === 'string' ? value : null;
}
