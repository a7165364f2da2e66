import { AppError } from '../../shared/errors.ts';
import { type IdentifierProblem, problem } from './identifier-problem.ts';

/**
 * Digits 7–12 of a NIK are the birth date as DDMMYY, with 40 added to the day for women
 * (domain rules §4, H). The century is not encoded, so the year is two digits plus the list of
 * ISO dates it can stand for.
 */
export interface NikBirthDate {
  day: number;
  month: number;
  yearTwoDigits: number;
  /** Oldest first; only dates that exist in the calendar and are not after `asOf`. */
  candidates: string[];
}

export interface DecodedBirthDate {
  sex: 'F' | 'M' | null;
  birthDate: NikBirthDate | null;
  errors: IdentifierProblem[];
}

/** Added to the day of birth for women. */
export const WOMAN_DAY_OFFSET = 40;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` that exists in the calendar, else null (`2023-02-29` → null). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The as-of date is the caller's (rules read no clock); a malformed one is a programming error. */
export function requireAsOf(asOf: string): CalendarDate {
  const date = parseIsoDate(asOf);
  if (date) return date;
  throw new AppError('VALIDATION_FAILED', {
    id: `asOf "${asOf}" bukan tanggal YYYY-MM-DD yang sah`,
    en: `asOf "${asOf}" is not a real YYYY-MM-DD date`,
  });
}

/**
 * Day digits 01–31 are a man's day of birth, 41–71 a woman's (day + 40). 00, 32–40 and 72–99 are
 * neither, so the sex is unknown.
 */
export function sexOfDayDigits(dayDigits: number): 'F' | 'M' | null {
  if (dayDigits >= 1 && dayDigits <= 31) return 'M';
  if (dayDigits >= 1 + WOMAN_DAY_OFFSET && dayDigits <= 31 + WOMAN_DAY_OFFSET) return 'F';
  return null;
}

/**
 * The centuries a two-digit year can stand for: the as-of date's century and the one before
 * (as of 2025: 19YY and 20YY). Derived from `asOf` rather than fixed so the rule keeps working
 * after 2099; nobody alive was born two centuries before the as-of date.
 */
export function candidateCenturies(asOf: CalendarDate): [number, number] {
  const century = Math.floor(asOf.year / 100) * 100;
  return [century - 100, century];
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Decodes DDMMYY (`ddmmyy` must be six ASCII digits). Reports every problem it can see: a bad day
 * and a bad month both; a day that exists in no candidate year (30 Feb; 29 Feb in 1901 and 2001);
 * a date that, in every century where it exists, falls after `asOf`.
 */
export function decodeBirthDate(ddmmyy: string, asOf: CalendarDate): DecodedBirthDate {
  const [dayDigits, month, yearTwoDigits] = [0, 2, 4].map((at) => Number(ddmmyy.slice(at, at + 2))) as [
    number,
    number,
    number,
  ];
  const sex = sexOfDayDigits(dayDigits);
  const errors: IdentifierProblem[] = [];
  if (sex === null) errors.push(badDay(dayDigits));
  if (month < 1 || month > 12) errors.push(badMonth(month));
  if (errors.length > 0) return { sex, birthDate: null, errors };

  const day = sex === 'F' ? dayDigits - WOMAN_DAY_OFFSET : dayDigits;
  const years = candidateCenturies(asOf).map((century) => century + yearTwoDigits);
  const real = years.filter((year) => day <= daysInMonth(year, month)).map((y) => iso(y, month, day));
  if (real.length === 0) return { sex, birthDate: null, errors: [noSuchDay(day, month, years)] };

  const asOfIso = iso(asOf.year, asOf.month, asOf.day);
  // ISO dates of four-digit years compare correctly as text.
  const candidates = real.filter((date) => date <= asOfIso);
  if (candidates.length === 0) errors.push(future(asOfIso));
  return { sex, birthDate: { day, month, yearTwoDigits, candidates }, errors };
}

const two = (n: number): string => String(n).padStart(2, '0');

const badDay = (dayDigits: number) =>
  problem(
    'NIK_BIRTH_DATE_INVALID',
    `Hari lahir dalam NIK (digit 7–8) bernilai ${two(dayDigits)}: harus 01–31 (laki-laki) atau 41–71 (perempuan, hari + 40)`,
    `Birth day in the NIK (digits 7–8) is ${two(dayDigits)}: must be 01–31 (men) or 41–71 (women, day + 40)`,
  );

const badMonth = (month: number) =>
  problem(
    'NIK_BIRTH_DATE_INVALID',
    `Bulan lahir dalam NIK (digit 9–10) bernilai ${two(month)}: harus 01–12`,
    `Birth month in the NIK (digits 9–10) is ${two(month)}: must be 01–12`,
  );

const noSuchDay = (day: number, month: number, years: number[]) =>
  problem(
    'NIK_BIRTH_DATE_INVALID',
    `Tanggal lahir dalam NIK (digit 7–12) tidak ada di kalender: hari ${two(day)} bulan ${two(month)} tidak ada pada tahun ${years.join(' maupun ')}`,
    `Birth date in the NIK (digits 7–12) is not a calendar date: day ${two(day)} of month ${two(month)} exists in neither ${years.join(' nor ')}`,
  );

const future = (asOfIso: string) =>
  problem(
    'NIK_BIRTH_DATE_FUTURE',
    `Tanggal lahir dalam NIK (digit 7–12) jatuh setelah tanggal acuan ${asOfIso} pada setiap abad yang mungkin`,
    `Birth date in the NIK (digits 7–12) falls after the reference date ${asOfIso} in every possible century`,
  );
