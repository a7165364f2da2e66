import { AppError } from '../shared/errors.ts';

/** One dated regulation value. Rates are basis points, amounts whole rupiah. */
export interface RegulationParameter {
  readonly code: string;
  /** First day the value applies (ISO date). */
  readonly effectiveFrom: string;
  /** Last day it applies, inclusive; null while in force. */
  readonly effectiveTo: string | null;
  readonly value: number;
  readonly unit: 'rupiah' | 'bp' | 'count' | 'months' | 'years' | 'flag';
  readonly legalBasis: string;
  readonly article: string | null;
  readonly confidence: 'H' | 'M' | 'L';
  readonly note: string | null;
}

/** The parameter named `code` in force on `asOf` (ISO date), or null. Pure: the date is always given. */
export function parameterInForce(
  parameters: readonly RegulationParameter[],
  code: string,
  asOf: string,
): RegulationParameter | null {
  let found: RegulationParameter | null = null;
  for (const p of parameters) {
    if (p.code !== code || p.effectiveFrom > asOf || (p.effectiveTo !== null && p.effectiveTo < asOf))
      continue;
    if (found === null || p.effectiveFrom > found.effectiveFrom) found = p;
  }
  return found;
}

/** Like {@link parameterInForce} but a missing value is an error that names it, never a silent zero. */
export function requireParameter(
  parameters: readonly RegulationParameter[],
  code: string,
  asOf: string,
): RegulationParameter {
  const found = parameterInForce(parameters, code, asOf);
  if (!found) {
    throw new AppError(
      'REGULATION_PARAMETER_MISSING',
      {
        id: `Parameter regulasi "${code}" tidak tersedia untuk tanggal ${asOf}; administrator perlu mengisinya.`,
        en: `Regulation parameter "${code}" has no value for ${asOf}; an administrator must enter it.`,
      },
      { code, asOf },
    );
  }
  return found;
}

/** Rows of one code must not overlap in time: returns the codes whose periods do. */
export function overlappingCodes(parameters: readonly RegulationParameter[]): string[] {
  const byCode = new Map<string, RegulationParameter[]>();
  for (const p of parameters) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  const overlapping: string[] = [];
  for (const [code, rows] of byCode) {
    const sorted = [...rows].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      if (previous.effectiveTo === null || previous.effectiveTo >= sorted[i]!.effectiveFrom) {
        overlapping.push(code);
        break;
      }
    }
  }
  return overlapping;
}
