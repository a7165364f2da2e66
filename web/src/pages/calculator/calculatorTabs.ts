import type { FieldProblem, QuoteBody, QuoteKind } from '../../api/useQuotes.ts';
import type { MessageKey } from '../../i18n.ts';
import { BENEFIT_FIELDS, benefitExtra } from './benefitFields.ts';

/** Form state: every control's text (a ticked checkbox is `'true'`, an empty one `''`). */
export type Values = Record<string, string>;

/** `percent` is typed as people write it (5,5) and sent in basis points (550). */
export type FieldKind = 'rupiah' | 'whole' | 'percent' | 'select' | 'checkbox' | 'month' | 'date' | 'choice';

export interface Option {
  value: string;
  label: MessageKey;
}

/**
 * One control of a quote form. `name` is the request body's property, so the server's problem with
 * `wage` shows under the wage input; a `local` control only decides which others appear.
 */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  help?: MessageKey;
  options?: readonly Option[];
  /** Send a select's value as a number (JKK risk group). */
  numeric?: boolean;
  local?: boolean;
  optional?: boolean;
  initial?: string;
  /** Shown (and sent) only when this holds. */
  when?: (values: Values) => boolean;
  /** Regulation code prefix whose values in force are offered as suggestions (PMI JHT amounts). */
  suggest?: string;
}

export type TabId = 'pu' | 'bpu' | 'jakon' | 'pmi' | 'fine' | 'benefit';

export interface TabSpec {
  id: TabId;
  label: MessageKey;
  help: MessageKey;
  kind: QuoteKind;
  /** Sent with every request of the tab (the segment). */
  fixed: QuoteBody;
  fields: readonly FieldSpec[];
  /** Body parts built from several controls (scholarship children) or from today's date. */
  extra?: (values: Values, today: string) => { body: QuoteBody; problems: FieldProblem[] };
}

const MONTH: FieldSpec = { name: 'month', kind: 'month', label: 'calcMonth', help: 'calcMonthHelp' };
const yes = (name: string) => (values: Values) => values[name] === 'true';
const is = (name: string, value: string) => (values: Values) => values[name] === value;

const RISK_GROUPS: readonly Option[] = [
  { value: '1', label: 'calcRisk1' },
  { value: '2', label: 'calcRisk2' },
  { value: '3', label: 'calcRisk3' },
  { value: '4', label: 'calcRisk4' },
  { value: '5', label: 'calcRisk5' },
];

const INDUSTRIES: readonly Option[] = [
  { value: '', label: 'calcNotStated' },
  { value: 'food-beverage-tobacco', label: 'calcIndustryFood' },
  { value: 'textile-apparel', label: 'calcIndustryTextile' },
  { value: 'leather', label: 'calcIndustryLeather' },
  { value: 'footwear', label: 'calcIndustryFootwear' },
  { value: 'toys', label: 'calcIndustryToys' },
  { value: 'furniture', label: 'calcIndustryFurniture' },
  { value: 'other', label: 'calcIndustryOther' },
];

const PU_FIELDS: readonly FieldSpec[] = [
  { name: 'wage', kind: 'rupiah', label: 'calcWage', help: 'calcWageHelp' },
  { name: 'jkkGroup', kind: 'select', label: 'calcRiskGroup', options: RISK_GROUPS, numeric: true },
  MONTH,
  { name: 'industry', kind: 'select', label: 'calcIndustry', help: 'calcIndustryHelp', options: INDUSTRIES },
  { name: 'workers', kind: 'whole', label: 'calcWorkers', help: 'calcWorkersHelp', optional: true },
  { name: 'jkkArrears', kind: 'checkbox', label: 'calcArrears', help: 'calcArrearsHelp' },
];

const BPU_FIELDS: readonly FieldSpec[] = [
  { name: 'income', kind: 'rupiah', label: 'calcIncome', help: 'calcIncomeHelp' },
  MONTH,
  {
    name: 'sector',
    kind: 'select',
    label: 'calcSector',
    help: 'calcSectorHelp',
    options: [
      { value: '', label: 'calcNotStated' },
      { value: 'transport', label: 'calcSectorTransport' },
      { value: 'other', label: 'calcSectorOther' },
    ],
  },
  {
    name: 'payer',
    kind: 'select',
    label: 'calcPayer',
    help: 'calcPayerHelp',
    options: [
      { value: '', label: 'calcNotStated' },
      { value: 'self', label: 'calcPayerSelf' },
      { value: 'employer', label: 'calcPayerEmployer' },
      { value: 'apbn', label: 'calcPayerApbn' },
      { value: 'apbd', label: 'calcPayerApbd' },
      { value: 'other', label: 'calcPayerOther' },
    ],
  },
  { name: 'jht', kind: 'checkbox', label: 'calcWithJht', help: 'calcBpuJhtHelp' },
];

const JAKON_FIELDS: readonly FieldSpec[] = [
  {
    name: 'basis',
    kind: 'choice',
    label: 'calcJakonBasis',
    local: true,
    initial: 'contract',
    options: [
      { value: 'contract', label: 'calcJakonByContract' },
      { value: 'wage', label: 'calcJakonByWage' },
    ],
  },
  {
    name: 'contractValue',
    kind: 'rupiah',
    label: 'calcContractValue',
    help: 'calcContractValueHelp',
    when: is('basis', 'contract'),
  },
  { name: 'wage', kind: 'rupiah', label: 'calcWage', help: 'calcJakonWageHelp', when: is('basis', 'wage') },
  MONTH,
];

const PMI_FIELDS: readonly FieldSpec[] = [
  {
    name: 'stage',
    kind: 'select',
    label: 'calcStage',
    initial: 'placement',
    options: [
      { value: 'pre', label: 'calcStagePre' },
      { value: 'placement', label: 'calcStagePlacement' },
    ],
  },
  {
    name: 'contractMonths',
    kind: 'whole',
    label: 'calcContractMonths',
    help: 'calcContractMonthsHelp',
    when: is('stage', 'placement'),
  },
  MONTH,
  { name: 'jht', kind: 'checkbox', label: 'calcWithJht', help: 'calcPmiJhtHelp' },
  {
    name: 'jhtAmount',
    kind: 'rupiah',
    label: 'calcJhtAmount',
    help: 'calcJhtAmountHelp',
    when: yes('jht'),
    suggest: 'pmi.jht_option.',
  },
];

const FINE_FIELDS: readonly FieldSpec[] = [
  { name: 'amount', kind: 'rupiah', label: 'calcFineAmount', help: 'calcFineAmountHelp' },
  { name: 'monthsLate', kind: 'whole', label: 'calcMonthsLate' },
  { ...MONTH, label: 'calcFineMonth', help: 'calcFineMonthHelp', optional: true, initial: '' },
];

export const TABS: readonly TabSpec[] = [
  {
    id: 'pu',
    label: 'calcTabPu',
    help: 'calcTabPuHelp',
    kind: 'contribution',
    fixed: { segment: 'pu' },
    fields: PU_FIELDS,
  },
  {
    id: 'bpu',
    label: 'calcTabBpu',
    help: 'calcTabBpuHelp',
    kind: 'contribution',
    fixed: { segment: 'bpu' },
    fields: BPU_FIELDS,
  },
  {
    id: 'jakon',
    label: 'calcTabJakon',
    help: 'calcTabJakonHelp',
    kind: 'contribution',
    fixed: { segment: 'jakon' },
    fields: JAKON_FIELDS,
  },
  {
    id: 'pmi',
    label: 'calcTabPmi',
    help: 'calcTabPmiHelp',
    kind: 'contribution',
    fixed: { segment: 'pmi' },
    fields: PMI_FIELDS,
  },
  { id: 'fine', label: 'calcTabFine', help: 'calcTabFineHelp', kind: 'fine', fixed: {}, fields: FINE_FIELDS },
  {
    id: 'benefit',
    label: 'calcTabBenefit',
    help: 'calcTabBenefitHelp',
    kind: 'benefit',
    fixed: {},
    fields: BENEFIT_FIELDS,
    extra: benefitExtra,
  },
];
