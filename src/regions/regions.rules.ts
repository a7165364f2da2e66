/**
 * Region codes are Kemendagri codes whose dots spell the path from the province down:
 * `15` Jambi → `15.03` Kabupaten Sarolangun → `15.03.04` a district → `15.03.04.2001` a village.
 * The whole country is `00`. Because the code is the path, "everything inside a region" is a prefix
 * match and the ancestors of a region are the prefixes of its code.
 */
export const NATIONAL_CODE = '00';

export const REGION_LEVELS = ['national', 'province', 'regency', 'district', 'village'] as const;
export type RegionLevelName = (typeof REGION_LEVELS)[number];
export type RegionKind = 'national' | 'province' | 'regency' | 'city' | 'district' | 'village';

const CODE_PATTERN = /^(?:00|\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?)$/;

export function isRegionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** 0 national, 1 province, 2 regency/city, 3 district, 4 village. */
export function levelOfCode(code: string): number {
  return code === NATIONAL_CODE ? 0 : code.split('.').length;
}

export function parentOfCode(code: string): string | null {
  if (code === NATIONAL_CODE) return null;
  const cut = code.lastIndexOf('.');
  return cut < 0 ? NATIONAL_CODE : code.slice(0, cut);
}

/** `15.03.04` → `['00', '15', '15.03', '15.03.04']`: the code path from the country down. */
export function codePath(code: string): string[] {
  if (code === NATIONAL_CODE) return [NATIONAL_CODE];
  const parts = code.split('.');
  return [NATIONAL_CODE, ...parts.map((_, i) => parts.slice(0, i + 1).join('.'))];
}

/** True when `code` is `ancestor` itself or lies inside it (the check behind rollups and scope). */
export function isWithin(code: string, ancestor: string): boolean {
  return ancestor === NATIONAL_CODE || code === ancestor || code.startsWith(`${ancestor}.`);
}

/** Regency codes 71–99 are cities (kota) in Kemendagri numbering; the official name says so too. */
export function kindOfRegion(level: number, officialName: string): RegionKind {
  if (level === 2) return /^KOTA\b/i.test(officialName) ? 'city' : 'regency';
  return REGION_LEVELS[level] as RegionKind;
}

const KEEP_UPPER = new Set(['DKI', 'DI', 'NTB', 'NTT']);
const KEEP_LOWER = new Set(['dan']);

/**
 * The official list writes provinces and regencies in capitals ("KABUPATEN PANGKAJENE DAN KEPULAUAN");
 * show them in title case ("Kabupaten Pangkajene dan Kepulauan"), keeping acronyms such as DKI.
 * District and village names are already written in mixed case and are kept as they are.
 */
export function displayName(officialName: string, level: number): string {
  if (level > 2 || officialName !== officialName.toUpperCase()) return officialName.trim();
  return officialName
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (KEEP_UPPER.has(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && KEEP_LOWER.has(lower)) return lower;
      return lower.replace(
        /(^|[-(/.])(\p{L})/gu,
        (_m, sep: string, letter: string) => sep + letter.toUpperCase(),
      );
    })
    .join(' ');
}

/** What the children of a region of each level are called ("3 dari 11 kabupaten/kota"). */
export const CHILD_UNITS: Readonly<Record<number, { id: string; en: string }>> = {
  0: { id: 'provinsi', en: 'provinces' },
  1: { id: 'kabupaten/kota', en: 'regencies/cities' },
  2: { id: 'kecamatan', en: 'districts' },
  3: { id: 'desa/kelurahan', en: 'villages' },
};
