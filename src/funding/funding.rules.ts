import type { PayerKind } from '../registry/membership.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import { type Month, monthsBetween, yearOf } from '../shared/month.ts';

export const FUNDER_KINDS = ['province', 'regency', 'village', 'csr', 'zakat', 'other'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const FUNDING_SOURCES = [
  'apbd',
  'apbd_perubahan',
  'add',
  'dana_desa',
  'dbh_sawit',
  'csr',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_STATUSES = ['draft', 'active', 'closed'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** Poverty levels of the social-welfare list: extreme = decile 1 (Inpres 4/2022), poor = 2–4, vulnerable = 5+. */
export const POVERTY_LEVELS = ['extreme', 'poor', 'vulnerable'] as const;
export type PovertyLevel = (typeof POVERTY_LEVELS)[number];

export const FUNDER_KIND_LABELS: Record<FunderKind, Bilingual> = {
  province: { id: 'Pemerintah Provinsi', en: 'Provincial government' },
  regency: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency/city government' },
  village: { id: 'Pemerintah Desa', en: 'Village government' },
  csr: { id: 'CSR perusahaan', en: 'Company CSR' },
  zakat: { id: 'Badan/lembaga amil zakat', en: 'Zakat body' },
  other: { id: 'Lainnya', en: 'Other' },
};

export const SOURCE_LABELS: Record<FundingSource, Bilingual> = {
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  apbd_perubahan: { id: 'APBD Perubahan', en: 'Revised regional budget (APBD-P)' },
  add: { id: 'Alokasi Dana Desa (ADD)', en: 'Village fund allocation (ADD)' },
  dana_desa: { id: 'Dana Desa (padat karya tunai desa)', en: 'Village fund (village cash-for-work)' },
  dbh_sawit: { id: 'DBH Sawit', en: 'Palm-oil revenue share (DBH Sawit)' },
  csr: { id: 'CSR', en: 'Corporate social responsibility (CSR)' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * The membership payer of a funder. Provinces, regencies and villages pay from a government budget
 * (APBD, APBDes — village money is public money too), so their workers get no PP 50/2025 discount;
 * CSR and zakat bodies are not government budgets and keep it.
 */
export function payerKindOfFunder(kind: FunderKind): PayerKind {
  if (kind === 'csr') return 'csr';
  if (kind === 'province' || kind === 'regency' || kind === 'village') return 'government';
  return 'group';
}

/** The quote engine's payer for the same funder (`apbd` turns the PP 50/2025 discount off). */
export const quotePayerOfFunder = (kind: FunderKind): 'apbd' | 'other' =>
  payerKindOfFunder(kind) === 'government' ? 'apbd' : 'other';

/** The payer key of the bills a program receives (billing.rules payerKeyOf: `program:<kind>:<ref>`). */
export const payerKeyOfProgram = (funderKind: FunderKind, code: string): string =>
  `program:${payerKindOfFunder(funderKind)}:${code}`;

export interface ProgramShape {
  readonly fiscalYear: number;
  readonly budget: number;
  readonly periodFrom: Month;
  readonly periodTo: Month;
  readonly funderKind: FunderKind;
  readonly source: FundingSource;
}

export interface ProgramProblem {
  readonly field: string;
  readonly code: string;
  readonly message: Bilingual;
}

/**
 * The checks of a program that need no database: the period lies in the fiscal year (a budget is
 * spent in its own year), the budget buys at least one worker-month at the cheapest month, and the
 * money fits the funder (village money from a village, CSR from a company).
 *
 * @example programProblems({ fiscalYear: 2024, periodFrom: '2024-11', periodTo: '2025-01', … }, [16_800])
 *   // [{ field: 'periodTo', code: 'PERIOD_OUTSIDE_FISCAL_YEAR', … }]
 */
export function programProblems(p: ProgramShape, monthCosts: readonly number[]): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  for (const field of ['periodFrom', 'periodTo'] as const) {
    if (yearOf(p[field]) !== p.fiscalYear)
      problems.push({
        field,
        code: 'PERIOD_OUTSIDE_FISCAL_YEAR',
        message: {
          id: `Periode ${p[field]} di luar tahun anggaran ${p.fiscalYear}`,
          en: `Period ${p[field]} is outside fiscal year ${p.fiscalYear}`,
        },
      });
  }
  if (p.periodTo < p.periodFrom)
    problems.push({
      field: 'periodTo',
      code: 'PERIOD_REVERSED',
      message: { id: 'Akhir periode sebelum awal periode', en: 'The period ends before it starts' },
    });
  const cheapest = monthCosts.length > 0 ? Math.min(...monthCosts) : null;
  if (cheapest !== null && p.budget < cheapest)
    problems.push({
      field: 'budget',
      code: 'BUDGET_BELOW_ONE_WORKER_MONTH',
      message: {
        id: `Anggaran Rp${p.budget.toLocaleString('id-ID')} kurang dari iuran satu pekerja satu bulan (Rp${cheapest.toLocaleString('id-ID')})`,
        en: `Budget Rp${p.budget.toLocaleString('en-US')} is less than one worker-month of contributions (Rp${cheapest.toLocaleString('en-US')})`,
      },
    });
  const villageMoney = p.source === 'add' || p.source === 'dana_desa';
  if (villageMoney && p.funderKind !== 'village')
    problems.push({
      field: 'source',
      code: 'SOURCE_NOT_OF_FUNDER',
      message: {
        id: 'ADD dan Dana Desa hanya dapat dipakai oleh pemerintah desa',
        en: 'ADD and Dana Desa can only be spent by a village government',
      },
    });
  return problems;
}

/** The months of a program's period, in order. */
export const periodMonths = (from: Month, to: Month): Month[] => (to < from ? [] : monthsBetween(from, to));

/** The funder's region level: a village program names a village, a regency program a regency… */
export function regionLevelProblem(kind: FunderKind, level: number): ProgramProblem | null {
  const expected = kind === 'province' ? 1 : kind === 'regency' ? 2 : kind === 'village' ? 4 : null;
  if (expected === null || expected === level) return null;
  return {
    field: 'regionCode',
    code: 'REGION_NOT_OF_FUNDER',
    message: {
      id: `Wilayah pemberi dana harus ${expected === 1 ? 'provinsi' : expected === 2 ? 'kabupaten/kota' : 'desa/kelurahan'}`,
      en: `The funder's region must be a ${expected === 1 ? 'province' : expected === 2 ? 'regency/city' : 'village'}`,
    },
  };
}
