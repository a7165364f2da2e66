import type { UserRow } from '../../api/access.types.ts';

/** Locked while `lockedUntil` lies ahead of `now` (the server clears it on unlock). */
export function isLocked(user: Pick<UserRow, 'lockedUntil'>, now: number): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}
