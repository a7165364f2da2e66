import { dateOfInstant } from '../shared/dates.ts';
import { type Month, monthOfInstant } from '../shared/month.ts';

/** The only place the server reads the clock; tests pass a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const currentMonth = (clock: Clock): Month => monthOfInstant(clock.now());

/** Today's date in WIB, YYYY-MM-DD: the as-of date of a request that names none. */
export const today = (clock: Clock): string => dateOfInstant(clock.now());
