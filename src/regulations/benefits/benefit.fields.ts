import type { Bilingual } from '../../shared/errors.ts';
import {
  BENEFIT_KINDS,
  type BenefitInput,
  type BenefitKind,
  JHT_WITHDRAWALS,
  JKP_REASONS,
  SCHOLARSHIP_CAUSES,
} from './benefit.types.ts';

export interface BenefitField {
  readonly name: keyof BenefitInput;
  readonly kind: 'int' | 'date' | 'enum' | 'json';
  readonly values?: readonly string[];
  /** Whole-number range: outside it a value is a typo, not a wage. */
  readonly min?: number;
  readonly max?: number;
  readonly description: Bilingual;
  /** Benefits that take the field; giving it to another one is an input error. */
  readonly appliesTo: readonly BenefitKind[];
}

const WAGE_MAX = 10_000_000_000;
const ALL = BENEFIT_KINDS;
const f = (
  name: keyof BenefitInput,
  kind: BenefitField['kind'],
  appliesTo: readonly BenefitKind[],
  id: string,
  en: string,
  extra: Partial<Pick<BenefitField, 'values' | 'min' | 'max'>> = {},
): BenefitField => ({ name, kind, appliesTo, description: { id, en }, ...extra });

/**
 * Field metadata so the CLI flags and HTTP schema are generated from one list, and the validator
 * (benefit.input.ts) checks types, ranges and "does this benefit take it" from the same list.
 */
export const BENEFIT_FIELDS: readonly BenefitField[] = [
  f('benefit', 'enum', ALL, 'Jenis manfaat', 'Benefit', { values: BENEFIT_KINDS }),
  f(
    'asOf',
    'date',
    ALL,
    'Tanggal acuan bila tanggal kejadian kosong',
    'Date used when the event date is absent',
  ),
  f(
    'wage',
    'int',
    ['jkk-death', 'jkk-disability', 'stmb', 'jkp'],
    'Upah terakhir sebulan',
    'Last monthly wage',
    {
      min: 1,
      max: WAGE_MAX,
    },
  ),
  f(
    'months',
    'int',
    ['stmb', 'jht'],
    'STMB: bulan tidak mampu bekerja; JHT: bulan proyeksi',
    'STMB: months of incapacity; JHT: months to project',
    { min: 1, max: 600 },
  ),
  f(
    'eventDate',
    'date',
    ['jkk-death', 'jkk-disability', 'stmb', 'scholarship'],
    'Tanggal kecelakaan kerja',
    'Accident date',
  ),
  f('deathDate', 'date', ['jkm', 'jkk-death', 'scholarship'], 'Tanggal meninggal', 'Date of death'),
  f('dismissalDate', 'date', ['jkp'], 'Tanggal PHK', 'Dismissal date'),
  f(
    'contributionMonths',
    'int',
    ['scholarship', 'jp', 'jkp'],
    'Masa iur (bulan); JKP: dalam 24 bulan terakhir',
    'Contribution months; JKP: within the last 24',
    { min: 0, max: 900 },
  ),
  f('averageWage', 'int', ['jp'], 'Rata-rata upah tertimbang sebulan', 'Average indexed monthly wage', {
    min: 1,
    max: WAGE_MAX,
  }),
  f('retirementDate', 'date', ['jp'], 'Tanggal mulai pensiun', 'Date the pension starts'),
  f(
    'disabilityPercent',
    'int',
    ['jkk-disability'],
    'Persen cacat (kosong/100 = cacat total tetap)',
    'Disability percent (omitted/100 = total permanent)',
    { min: 1, max: 100 },
  ),
  f(
    'cause',
    'enum',
    ['scholarship'],
    'Sebab: jkm (bukan kecelakaan kerja) atau jkk',
    'Cause: jkm (not work-related) or jkk',
    { values: SCHOLARSHIP_CAUSES },
  ),
  f(
    'children',
    'json',
    ['scholarship'],
    'Anak: [{"level":"tk-sd|smp|sma|university","years":n}] (years = sisa tahun di jenjang itu)',
    'Children: [{"level":"tk-sd|smp|sma|university","years":n}] (years = years left at that level)',
  ),
  f(
    'consecutiveMonths',
    'int',
    ['jkp'],
    'Bulan iur berturut-turut sebelum PHK',
    'Contribution months in a row before dismissal',
    { min: 0, max: 900 },
  ),
  f('reason', 'enum', ['jkp'], 'Alasan berakhirnya kerja', 'Why the job ended', { values: JKP_REASONS }),
  f('ageAtRegistration', 'int', ['jkp'], 'Usia saat terdaftar', 'Age when registered', { min: 0, max: 120 }),
  f(
    'monthsSinceDismissal',
    'int',
    ['jkp'],
    'Bulan sejak PHK sampai klaim',
    'Months from dismissal to claim',
    { min: 0, max: 600 },
  ),
  f('balance', 'int', ['jht'], 'Saldo JHT', 'JHT balance', { min: 0, max: 100_000_000_000 }),
  f('monthlyContribution', 'int', ['jht'], 'Iuran JHT sebulan', 'Monthly JHT contribution', {
    min: 0,
    max: 1_000_000_000,
  }),
  f(
    'returnRateBp',
    'int',
    ['jht', 'jp'],
    'Hasil pengembangan setahun (basis poin)',
    'Yearly development return (basis points)',
    { min: 0, max: 2_000 },
  ),
  f('membershipYears', 'int', ['jht'], 'Masa kepesertaan (tahun)', 'Years of membership', {
    min: 0,
    max: 80,
  }),
  f(
    'withdrawal',
    'enum',
    ['jht'],
    'Pengambilan sebagian: retirement (10%) atau housing (30%)',
    'Partial withdrawal: retirement (10%) or housing (30%)',
    { values: JHT_WITHDRAWALS },
  ),
  f('previousWithdrawals', 'int', ['jht'], 'Pengambilan sebagian sebelumnya', 'Earlier partial withdrawals', {
    min: 0,
    max: 100,
  }),
];
