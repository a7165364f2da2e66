import { AppError } from '../shared/errors.ts';
import type { RegulationParameter } from './parameters.rules.ts';

/** What a result cites about each parameter it read: enough to recompute and to find the article. */
export interface UsedParameter {
  readonly code: string;
  readonly value: number;
  readonly unit: RegulationParameter['unit'];
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly legalBasis: string;
  readonly article: string | null;
  readonly confidence: RegulationParameter['confidence'];
}

export const citeParameter = (p: RegulationParameter): UsedParameter => ({
  code: p.code,
  value: p.value,
  unit: p.unit,
  effectiveFrom: p.effectiveFrom,
  effectiveTo: p.effectiveTo,
  legalBasis: p.legalBasis,
  article: p.article,
  confidence: p.confidence,
});

export function missingParameter(code: string, asOf: string): AppError {
  return new AppError(
    'REGULATION_PARAMETER_MISSING',
    {
      id: `Parameter regulasi "${code}" tidak tersedia untuk tanggal ${asOf}; administrator perlu mengisinya (lihat /api/v1/regulations).`,
      en: `Regulation parameter "${code}" has no value for ${asOf}; an administrator must enter it (see /api/v1/regulations).`,
    },
    { code, asOf },
  );
}

/**
 * The dated parameter table indexed by code, so a calculation reads a value in O(rows of that code)
 * instead of scanning the table. Pure: built from rows, asked with an explicit ISO date.
 */
export class ParameterBook {
  private readonly byCode = new Map<string, RegulationParameter[]>();

  constructor(readonly parameters: readonly RegulationParameter[]) {
    for (const p of parameters) {
      const rows = this.byCode.get(p.code);
      if (rows) rows.push(p);
      else this.byCode.set(p.code, [p]);
    }
    // Newest first: the first row that holds the date wins, as in parameterInForce.
    for (const rows of this.byCode.values())
      rows.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  }

  find(code: string, asOf: string): RegulationParameter | null {
    const rows = this.byCode.get(code);
    if (!rows) return null;
    for (const p of rows) {
      if (p.effectiveFrom <= asOf) return p.effectiveTo === null || p.effectiveTo >= asOf ? p : null;
    }
    return null;
  }

  /** The row in force, or an error naming the missing parameter (never a silent zero). */
  require(code: string, asOf: string): RegulationParameter {
    const found = this.find(code, asOf);
    if (!found) throw missingParameter(code, asOf);
    return found;
  }

  /** Every parameter whose code starts with `prefix` and is in force on `asOf`, ordered by code. */
  withPrefix(prefix: string, asOf: string): RegulationParameter[] {
    const found: RegulationParameter[] = [];
    for (const code of this.byCode.keys()) {
      if (!code.startsWith(prefix)) continue;
      const p = this.find(code, asOf);
      if (p) found.push(p);
    }
    return found.sort((a, b) => a.code.localeCompare(b.code));
  }

  /** First day any row of `code` applies, or null when the code has no rows. */
  firstDate(code: string): string | null {
    const rows = this.byCode.get(code);
    return rows?.length ? (rows[rows.length - 1] as RegulationParameter).effectiveFrom : null;
  }
}
