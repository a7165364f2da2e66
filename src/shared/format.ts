/**
 * The one place numbers, money, percentages and months are written for people: Indonesian by default
 * (1.033.000; Rp16.800; 43,00 %; Oktober 2024), English on request. Used by the CLI and the dashboard.
 */
export type Lang = 'id' | 'en';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const DASH = '—';

export function formatCount(value: number | null | undefined, lang: Lang = 'id'): string {
  return value === null || value === undefined ? DASH : new Intl.NumberFormat(LOCALE[lang]).format(value);
}

const GROUP_SEPARATOR: Record<Lang, string> = { id: '.', en: ',' };

/** Whole rupiah: `Rp16.800` (id) / `Rp16,800` (en); negative amounts keep their sign. */
export function formatRupiah(value: number | null | undefined, lang: Lang = 'id'): string {
  if (value === null || value === undefined) return DASH;
  // Grouped by hand rather than with Intl: explanations write dozens of amounts per quote, and a
  // whole number needs nothing Intl adds (same output: 16.800 / 16,800).
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR[lang]);
  return `${value < 0 ? '−' : ''}Rp${digits}`;
}

type Unit = readonly [size: number, id: string, en: string];

/** The largest unit the value reaches, and the value in it (one decimal place fewer for counts). */
function scaled(
  value: number,
  units: readonly Unit[],
  lang: Lang,
  digits: number,
): { amount: string; unit: string } | null {
  for (const [size, id, en] of units) {
    if (Math.abs(value) >= size) {
      const amount = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(
        value / size,
      );
      return { amount, unit: lang === 'id' ? id : en };
    }
  }
  return null;
}

const MONEY_UNITS: readonly Unit[] = [
  [1e12, 'triliun', 'trillion'],
  [1e9, 'miliar', 'billion'],
  [1e6, 'juta', 'million'],
];

/** Large rupiah amounts in words people use: `Rp1,01 miliar`, `Rp2,44 triliun` (`Rp1.01 billion`). */
export function formatRupiahShort(value: number | null | undefined, lang: Lang = 'id'): string {
  if (value === null || value === undefined) return DASH;
  const short = scaled(value, MONEY_UNITS, lang, 2);
  return short ? `Rp${short.amount} ${short.unit}` : formatRupiah(value, lang);
}

/** `43,00 %` / `43.00%`; a sign on request for changes (`−10,97 %`). */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang = 'id',
  options: { signed?: boolean; digits?: number } = {},
): string {
  if (value === null || value === undefined) return DASH;
  const digits = options.digits ?? 2;
  const text = new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  const sign = value < 0 ? '−' : options.signed && value > 0 ? '+' : '';
  return lang === 'id' ? `${sign}${text} %` : `${sign}${text}%`;
}

const MONTHS: Record<Lang, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `2024-10` → `Oktober 2024`; `short` gives `Okt 2024`. */
export function formatMonth(month: string | null | undefined, lang: Lang = 'id', short = false): string {
  if (!month) return DASH;
  const [year, m] = month.split('-');
  const name = MONTHS[lang][Number(m) - 1];
  if (!name || !year) return month;
  return `${short ? name.slice(0, 3) : name} ${year}`;
}

const COUNT_UNITS: readonly Unit[] = [
  [1e9, 'M', 'B'],
  [1e6, 'jt', 'M'],
  [1e3, 'rb', 'K'],
];

/** Compact counts for chart axes: `45,2 jt`, `580 rb` (`45.2M`, `580K`). */
export function formatCountShort(value: number | null | undefined, lang: Lang = 'id'): string {
  if (value === null || value === undefined) return DASH;
  const short = scaled(value, COUNT_UNITS, lang, 1);
  if (!short) return formatCount(value, lang);
  return lang === 'id' ? `${short.amount} ${short.unit}` : `${short.amount}${short.unit}`;
}

const DATE_TIME: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
};

/** An instant in WIB, where the offices work: `5 Okt 2024, 10.04 WIB` (`5 Oct 2024, 10:04 WIB`). */
export function formatDateTime(iso: string, lang: Lang = 'id'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${DATE_TIME[lang].format(date)} WIB`;
}

/** File sizes people recognise: `850 B`, `12 KB`, `3,4 MB`. */
export function formatFileSize(bytes: number, lang: Lang = 'id'): string {
  if (bytes < 1024) return `${formatCount(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatCount(Math.ceil(bytes / 1024), lang)} KB`;
  return `${formatCount(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB`;
}
