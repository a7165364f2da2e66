import { formatCount, formatRupiah } from '../../../../src/shared/format.ts';
import { type Lang, type MessageKey, translate } from '../../i18n.ts';

const DATE: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar date (no time): `2025-03-31` → `31 Maret 2025` / `31 March 2025`. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE[lang].format(date);
}

/** A validity period: `1 Maret 2025 – 28 Februari 2026`, or `sejak 1 Juli 2015` when open-ended. */
export function formatPeriod(from: string, to: string | null, lang: Lang): string {
  return to
    ? `${formatDate(from, lang)} – ${formatDate(to, lang)}`
    : translate(lang, 'calcSince', { date: formatDate(from, lang) });
}

/**
 * Basis points as the regulation writes them: 370 → `3,7%`, 24 → `0,24%`, 5000 → `50%` (the same
 * shape as the server's explanations, so the table and the text agree).
 */
export function formatRate(bp: number, lang: Lang): string {
  const text = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(
    bp / 100,
  );
  return `${text}%`;
}

const UNIT_KEYS: Record<string, MessageKey> = {
  months: 'calcUnitMonths',
  years: 'calcUnitYears',
};

/** A parameter's value in its unit: rupiah, a rate, a count, months or years, or a yes/no flag. */
export function formatParameterValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'rupiah') return formatRupiah(value, lang);
  if (unit === 'bp') return formatRate(value, lang);
  if (unit === 'flag') return translate(lang, value ? 'calcYes' : 'calcNo');
  const key = UNIT_KEYS[unit];
  return key ? translate(lang, key, { count: formatCount(value, lang) }) : formatCount(value, lang);
}

const PROGRAM_KEYS: Record<string, MessageKey> = {
  JHT: 'programJht',
  JKK: 'programJkk',
  JKM: 'programJkm',
  JP: 'programJp',
  JKP: 'programJkp',
};

/** The full name of a program code (JHT → Jaminan Hari Tua), for titles and screen readers. */
export function programName(code: string, lang: Lang): string {
  const key = PROGRAM_KEYS[code];
  return key ? translate(lang, key) : code;
}
