import { type IdentifierProblem, isAsciiDigits, problem } from './identifier-problem.ts';

/**
 * KPJ (Kartu Peserta Jamsostek, participant number) and NPP (Nomor Pendaftaran Perusahaan, employer
 * number), domain rules §4: form checks only, because no published rule fixes their structure.
 * KPJ is commonly 11 digits (confidence M–L); NPP examples are 8 digits (L). Both stay strings:
 * leading zeros are part of the number.
 */
export const KPJ_DIGITS = 11;
export const NPP_DIGITS = 8;

export interface KpjCheck {
  kpj: string;
  valid: boolean;
  errors: IdentifierProblem[];
  confidence: 'M' | 'L';
}

export interface NppCheck {
  npp: string;
  valid: boolean;
  errors: IdentifierProblem[];
  confidence: 'L';
}

/** The length rules are the uncertain part of both (KPJ "commonly", NPP "examples"): their message says so. */
function formProblems(prefix: 'KPJ' | 'NPP', value: string, digits: number): IdentifierProblem[] {
  const errors: IdentifierProblem[] = [];
  if (value !== '' && !isAsciiDigits(value)) {
    errors.push(
      problem(
        `${prefix}_NOT_DIGITS`,
        `${prefix} hanya boleh berisi angka 0–9`,
        `A ${prefix} may contain only the digits 0–9`,
      ),
    );
  }
  const length = Array.from(value).length;
  if (length !== digits) {
    errors.push(
      problem(
        `${prefix}_LENGTH`,
        `${prefix} umumnya ${digits} digit, yang diberikan ${length} karakter (keyakinan aturan: rendah)`,
        `A ${prefix} is usually ${digits} digits; ${length} characters were given (rule confidence: low)`,
      ),
    );
  }
  return errors;
}

/**
 * Confidence says how far to trust the verdict. "Digits only, 11 of them" matches the KPJ numbers
 * seen in practice (M). A rejection for length alone rests on "commonly 11", the weak half of
 * M–L, so it is reported as L: a caller may let such a number through with a warning.
 */
export function checkKpj(kpj: string): KpjCheck {
  const value = kpj.trim();
  const errors = formProblems('KPJ', value, KPJ_DIGITS);
  const lengthOnly = errors.length === 1 && errors[0]?.code === 'KPJ_LENGTH';
  return { kpj: value, valid: errors.length === 0, errors, confidence: lengthOnly ? 'L' : 'M' };
}

/** NPP: 8 digits from examples only (L), whatever the verdict. */
export function checkNpp(npp: string): NppCheck {
  const value = npp.trim();
  const errors = formProblems('NPP', value, NPP_DIGITS);
  return { npp: value, valid: errors.length === 0, errors, confidence: 'L' };
}
