import type { MessageKey, Translate } from '../i18n.ts';

/** "Provinsi", "Kabupaten"/"Kota" (by kind), "Kecamatan", "Desa/Kelurahan". */
export function levelLabel(t: Translate, level: number, kind?: string): string {
  if (level === 2 && kind === 'city') return t('levelCity');
  if (level === 2 && kind === 'regency') return t('levelRegency');
  const keys: MessageKey[] = [
    'levelNational',
    'levelProvince',
    'levelRegencyCity',
    'levelDistrict',
    'levelVillage',
  ];
  return t(keys[level] ?? 'levelVillage');
}

/** Lower-case plural used in running text: "kabupaten/kota", "kecamatan". */
export function pluralLabel(t: Translate, level: number): string {
  const keys: MessageKey[] = [
    'pluralProvince',
    'pluralProvince',
    'pluralRegency',
    'pluralDistrict',
    'pluralVillage',
  ];
  return t(keys[level] ?? 'pluralVillage');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function levelOfCode(code: string): number {
  return code === '00' ? 0 : code.split('.').length;
}
