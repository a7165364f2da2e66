import type { Bilingual } from '../../shared/errors.ts';
import type { ROUNDING_RULE } from '../../shared/money.ts';
import type { UsedParameter } from '../parameter-book.ts';

export const BENEFIT_KINDS = [
  'jkm',
  'jkk-death',
  'jkk-disability',
  'stmb',
  'jkp',
  'jp',
  'scholarship',
  'jht',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** School levels of the PP 82/2019 scholarship, in the order a child passes through them. */
export const SCHOLARSHIP_LEVELS = ['tk-sd', 'smp', 'sma', 'university'] as const;
export type ScholarshipLevel = (typeof SCHOLARSHIP_LEVELS)[number];

export const SCHOLARSHIP_CAUSES = ['jkm', 'jkk'] as const;
export const JKP_REASONS = [
  'dismissal',
  'resignation',
  'retirement',
  'contract-end',
  'disability',
  'death',
] as const;
export const JHT_WITHDRAWALS = ['retirement', 'housing'] as const;

/**
 * One child of the scholarship: the level the child is at on the event date and how many years of
 * that level are still to be paid (default: the level's maximum). The quote pays those years and then
 * every later level at its maximum — the most the child can receive by staying in school.
 */
export interface ScholarshipChild {
  readonly level: ScholarshipLevel;
  readonly years?: number;
}

/** Everything a caller may give; which fields a benefit takes is listed in {@link BENEFIT_FIELDS}. */
export interface BenefitInput {
  readonly benefit: BenefitKind;
  /** ISO date used when the benefit's own date field is absent (the caller passes "today"). */
  readonly asOf?: string;
  /** Last reported monthly wage (JKK, STMB, JKP). */
  readonly wage?: number;
  /** STMB: months of temporary incapacity; JHT: months to project. */
  readonly months?: number;
  /** Accident / event date (JKK, STMB, scholarship with cause jkk): picks the parameters. */
  readonly eventDate?: string;
  /** JKM, JKK death, scholarship: date of death. */
  readonly deathDate?: string;
  /** JKP: picks the PP 37/2021 or PP 6/2025 rule. */
  readonly dismissalDate?: string;
  /** Scholarship (cause jkm: ≥ 36), JP (≥ 180), JKP (months paid within the last 24, ≥ 12). */
  readonly contributionMonths?: number;
  /** JP: average indexed monthly wage. */
  readonly averageWage?: number;
  /** JP: date the pension starts (reads min/max and pension age of that date). */
  readonly retirementDate?: string;
  /** jkk-disability: omitted or 100 = total permanent (56×), else partial: percent × 80 × wage. */
  readonly disabilityPercent?: number;
  /** Scholarship: death not by work (jkm, needs ≥ 36 contribution months) or work accident (jkk). */
  readonly cause?: (typeof SCHOLARSHIP_CAUSES)[number];
  /** Scholarship: the children (at most `scholarship.max_children` are paid, in the order given). */
  readonly children?: readonly ScholarshipChild[];
  /** JKP: contribution months in a row just before the dismissal (≥ 6). */
  readonly consecutiveMonths?: number;
  /** JKP: why the job ended; only a dismissal qualifies. */
  readonly reason?: (typeof JKP_REASONS)[number];
  /** JKP: age when the worker was registered (must be under 54). */
  readonly ageAtRegistration?: number;
  /** JKP: months from the dismissal to the claim (at most 6). */
  readonly monthsSinceDismissal?: number;
  /** JHT: current balance (projection start, or the base of a partial withdrawal). */
  readonly balance?: number;
  /** JHT projection: contribution added at the end of each month (employer 3.7 % + worker 2 %). */
  readonly monthlyContribution?: number;
  /** JHT projection / JP lump sum: yearly development return in basis points (else `*.return_rate`). */
  readonly returnRateBp?: number;
  /** JHT partial withdrawal: whole years of membership (≥ 10). */
  readonly membershipYears?: number;
  /** JHT: partial withdrawal purpose; omitted = balance projection. */
  readonly withdrawal?: (typeof JHT_WITHDRAWALS)[number];
  /** JHT partial withdrawal: partial withdrawals already taken (the law allows one). */
  readonly previousWithdrawals?: number;
}

export interface BenefitComponent {
  readonly code: string;
  readonly label: Bilingual;
  readonly amount: number;
  readonly explanation: Bilingual;
}

export interface BenefitCondition {
  readonly code: string;
  readonly met: boolean;
  readonly explanation: Bilingual;
}

export interface BenefitQuote {
  readonly benefit: BenefitKind;
  /** The date whose parameters were read. */
  readonly asOf: string;
  /** False when a condition fails: total is then 0 and `conditions` say why (JP: the lump sum instead). */
  readonly eligible: boolean;
  /** Whole rupiah paid in total; always the sum of `components` (JP pension: one monthly payment). */
  readonly total: number;
  /** JP: first-year monthly pension (0 under 180 months); STMB and JKP: the first month's pay. */
  readonly monthly?: number;
  /** JP: pension age in force on the retirement date. */
  readonly pensionAge?: number;
  readonly components: BenefitComponent[];
  readonly conditions: BenefitCondition[];
  readonly notes: Bilingual[];
  /** Every parameter row read, for "which rule, which rate, which cap". */
  readonly parameters: UsedParameter[];
  readonly rounding: typeof ROUNDING_RULE;
}
