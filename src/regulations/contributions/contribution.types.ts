import type { Bilingual } from '../../shared/errors.ts';
import type { ROUNDING_RULE } from '../../shared/money.ts';
import type { Program } from '../explain.ts';
import type { UsedParameter } from '../parameter-book.ts';

export const SEGMENTS = ['pu', 'bpu', 'jakon', 'pmi'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const PU_INDUSTRIES = [
  'food-beverage-tobacco',
  'textile-apparel',
  'leather',
  'footwear',
  'toys',
  'furniture',
  'other',
] as const;
export type PuIndustry = (typeof PU_INDUSTRIES)[number];

export const BPU_SECTORS = ['transport', 'other'] as const;
export const BPU_PAYERS = ['self', 'employer', 'apbn', 'apbd', 'other'] as const;
export const PMI_STAGES = ['pre', 'placement'] as const;

/** Who pays a line: the contract's columns. A BPU third party (CSR, group, village) is `other`. */
export type Payer = 'employer' | 'worker' | 'government' | 'other';

/** Everything a caller may give; which fields a segment accepts is checked in contribution.input.ts. */
export interface ContributionInput {
  readonly segment: Segment;
  /** Contribution month, YYYY-MM. Parameters are read as in force on its last day. */
  readonly month: string;
  readonly wage?: number;
  readonly jkkGroup?: number;
  readonly industry?: PuIndustry;
  readonly workers?: number;
  /** PU: the employer had JKK arrears up to Jan 2025, which excludes it from the PP 7/2025 discount. */
  readonly jkkArrears?: boolean;
  readonly income?: number;
  readonly jht?: boolean;
  readonly sector?: (typeof BPU_SECTORS)[number];
  readonly payer?: (typeof BPU_PAYERS)[number];
  readonly contractValue?: number;
  readonly stage?: (typeof PMI_STAGES)[number];
  readonly contractMonths?: number;
  /** PMI: chosen monthly JHT amount (one of the `pmi.jht_option.*` values). */
  readonly jhtAmount?: number;
}

export interface LineDiscount {
  readonly rateBp: number;
  /** Rupiah taken off this line (already subtracted from the payer's amount). */
  readonly amount: number;
  readonly legalBasis: string;
}

export interface ContributionLine {
  readonly program: Program;
  /** Programs a package covers (PMI pays JKK + JKM as one package); otherwise just `program`. */
  readonly covers: Program[];
  readonly employer: number;
  readonly worker: number;
  readonly government: number;
  readonly other: number;
  /** Sum of the four payers. */
  readonly amount: number;
  /** The amount the rate applied to (after any cap), or null for flat amounts. */
  readonly base: number | null;
  /** Cap in force for this line, or null when the program has none. */
  readonly cap: number | null;
  readonly capApplied: boolean;
  /** Rate per payer in basis points (absent payers omitted). */
  readonly rates: Partial<Record<Payer, number>>;
  readonly discount: LineDiscount | null;
  readonly legalBasis: string[];
  readonly explanation: Bilingual;
}

/** Part of a paid line that the law re-labels as JKP funding: reported, never added to the total again. */
export interface Allocation {
  readonly from: Program;
  readonly to: Program;
  readonly amount: number;
  readonly base: number;
  readonly rateBp: number;
  readonly legalBasis: string;
  readonly explanation: Bilingual;
}

export type PayerTotals = Record<Payer, number>;

export interface ContributionQuote {
  readonly segment: Segment;
  readonly month: string;
  /** The date whose parameters were read (last day of the contribution month). */
  readonly asOf: string;
  readonly lines: ContributionLine[];
  readonly allocations: Allocation[];
  readonly totals: PayerTotals;
  /** Everything paid by all parties (allocations are inside it, not on top). */
  readonly total: number;
  readonly notes: Bilingual[];
  readonly parameters: UsedParameter[];
  readonly rounding: typeof ROUNDING_RULE;
}
