import type { Lang } from '../../shared/format.ts';
import { both } from '../explain.ts';
import { type BenefitDraft, basis, invalidInput } from './benefit.draft.ts';
import type { BenefitInput } from './benefit.types.ts';

/** One JKP eligibility rule: the input it needs, the parameter it compares with, and its wording. */
interface JkpRule {
  readonly code: string;
  readonly given: (input: BenefitInput) => number | string | undefined;
  readonly met: (value: number | string, limit: number) => boolean;
  readonly text: (value: number | string, limit: number, l: Lang) => string;
  readonly missing: (limit: number, l: Lang) => string;
}

const RULES: readonly JkpRule[] = [
  {
    code: 'jkp.min_contribution_months',
    given: (i) => i.contributionMonths,
    met: (v, limit) => Number(v) >= limit,
    text: (v, limit, l) =>
      l === 'id'
        ? `${v} bulan iur dalam 24 bulan sebelum PHK; perlu ≥ ${limit}`
        : `${v} contribution months within the 24 before dismissal; needs ≥ ${limit}`,
    missing: (limit, l) =>
      l === 'id' ? `masa iur ${limit} dalam 24 bulan` : `${limit} contribution months within 24`,
  },
  {
    code: 'jkp.min_consecutive_months',
    given: (i) => i.consecutiveMonths,
    met: (v, limit) => Number(v) >= limit,
    text: (v, limit, l) =>
      l === 'id'
        ? `${v} bulan iur berturut-turut sebelum PHK; perlu ≥ ${limit}`
        : `${v} contribution months in a row before dismissal; needs ≥ ${limit}`,
    missing: (limit, l) => (l === 'id' ? `${limit} bulan berturut-turut` : `${limit} months in a row`),
  },
  {
    code: 'jkp.claim_window_months',
    given: (i) => i.monthsSinceDismissal,
    met: (v, limit) => Number(v) <= limit,
    text: (v, limit, l) =>
      l === 'id'
        ? `Klaim ${v} bulan sesudah PHK; paling lama ${limit}`
        : `Claim ${v} months after dismissal; at most ${limit}`,
    missing: (limit, l) => (l === 'id' ? `klaim dalam ${limit} bulan` : `claim within ${limit} months`),
  },
  {
    code: 'jkp.max_registration_age',
    given: (i) => i.ageAtRegistration,
    met: (v, limit) => Number(v) < limit,
    text: (v, limit, l) =>
      l === 'id'
        ? `Terdaftar pada usia ${v}; harus di bawah ${limit}`
        : `Registered at age ${v}; must be under ${limit}`,
    missing: (limit, l) => (l === 'id' ? `terdaftar sebelum usia ${limit}` : `registered under ${limit}`),
  },
];

/**
 * JKP eligibility (PP 37/2021 jo. PP 6/2025): 12 contribution months within 24 with 6 in a row before
 * the dismissal, dismissal as the reason, claim within 6 months, registered under 54. Each rule whose
 * input is given becomes a condition; the others are listed in one "not checked" note.
 */
export function checkJkpConditions(d: BenefitDraft, input: BenefitInput): void {
  const window = d.value('jkp.contribution_window_months');
  if (input.contributionMonths !== undefined && input.contributionMonths > window)
    throw invalidInput('contributionMonths', {
      id: `JKP: isi bulan iur dalam ${window} bulan terakhir (paling banyak ${window}), bukan ${input.contributionMonths}`,
      en: `JKP: give the contribution months within the last ${window} (at most ${window}), not ${input.contributionMonths}`,
    });
  const skipped: { id: string[]; en: string[] } = { id: [], en: [] };
  for (const rule of RULES) {
    const limit = d.row(rule.code);
    const value = rule.given(input);
    if (value === undefined) {
      skipped.id.push(rule.missing(limit.value, 'id'));
      skipped.en.push(rule.missing(limit.value, 'en'));
    } else
      d.check(
        rule.code,
        rule.met(value, limit.value),
        both((l) => `${rule.text(value, limit.value, l)} (${basis(limit)})`),
      );
  }
  checkReason(d, input, skipped);
  if (skipped.id.length > 0)
    d.note({
      id: `Tidak diperiksa (data tidak diisi): ${skipped.id.join('; ')}.`,
      en: `Not checked (not given): ${skipped.en.join('; ')}.`,
    });
}

/** Only a dismissal qualifies; the flags `jkp.reason.*` say which reasons do (1) and which do not (0). */
function checkReason(d: BenefitDraft, input: BenefitInput, skipped: { id: string[]; en: string[] }): void {
  const reason = input.reason;
  if (reason === undefined) {
    skipped.id.push('alasan berakhirnya kerja (hanya PHK)');
    skipped.en.push('why the job ended (dismissal only)');
    return;
  }
  const flag = d.row(`jkp.reason.${reason}`);
  const ok = flag.value === 1;
  d.check(
    'jkp.reason',
    ok,
    both((l) =>
      l === 'id'
        ? `Alasan "${reason}": ${ok ? 'berhak' : 'tidak berhak, hanya PHK'} (${basis(flag)})`
        : `Reason "${reason}": ${ok ? 'qualifies' : 'does not qualify, dismissal only'} (${basis(flag)})`,
    ),
  );
}
