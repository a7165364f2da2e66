import type { Bilingual } from '../shared/errors.ts';
import type { Lang } from '../shared/format.ts';
import { ROUNDING_RULE } from '../shared/money.ts';

export type Program = 'JHT' | 'JKK' | 'JKM' | 'JP' | 'JKP';

/** Rupiah the way Indonesian readers write it: Rp1.234.567 (English: Rp1,234,567). */
export function rp(value: number, lang: Lang): string {
  const sign = value < 0 ? '−' : '';
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return `${sign}Rp${digits}`;
}

/** Basis points as a percentage: 24 → "0,24%" (id) / "0.24%" (en); 10.000 → "100%". */
export function pct(bp: number, lang: Lang): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(Math.abs(bp % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? (lang === 'id' ? ',' : '.') + fraction : ''}%`;
}

/** Builds a bilingual sentence from one template function. */
export const both = (text: (lang: Lang) => string): Bilingual => ({ id: text('id'), en: text('en') });

export const ROUNDING_NOTE = ROUNDING_RULE;
