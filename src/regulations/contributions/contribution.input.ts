import { AppError, type Bilingual } from '../../shared/errors.ts';
import { parseMonth } from '../../shared/month.ts';
import {
  BPU_PAYERS,
  BPU_SECTORS,
  type ContributionInput,
  PMI_STAGES,
  PU_INDUSTRIES,
  SEGMENTS,
  type Segment,
} from './contribution.types.ts';

type Field = Exclude<keyof ContributionInput, 'segment' | 'month'>;

/** CLI flag of each field, so one message serves the CLI (--jkk-group) and the API (jkkGroup). */
export const FIELD_FLAGS: Record<Field, string> = {
  wage: 'wage',
  jkkGroup: 'jkk-group',
  industry: 'industry',
  workers: 'workers',
  jkkArrears: 'jkk-arrears',
  income: 'income',
  jht: 'jht',
  sector: 'sector',
  payer: 'payer',
  contractValue: 'contract-value',
  stage: 'stage',
  contractMonths: 'contract-months',
  jhtAmount: 'jht-amount',
};

/** Whole-number fields and their sane range: above it a value is a typo, not a wage. */
const INTEGER_RANGES: Partial<Record<Field, [number, number]>> = {
  wage: [1, 10_000_000_000],
  jkkGroup: [1, 5],
  workers: [1, 10_000_000],
  income: [1, 10_000_000_000],
  contractValue: [1, 100_000_000_000_000],
  contractMonths: [1, 120],
  jhtAmount: [1, 100_000_000],
};

const ENUMS: Partial<Record<Field, readonly string[]>> = {
  industry: PU_INDUSTRIES,
  sector: BPU_SECTORS,
  payer: BPU_PAYERS,
  stage: PMI_STAGES,
};

const ALLOWED: Record<Segment, readonly Field[]> = {
  pu: ['wage', 'jkkGroup', 'industry', 'workers', 'jkkArrears'],
  bpu: ['income', 'jht', 'sector', 'payer'],
  jakon: ['wage', 'contractValue'],
  pmi: ['stage', 'contractMonths', 'jht', 'jhtAmount'],
};

const name = (field: Field) => `--${FIELD_FLAGS[field]} (${field})`;

/**
 * Every problem of a contribution request at once — wrong type, out of range, an option the segment
 * does not take, a required one missing — as one QUOTE_INPUT_INVALID error listing them all.
 */
export function validateContributionInput(input: ContributionInput): void {
  const problems: { field: string; message: Bilingual }[] = [];
  const add = (field: string, id: string, en: string) => problems.push({ field, message: { id, en } });
  if (!SEGMENTS.includes(input.segment)) {
    add(
      'segment',
      `Segmen "${input.segment}" tidak dikenal; pilih ${SEGMENTS.join('|')}`,
      `Unknown segment "${input.segment}"; use ${SEGMENTS.join('|')}`,
    );
    throw invalid(problems);
  }
  if (typeof input.month !== 'string' || !parseMonth(input.month))
    add(
      'month',
      `--month harus berformat YYYY-MM, bukan "${input.month}"`,
      `--month must be YYYY-MM, not "${input.month}"`,
    );
  const given = (Object.keys(FIELD_FLAGS) as Field[]).filter((f) => input[f] !== undefined);
  for (const field of given) {
    const value = input[field];
    if (!ALLOWED[input.segment].includes(field)) {
      add(
        field,
        `${name(field)} tidak berlaku untuk segmen ${input.segment.toUpperCase()}`,
        `${name(field)} does not apply to the ${input.segment.toUpperCase()} segment`,
      );
      continue;
    }
    const range = INTEGER_RANGES[field];
    if (
      range &&
      (typeof value !== 'number' || !Number.isInteger(value) || value < range[0] || value > range[1])
    )
      add(
        field,
        `${name(field)} harus bilangan bulat ${range[0]}–${range[1]}, bukan "${value}"`,
        `${name(field)} must be a whole number ${range[0]}–${range[1]}, not "${value}"`,
      );
    const values = ENUMS[field];
    if (values && !values.includes(value as string))
      add(
        field,
        `${name(field)} harus salah satu dari ${values.join('|')}, bukan "${value}"`,
        `${name(field)} must be one of ${values.join('|')}, not "${value}"`,
      );
    if ((field === 'jht' || field === 'jkkArrears') && typeof value !== 'boolean')
      add(field, `${name(field)} adalah tanda ya/tidak`, `${name(field)} is a yes/no flag`);
  }
  requireFor(input, problems);
  if (problems.length > 0) throw invalid(problems);
}

function requireFor(input: ContributionInput, problems: { field: string; message: Bilingual }[]): void {
  const need = (field: Field) => {
    if (input[field] === undefined)
      problems.push({
        field,
        message: {
          id: `${name(field)} wajib untuk segmen ${input.segment.toUpperCase()}`,
          en: `${name(field)} is required for the ${input.segment.toUpperCase()} segment`,
        },
      });
  };
  if (input.segment === 'pu') {
    need('wage');
    need('jkkGroup');
  } else if (input.segment === 'bpu') need('income');
  else if (input.segment === 'jakon') {
    if ((input.wage === undefined) === (input.contractValue === undefined))
      problems.push({
        field: 'contractValue',
        message: {
          id: 'Jakon: isi salah satu, --wage (upah diketahui) atau --contract-value (nilai kontrak)',
          en: 'Jakon: give exactly one of --wage (wage known) or --contract-value (contract value)',
        },
      });
  } else {
    need('stage');
    if (input.stage === 'placement') need('contractMonths');
    if (input.stage === 'pre' && input.contractMonths !== undefined)
      problems.push({
        field: 'contractMonths',
        message: {
          id: '--contract-months hanya untuk --stage placement',
          en: '--contract-months applies to --stage placement only',
        },
      });
    if (!input.jht && input.jhtAmount !== undefined)
      problems.push({
        field: 'jhtAmount',
        message: { id: '--jht-amount perlu --jht', en: '--jht-amount needs --jht' },
      });
  }
}

function invalid(problems: { field: string; message: Bilingual }[]): AppError {
  return new AppError(
    'QUOTE_INPUT_INVALID',
    {
      id: `Masukan tidak valid: ${problems.map((p) => p.message.id).join('; ')}`,
      en: `Invalid input: ${problems.map((p) => p.message.en).join('; ')}`,
    },
    { problems },
  );
}
