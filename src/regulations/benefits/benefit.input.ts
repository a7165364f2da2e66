import { isIsoDate } from '../../shared/dates.ts';
import { AppError, type Bilingual } from '../../shared/errors.ts';
import { BENEFIT_FIELDS, type BenefitField } from './benefit.fields.ts';
import { BENEFIT_KINDS, type BenefitInput, type BenefitKind, SCHOLARSHIP_LEVELS } from './benefit.types.ts';

type Problem = { field: string; message: Bilingual };
type Add = (field: string, id: string, en: string) => void;

/** The date fields, in order of preference, whose parameters a benefit is computed with. */
function dateChain(input: BenefitInput): (keyof BenefitInput)[] {
  switch (input.benefit) {
    case 'jkm':
      return ['deathDate', 'asOf'];
    case 'jkk-death':
      return ['eventDate', 'deathDate', 'asOf'];
    case 'jkk-disability':
    case 'stmb':
      return ['eventDate', 'asOf'];
    case 'jkp':
      return ['dismissalDate', 'asOf'];
    case 'jp':
      return ['retirementDate', 'asOf'];
    case 'scholarship':
      return scholarshipCause(input) === 'jkk' ? ['eventDate', 'deathDate', 'asOf'] : ['deathDate', 'asOf'];
    case 'jht':
      return ['asOf'];
  }
}

/**
 * The date whose parameters the quote reads: the benefit's own event date (a JKK benefit follows the
 * accident, JKM the death, JKP the dismissal, JP the pension start), else `asOf`.
 */
export function benefitDate(input: BenefitInput): string {
  for (const field of dateChain(input)) {
    const value = input[field];
    if (typeof value === 'string') return value;
  }
  throw invalid([{ field: 'asOf', message: { id: 'tanggal wajib diisi', en: 'a date is required' } }]);
}

/**
 * The cause of a scholarship when none is given: an accident date means a work accident (JKK), a
 * death date alone a death outside work (JKM, which then needs the contribution months).
 */
export const scholarshipCause = (input: BenefitInput): 'jkm' | 'jkk' =>
  input.cause ?? (input.eventDate !== undefined ? 'jkk' : 'jkm');

/** Fields each benefit cannot do without (beyond a date). */
function required(input: BenefitInput): (keyof BenefitInput)[] {
  switch (input.benefit) {
    case 'jkk-death':
    case 'jkk-disability':
    case 'jkp':
      return ['wage'];
    case 'stmb':
      return ['wage', 'months'];
    case 'jp':
      return ['contributionMonths', 'averageWage'];
    case 'scholarship':
      return scholarshipCause(input) === 'jkm' ? ['contributionMonths'] : [];
    case 'jht':
      return input.withdrawal ? ['balance', 'membershipYears'] : ['months'];
    case 'jkm':
      return [];
  }
}

/**
 * Every problem of a benefit request at once — unknown benefit, wrong type, out of range, a field the
 * benefit does not take, a required one missing, an impossible date — as one QUOTE_INPUT_INVALID.
 */
export function validateBenefitInput(input: BenefitInput): void {
  const problems: Problem[] = [];
  const add: Add = (field, id, en) => problems.push({ field, message: { id, en } });
  if (!BENEFIT_KINDS.includes(input.benefit as BenefitKind)) {
    add(
      'benefit',
      `Manfaat "${input.benefit}" tidak dikenal; pilih ${BENEFIT_KINDS.join('|')}`,
      `Unknown benefit "${input.benefit}"; use ${BENEFIT_KINDS.join('|')}`,
    );
    throw invalid(problems);
  }
  for (const field of BENEFIT_FIELDS) checkField(input, field, add);
  if (input.children !== undefined) checkChildren(input.children, add);
  for (const field of required(input))
    if (input[field] === undefined)
      add(field, `${field} wajib untuk ${input.benefit}`, `${field} is required for ${input.benefit}`);
  checkCombinations(input, add);
  if (problems.length > 0) throw invalid(problems);
}

/** Type, range and "does this benefit take it" of one field, from its {@link BENEFIT_FIELDS} entry. */
function checkField(input: BenefitInput, field: BenefitField, add: Add): void {
  const value = input[field.name];
  if (value === undefined || field.name === 'benefit') return;
  if (!field.appliesTo.includes(input.benefit)) {
    add(
      field.name,
      `${field.name} tidak berlaku untuk ${input.benefit}`,
      `${field.name} does not apply to ${input.benefit}`,
    );
    return;
  }
  if (
    field.kind === 'int' &&
    (typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < (field.min ?? 0) ||
      value > (field.max ?? Number.MAX_SAFE_INTEGER))
  )
    add(
      field.name,
      `${field.name} harus bilangan bulat ${field.min}–${field.max}, bukan "${String(value)}"`,
      `${field.name} must be a whole number ${field.min}–${field.max}, not "${String(value)}"`,
    );
  if (field.kind === 'date' && !isIsoDate(value))
    add(
      field.name,
      `${field.name} harus tanggal YYYY-MM-DD yang ada, bukan "${String(value)}"`,
      `${field.name} must be a real date YYYY-MM-DD, not "${String(value)}"`,
    );
  if (field.kind === 'enum' && !field.values?.includes(value as string))
    add(
      field.name,
      `${field.name} harus salah satu dari ${field.values?.join('|')}`,
      `${field.name} must be one of ${field.values?.join('|')}`,
    );
}

function checkChildren(children: unknown, add: Add): void {
  if (!Array.isArray(children) || children.length === 0 || children.length > 10) {
    add('children', 'children harus daftar 1–10 anak', 'children must be a list of 1–10 children');
    return;
  }
  children.forEach((child: unknown, i) => {
    const c = child as { level?: unknown; years?: unknown } | null;
    const keysOk =
      typeof c === 'object' && c !== null && Object.keys(c).every((k) => k === 'level' || k === 'years');
    const levelOk = keysOk && SCHOLARSHIP_LEVELS.includes(c.level as (typeof SCHOLARSHIP_LEVELS)[number]);
    const yearsOk =
      keysOk &&
      (c.years === undefined ||
        (Number.isInteger(c.years) && (c.years as number) >= 1 && (c.years as number) <= 8));
    if (!levelOk || !yearsOk)
      add(
        `children[${i}]`,
        `anak ke-${i + 1}: level ${SCHOLARSHIP_LEVELS.join('|')}, years 1–8`,
        `child ${i + 1}: level ${SCHOLARSHIP_LEVELS.join('|')}, years 1–8`,
      );
  });
}

function checkCombinations(input: BenefitInput, add: Add): void {
  if (isIsoDate(input.eventDate) && isIsoDate(input.deathDate) && input.deathDate < input.eventDate)
    add(
      'deathDate',
      'tanggal meninggal sebelum tanggal kecelakaan',
      'the death date is before the accident date',
    );
  if (input.benefit === 'scholarship' && scholarshipCause(input) === 'jkm' && input.eventDate !== undefined)
    add(
      'eventDate',
      'beasiswa JKM memakai deathDate, bukan eventDate',
      'a JKM scholarship uses deathDate, not eventDate',
    );
  if (
    input.consecutiveMonths !== undefined &&
    input.contributionMonths !== undefined &&
    input.consecutiveMonths > input.contributionMonths
  )
    add(
      'consecutiveMonths',
      'bulan berturut-turut melebihi masa iur',
      'consecutive months exceed the contribution months',
    );
  if (input.benefit === 'jht') {
    const projection: (keyof BenefitInput)[] = ['months', 'monthlyContribution', 'returnRateBp'];
    const partial: (keyof BenefitInput)[] = ['membershipYears', 'previousWithdrawals'];
    for (const field of input.withdrawal ? projection : partial)
      if (input[field] !== undefined)
        add(
          field,
          `${field} ${input.withdrawal ? 'hanya untuk proyeksi (tanpa withdrawal)' : 'perlu withdrawal'}`,
          `${field} ${input.withdrawal ? 'is for the projection only (no withdrawal)' : 'needs withdrawal'}`,
        );
  }
  if (!dateChain(input).some((field) => input[field] !== undefined))
    add('asOf', `isi ${dateChain(input).join(' atau ')}`, `give ${dateChain(input).join(' or ')}`);
}

function invalid(problems: Problem[]): AppError {
  return new AppError(
    'QUOTE_INPUT_INVALID',
    {
      id: `Masukan tidak valid: ${problems.map((p) => p.message.id).join('; ')}`,
      en: `Invalid input: ${problems.map((p) => p.message.en).join('; ')}`,
    },
    { problems },
  );
}
