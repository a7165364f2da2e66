import { parseMonth } from '../../../../src/shared/month.ts';
import { ApiError } from '../../api/client.ts';
import type { ProgramInput } from '../../api/useFunding.ts';
import type { MessageKey } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';

/** The create-program form as typed: every control's text (numbers parsed on sending). */
export interface Draft {
  code: string;
  name: string;
  funderKind: string;
  funderName: string;
  regionCode: string;
  source: string;
  fiscalYear: string;
  budget: string;
  jht: boolean;
  declaredIncome: string;
  periodFrom: string;
  periodTo: string;
  villages: string;
  occupations: string;
  poverty: string[];
  legalBasis: string;
  notes: string;
  status: string;
}
export type DraftField = keyof Draft;
/** One problem per field: a message key (found here) or the server's own words (schema check). */
export type FieldErrors = Partial<Record<DraftField, MessageKey | { id: string; en: string }>>;

export interface HomeRegion {
  code: string;
  name: string;
  level: number;
}

const FUNDER_OF_LEVEL: Record<number, string> = { 1: 'province', 2: 'regency', 4: 'village' };

/**
 * A local government's usual program: its own region and budget (APBD), JKK + JKM for the whole
 * fiscal year (January to December), as a draft until the budget is passed.
 *
 * @example initialDraft(2025, { code: '15.03', name: 'Kabupaten Sarolangun', level: 2 })
 * // → funderKind 'regency', funderName 'Pemerintah Kabupaten Sarolangun', period 2025-01…2025-12
 */
export function initialDraft(year: number, home: HomeRegion | null): Draft {
  const kind = home ? FUNDER_OF_LEVEL[home.level] : undefined;
  return {
    code: '',
    name: '',
    funderKind: kind ?? 'regency',
    funderName: home && kind ? `Pemerintah ${home.name}` : '',
    regionCode: home && kind ? home.code : '',
    source: 'apbd',
    fiscalYear: String(year),
    budget: '',
    jht: false,
    declaredIncome: '',
    periodFrom: `${year}-01`,
    periodTo: `${year}-12`,
    villages: '',
    occupations: '',
    poverty: [],
    legalBasis: '',
    notes: '',
    status: 'draft',
  };
}

/** A new fiscal year moves a period still at the old year's January–December along with it. */
export function withFiscalYear(draft: Draft, text: string): Draft {
  const old = draft.fiscalYear;
  const whole = draft.periodFrom === `${old}-01` && draft.periodTo === `${old}-12`;
  if (!whole || !/^\d{4}$/.test(text)) return { ...draft, fiscalYear: text };
  return { ...draft, fiscalYear: text, periodFrom: `${text}-01`, periodTo: `${text}-12` };
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const REGION = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Codes separated by commas, semicolons, spaces or lines; occupations by commas, semicolons or lines. */
export const splitCodes = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
export const splitLines = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What the form can tell before sending (the server checks the rest: fiscal year, region level…). */
export function draftErrors(d: Draft): FieldErrors {
  const errors: FieldErrors = {};
  if (!CODE.test(d.code)) errors.code = 'fundErrCode';
  if (d.name.trim().length < 3) errors.name = 'fundErrName';
  if (d.funderName.trim().length < 2) errors.funderName = 'fundErrFunderName';
  if (!REGION.test(d.regionCode.trim())) errors.regionCode = 'fundErrRegion';
  if (!/^\d{4}$/.test(d.fiscalYear)) errors.fiscalYear = 'fundErrYear';
  const budget = parseWhole(d.budget);
  if (budget === null || budget < 1) errors.budget = 'fundErrBudget';
  if (d.declaredIncome.trim() && (parseWhole(d.declaredIncome) ?? 0) < 1)
    errors.declaredIncome = 'fundErrIncome';
  if (!parseMonth(d.periodFrom)) errors.periodFrom = 'fundErrMonth';
  if (!parseMonth(d.periodTo)) errors.periodTo = 'fundErrMonth';
  else if (parseMonth(d.periodFrom) && d.periodTo < d.periodFrom) errors.periodTo = 'fundErrPeriodOrder';
  if (splitCodes(d.villages).some((v) => !REGION.test(v))) errors.villages = 'fundErrVillages';
  return errors;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The POST /funding/programs body of a draft without errors. */
export function draftBody(d: Draft): ProgramInput {
  const villages = splitCodes(d.villages);
  const occupations = splitLines(d.occupations);
  return {
    code: d.code,
    name: d.name.trim(),
    funderKind: d.funderKind as ProgramInput['funderKind'],
    funderName: d.funderName.trim(),
    regionCode: d.regionCode.trim(),
    source: d.source as ProgramInput['source'],
    fiscalYear: Number(d.fiscalYear),
    budget: parseWhole(d.budget) ?? 0,
    programs: d.jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
    ...(d.declaredIncome.trim() ? { declaredIncome: parseWhole(d.declaredIncome) ?? 0 } : {}),
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    eligibleVillages: villages.length > 0 ? villages : null,
    eligibleOccupations: occupations.length > 0 ? occupations : null,
    povertyLevels: d.poverty.length > 0 ? (d.poverty as NonNullable<ProgramInput['povertyLevels']>) : null,
    legalBasis: orNull(d.legalBasis),
    notes: orNull(d.notes),
    status: d.status as ProgramInput['status'],
  };
}

const SERVER_FIELD: Record<string, DraftField> = {
  programs: 'jht',
  eligibleVillages: 'villages',
  eligibleOccupations: 'occupations',
  povertyLevels: 'poverty',
};

/**
 * The fields the server named: a schema check lists `{ field: 'body/budget', problem }` (its own
 * words), a domain refusal `{ id, en }` per problem — with `field` when the server says which one
 * (src/funding/funding.rules.ts knows it). Problems without a field stay in the list under the form.
 */
export function serverFieldErrors(error: Error | null): FieldErrors {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const errors: FieldErrors = {};
  for (const item of error.details as { field?: unknown; problem?: unknown; id?: unknown; en?: unknown }[]) {
    if (typeof item.field !== 'string') continue;
    const name = item.field.replace(/^body\/?/, '').split('/')[0] ?? '';
    const field = SERVER_FIELD[name] ?? (name as DraftField);
    if (typeof item.id === 'string' && typeof item.en === 'string')
      errors[field] = { id: item.id, en: item.en };
    else if (typeof item.problem === 'string') errors[field] = { id: item.problem, en: item.problem };
  }
  return errors;
}
