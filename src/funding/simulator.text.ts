import type { Bilingual } from '../shared/errors.ts';
import { formatMonth, formatPercent, type Lang } from '../shared/format.ts';
import type { Month } from '../shared/month.ts';

/**
 * One text written once for both languages: `say` picks the Indonesian or English words, and `lang`
 * the number format.
 *
 * @example bilingual((lang, say) => `${formatCount(5_000, lang)} ${say('pekerja', 'workers')}`)
 * // { id: '5.000 pekerja', en: '5,000 workers' }
 */
export function bilingual(make: (lang: Lang, say: (id: string, en: string) => string) => string): Bilingual {
  return { id: make('id', (id) => id), en: make('en', (_id, en) => en) };
}

/**
 * A run of months as people write it, with the short names of the one formatting module.
 *
 * @example periodLabel('2025-01', '2025-12', 'id') // 'Jan–Des 2025'
 * @example periodLabel('2024-11', '2025-02', 'en') // 'Nov 2024–Feb 2025'
 */
export function periodLabel(first: Month, last: Month, lang: Lang): string {
  const end = formatMonth(last, lang, true);
  if (first === last) return end;
  const start = formatMonth(first, lang, true);
  return first.slice(0, 4) === last.slice(0, 4) ? `${start.split(' ')[0]}–${end}` : `${start}–${end}`;
}

/**
 * Basis points as a percentage in the language's format.
 *
 * @example pct(6_500, 'id') // '65,00 %'
 */
export const pct = (bp: number, lang: Lang): string => formatPercent(bp / 100, lang);
