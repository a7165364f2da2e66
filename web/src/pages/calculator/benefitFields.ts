import type { BenefitKind } from '../../../../src/regulations/benefits/benefit.types.ts';
import type { FieldProblem } from '../../api/useQuotes.ts';
import type { FieldSpec, Option, Values } from './calculatorTabs.ts';
import { parseWhole, problemOf } from './formValues.ts';

/** The engine's own benefit kinds (one list for server and page). */
type Benefit = BenefitKind;

const BENEFIT_OPTIONS: readonly Option[] = [
  { value: 'jkm', label: 'calcBenefitJkm' },
  { value: 'jkk-death', label: 'calcBenefitJkkDeath' },
  { value: 'jkk-disability', label: 'calcBenefitJkkDisability' },
  { value: 'stmb', label: 'calcBenefitStmb' },
  { value: 'jkp', label: 'calcBenefitJkp' },
  { value: 'jp', label: 'calcBenefitJp' },
  { value: 'scholarship', label: 'calcBenefitScholarship' },
  { value: 'jht', label: 'calcBenefitJht' },
];

const LEVELS: readonly Option[] = [
  { value: '', label: 'calcNoChild' },
  { value: 'tk-sd', label: 'calcLevelTkSd' },
  { value: 'smp', label: 'calcLevelSmp' },
  { value: 'sma', label: 'calcLevelSma' },
  { value: 'university', label: 'calcLevelUniversity' },
];

const on =
  (...benefits: Benefit[]) =>
  (values: Values) =>
    benefits.includes(values.benefit as Benefit);
const jhtWithdrawal = (values: Values) => values.benefit === 'jht' && values.withdrawal !== '';
const jhtProjection = (values: Values) => values.benefit === 'jht' && values.withdrawal === '';
const scholarshipBy = (cause: string) => (values: Values) =>
  values.benefit === 'scholarship' && values.cause === cause;

/**
 * The benefit form: the benefit first, then only the facts that benefit takes (the API refuses the
 * others). Names are the API's (src/regulations/benefits/benefit.fields.ts).
 */
export const BENEFIT_FIELDS: readonly FieldSpec[] = [
  { name: 'benefit', kind: 'select', label: 'calcBenefit', options: BENEFIT_OPTIONS, initial: 'jkm' },
  {
    name: 'cause',
    kind: 'select',
    label: 'calcCause',
    initial: 'jkm',
    options: [
      { value: 'jkm', label: 'calcCauseJkm' },
      { value: 'jkk', label: 'calcCauseJkk' },
    ],
    when: on('scholarship'),
  },
  {
    name: 'withdrawal',
    kind: 'select',
    label: 'calcWithdrawal',
    options: [
      { value: '', label: 'calcWithdrawalNone' },
      { value: 'retirement', label: 'calcWithdrawalRetirement' },
      { value: 'housing', label: 'calcWithdrawalHousing' },
    ],
    when: on('jht'),
  },
  {
    name: 'wage',
    kind: 'rupiah',
    label: 'calcBenefitWage',
    help: 'calcBenefitWageHelp',
    when: on('jkk-death', 'jkk-disability', 'stmb', 'jkp'),
  },
  {
    name: 'averageWage',
    kind: 'rupiah',
    label: 'calcAverageWage',
    help: 'calcAverageWageHelp',
    when: on('jp'),
  },
  {
    name: 'disabilityPercent',
    kind: 'whole',
    label: 'calcDisabilityPercent',
    help: 'calcDisabilityPercentHelp',
    optional: true,
    when: on('jkk-disability'),
  },
  { name: 'months', kind: 'whole', label: 'calcStmbMonths', help: 'calcStmbMonthsHelp', when: on('stmb') },
  { name: 'balance', kind: 'rupiah', label: 'calcJhtBalance', optional: true, when: jhtProjection },
  { name: 'balance', kind: 'rupiah', label: 'calcJhtBalance', when: jhtWithdrawal },
  {
    name: 'monthlyContribution',
    kind: 'rupiah',
    label: 'calcJhtMonthly',
    help: 'calcJhtMonthlyHelp',
    optional: true,
    when: jhtProjection,
  },
  { name: 'months', kind: 'whole', label: 'calcProjectionMonths', when: jhtProjection },
  {
    name: 'membershipYears',
    kind: 'whole',
    label: 'calcMembershipYears',
    help: 'calcMembershipYearsHelp',
    when: jhtWithdrawal,
  },
  {
    name: 'previousWithdrawals',
    kind: 'whole',
    label: 'calcPreviousWithdrawals',
    optional: true,
    when: jhtWithdrawal,
  },
  {
    name: 'contributionMonths',
    kind: 'whole',
    label: 'calcContributionMonths',
    help: 'calcContributionMonthsHelp',
    when: (v) => on('jp', 'jkp')(v) || scholarshipBy('jkm')(v),
  },
  {
    name: 'consecutiveMonths',
    kind: 'whole',
    label: 'calcConsecutiveMonths',
    optional: true,
    when: on('jkp'),
  },
  {
    name: 'reason',
    kind: 'select',
    label: 'calcReason',
    options: [
      { value: '', label: 'calcNotStated' },
      { value: 'dismissal', label: 'calcReasonDismissal' },
      { value: 'resignation', label: 'calcReasonResignation' },
      { value: 'retirement', label: 'calcReasonRetirement' },
      { value: 'contract-end', label: 'calcReasonContractEnd' },
      { value: 'disability', label: 'calcReasonDisability' },
      { value: 'death', label: 'calcReasonDeath' },
    ],
    when: on('jkp'),
  },
  {
    name: 'ageAtRegistration',
    kind: 'whole',
    label: 'calcAgeAtRegistration',
    optional: true,
    when: on('jkp'),
  },
  {
    name: 'monthsSinceDismissal',
    kind: 'whole',
    label: 'calcMonthsSinceDismissal',
    optional: true,
    when: on('jkp'),
  },
  {
    name: 'returnRateBp',
    kind: 'percent',
    label: 'calcReturnRate',
    help: 'calcReturnRateHelp',
    optional: true,
    when: (v) => on('jp')(v) || jhtProjection(v),
  },
  {
    name: 'child1Level',
    kind: 'select',
    label: 'calcChild1',
    options: LEVELS,
    local: true,
    when: on('scholarship'),
  },
  {
    name: 'child1Years',
    kind: 'whole',
    label: 'calcChildYears',
    help: 'calcChildYearsHelp',
    local: true,
    optional: true,
    when: (v) => on('scholarship')(v) && v.child1Level !== '',
  },
  {
    name: 'child2Level',
    kind: 'select',
    label: 'calcChild2',
    options: LEVELS,
    local: true,
    when: on('scholarship'),
  },
  {
    name: 'child2Years',
    kind: 'whole',
    label: 'calcChildYears',
    help: 'calcChildYearsHelp',
    local: true,
    optional: true,
    when: (v) => on('scholarship')(v) && v.child2Level !== '',
  },
  {
    name: 'eventDate',
    kind: 'date',
    label: 'calcEventDate',
    help: 'calcEventDateHelp',
    optional: true,
    when: (v) => on('jkk-death', 'jkk-disability', 'stmb')(v) || scholarshipBy('jkk')(v),
  },
  {
    name: 'deathDate',
    kind: 'date',
    label: 'calcDeathDate',
    optional: true,
    when: on('jkm', 'jkk-death', 'scholarship'),
  },
  { name: 'dismissalDate', kind: 'date', label: 'calcDismissalDate', optional: true, when: on('jkp') },
  { name: 'retirementDate', kind: 'date', label: 'calcRetirementDate', optional: true, when: on('jp') },
];

/**
 * What the benefit body needs beyond the plain fields: the children of a scholarship as a list, and
 * today's date (`asOf`) for when the event date is left empty.
 */
export function benefitExtra(
  values: Values,
  today: string,
): { body: Record<string, unknown>; problems: FieldProblem[] } {
  const body: Record<string, unknown> = { asOf: today };
  const problems: FieldProblem[] = [];
  if (values.benefit !== 'scholarship') return { body, problems };
  const children: { level: string; years?: number }[] = [];
  for (const n of [1, 2]) {
    const level = values[`child${n}Level`] ?? '';
    const yearsText = (values[`child${n}Years`] ?? '').trim();
    if (!level) continue;
    const years = yearsText ? parseWhole(yearsText) : undefined;
    if (years === null) problems.push(problemOf(`child${n}Years`, 'calcWholeInvalid'));
    else children.push(years === undefined ? { level } : { level, years });
  }
  if (children.length > 0) body.children = children;
  return { body, problems };
}
