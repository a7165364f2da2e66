import type { Bilingual } from '../shared/errors.ts';
import { formatRupiah, type Lang } from '../shared/format.ts';

export type Program = 'JHT' | 'JKK' | 'JKM' | 'JP' | 'JKP';

/** Rupiah as people write it: Rp1.234.567 (id) / Rp1,234,567 (en) — the product's one formatter. */
export const rp = (value: number, lang: Lang): string => formatRupiah(value, lang);

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
