import { isIsoDate } from '../shared/dates.ts';
import { AppError, type Bilingual } from '../shared/errors.ts';
import type { RegulationParameter } from './parameters.rules.ts';

export const UNITS = ['rupiah', 'bp', 'count', 'months', 'years', 'flag'] as const;
export const CONFIDENCES = ['H', 'M', 'L'] as const;

/** Every problem of an operator-entered parameter row, in both languages (empty when it is sound). */
export function parameterProblems(p: RegulationParameter): { field: string; message: Bilingual }[] {
  const problems: { field: string; message: Bilingual }[] = [];
  const add = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });
  if (!/^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$/.test(p.code))
    add(
      'code',
      `Kode "${p.code}" tidak sah (mis. pu.jp.wage_cap)`,
      `Code "${p.code}" is not valid (e.g. pu.jp.wage_cap)`,
    );
  if (!isIsoDate(p.effectiveFrom))
    add(
      'effectiveFrom',
      'Tanggal mulai harus tanggal nyata YYYY-MM-DD',
      'Start date must be a real YYYY-MM-DD date',
    );
  if (p.effectiveTo !== null && !isIsoDate(p.effectiveTo))
    add(
      'effectiveTo',
      'Tanggal akhir harus tanggal nyata YYYY-MM-DD',
      'End date must be a real YYYY-MM-DD date',
    );
  if (p.effectiveTo !== null && p.effectiveTo < p.effectiveFrom)
    add('effectiveTo', 'Tanggal akhir sebelum tanggal mulai', 'End date is before the start date');
  if (!Number.isSafeInteger(p.value) || p.value < 0)
    add(
      'value',
      'Nilai harus bilangan bulat ≥ 0 (rupiah utuh, basis poin, …)',
      'Value must be a whole number ≥ 0 (whole rupiah, basis points, …)',
    );
  if (p.unit === 'bp' && p.value > 10_000)
    add('value', 'Tarif di atas 10.000 bp (100%)', 'Rate above 10,000 bp (100%)');
  if (!UNITS.includes(p.unit))
    add('unit', `Satuan harus ${UNITS.join('|')}`, `Unit must be ${UNITS.join('|')}`);
  if (!CONFIDENCES.includes(p.confidence))
    add('confidence', 'Keyakinan harus H, M atau L', 'Confidence must be H, M or L');
  if (p.legalBasis.trim().length < 3)
    add(
      'legalBasis',
      'Dasar hukum wajib diisi (mis. PP 45/2015)',
      'Legal basis is required (e.g. PP 45/2015)',
    );
  return problems;
}

export function requireSoundParameter(p: RegulationParameter): void {
  const problems = parameterProblems(p);
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      {
        id: `Parameter tidak valid: ${problems.map((x) => x.message.id).join('; ')}`,
        en: `Invalid parameter: ${problems.map((x) => x.message.en).join('; ')}`,
      },
      { problems },
    );
}

/** Do two validity ranges share a day? (null end = open.) */
export function rangesOverlap(
  a: Pick<RegulationParameter, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<RegulationParameter, 'effectiveFrom' | 'effectiveTo'>,
): boolean {
  return (
    (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo) &&
    (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo)
  );
}
