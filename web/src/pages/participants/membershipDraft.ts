import { isIsoDate } from '../../../../src/shared/dates.ts';
import type { MembershipInput, PayerKind, Program, Segment } from '../../api/registry.types.ts';
import type { MessageKey } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';

/**
 * What the membership form offers per segment. The server decides (src/registry/membership.rules.ts,
 * whose tables are not exported); these mirror them so the form does not offer what would be refused.
 */
export const PROGRAMS_OF: Record<Segment, readonly Program[]> = {
  PU: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
  BPU: ['JKK', 'JKM', 'JHT'],
  JAKON: ['JKK', 'JKM'],
  PMI: ['JKK', 'JKM', 'JHT'],
};
export const REQUIRED_PROGRAMS: readonly Program[] = ['JKK', 'JKM'];
export const PAYERS_OF: Record<Segment, readonly PayerKind[]> = {
  PU: ['employer'],
  JAKON: ['employer'],
  BPU: ['self', 'government', 'csr', 'group', 'agent'],
  PMI: ['self', 'government', 'csr', 'group', 'agent'],
};

/**
 * Segments a role enrols from this form: a Perisai agent informal workers, an employer its own wage
 * earners, BPJS offices every segment (Jakon on a registered project, PMI with a placement).
 */
export function segmentsFor(role: string | undefined): Segment[] {
  if (role === 'perisai_agent') return ['BPU'];
  if (role === 'employer') return ['PU'];
  return ['BPU', 'PU', 'JAKON', 'PMI'];
}

/** Segments whose membership may state the contract's last day (a placement, a construction job). */
export const HAS_CONTRACT_END: readonly Segment[] = ['JAKON', 'PMI'];

/** The form's text, as typed. */
export interface MembershipDraft {
  segment: Segment;
  employerId: string;
  projectId: string;
  payerKind: PayerKind;
  payerRef: string;
  programs: Program[];
  income: string;
  occupation: string;
  placementCountry: string;
  validFrom: string;
  validTo: string;
}

export function initialDraft(segment: Segment, today: string): MembershipDraft {
  return {
    segment,
    employerId: '',
    projectId: '',
    payerKind: PAYERS_OF[segment][0] ?? 'self',
    payerRef: '',
    programs: [...REQUIRED_PROGRAMS],
    income: '',
    occupation: '',
    placementCountry: '',
    validFrom: today,
    validTo: '',
  };
}

/** Another segment: keep what still applies, fall back to the first payer it allows. */
export function withSegment(draft: MembershipDraft, segment: Segment): MembershipDraft {
  const payers = PAYERS_OF[segment];
  return {
    ...draft,
    segment,
    payerKind: payers.includes(draft.payerKind) ? draft.payerKind : (payers[0] ?? 'self'),
    programs: draft.programs.filter((program) => PROGRAMS_OF[segment].includes(program)),
  };
}

/** Whether a payer is a third party whose reference (programme, company, group) is worth noting. */
export const needsPayerRef = (payer: PayerKind): boolean => payer !== 'self' && payer !== 'employer';

const optional = (text: string): string | null => text.trim() || null;

/**
 * The request body of a draft, or the problems the form can see itself (a rupiah amount that is not a
 * number, a missing employer or date). Everything else — the income floor, overlaps — is the server's.
 */
export function membershipBody(draft: MembershipDraft): {
  body: MembershipInput | null;
  problems: MessageKey[];
} {
  const problems: MessageKey[] = [];
  let employerId: number | null = null;
  if (draft.segment === 'PU') {
    employerId = /^\d{1,9}$/.test(draft.employerId.trim()) ? Number(draft.employerId.trim()) : null;
    if (employerId === null || employerId < 1) problems.push('regEmployerIdMissing');
  }
  let declaredIncome: number | null = null;
  if (draft.segment === 'BPU') {
    declaredIncome = draft.income.trim() ? parseWhole(draft.income) : null;
    if (!draft.income.trim()) problems.push('regIncomeMissing');
    else if (declaredIncome === null || declaredIncome < 1) problems.push('regIncomeInvalid');
  }
  let projectId: number | null = null;
  if (draft.segment === 'JAKON') {
    projectId = /^\d{1,9}$/.test(draft.projectId.trim()) ? Number(draft.projectId.trim()) : null;
    if (projectId === null || projectId < 1) problems.push('projProjectIdMissing');
  }
  const withEnd = HAS_CONTRACT_END.includes(draft.segment) && draft.validTo.trim() !== '';
  if (withEnd && !isIsoDate(draft.validTo)) problems.push('projContractEndInvalid');
  if (!isIsoDate(draft.validFrom)) problems.push('regValidFromMissing');
  if (problems.length > 0) return { body: null, problems };
  return {
    body: {
      segment: draft.segment,
      employerId,
      projectId,
      payerKind: draft.payerKind,
      payerRef: needsPayerRef(draft.payerKind) ? optional(draft.payerRef) : null,
      // In the order the regulation lists them, whatever order they were ticked in.
      programs: PROGRAMS_OF[draft.segment].filter((program) => draft.programs.includes(program)),
      declaredIncome,
      occupation: optional(draft.occupation),
      placementCountry: draft.segment === 'PMI' ? optional(draft.placementCountry) : null,
      validFrom: draft.validFrom,
      validTo: withEnd ? draft.validTo : null,
    },
    problems,
  };
}
