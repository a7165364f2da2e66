import type {
  EmployerStatus,
  EndReason,
  PayerKind,
  Program,
  Segment,
  SizeClass,
} from '../api/registry.types.ts';
import type { MessageKey } from '../i18n.ts';

/**
 * Names of the registry's codes in the dictionaries. Typed as complete records, so a code the server
 * adds (an end reason, a payer) fails the type check here until it has a name in both languages.
 */
export const SEGMENT_LABEL: Record<Segment, MessageKey> = {
  PU: 'regSegmentPu',
  BPU: 'regSegmentBpu',
  JAKON: 'regSegmentJakon',
  PMI: 'regSegmentPmi',
};

export const PAYER_LABEL: Record<PayerKind, MessageKey> = {
  employer: 'regPayerEmployer',
  self: 'regPayerSelf',
  government: 'regPayerGovernment',
  csr: 'regPayerCsr',
  group: 'regPayerGroup',
  agent: 'regPayerAgent',
};

export const PROGRAM_LABEL: Record<Program, MessageKey> = {
  JKK: 'programJkk',
  JKM: 'programJkm',
  JHT: 'programJht',
  JP: 'programJp',
  JKP: 'programJkp',
};

export const END_REASON_LABEL: Record<EndReason, MessageKey> = {
  lapsed: 'regEndLapsed',
  employer_closed: 'regEndEmployerClosed',
  resigned: 'regEndResigned',
  death: 'regEndDeath',
  retirement: 'regEndRetirement',
  jht_claim: 'regEndJhtClaim',
  moved: 'regEndMoved',
  project_ended: 'regEndProjectEnded',
  placement_ended: 'regEndPlacementEnded',
  funding_ended: 'regEndFundingEnded',
  correction: 'regEndCorrection',
};

/** The order the end form offers them in: the everyday reasons first. */
export const END_REASONS = Object.keys(END_REASON_LABEL) as EndReason[];

export const EMPLOYER_STATUS_LABEL: Record<EmployerStatus, MessageKey> = {
  active: 'regStatusActive',
  arrears: 'regStatusArrears',
  closed: 'regStatusClosed',
};

export const SIZE_CLASS_LABEL: Record<SizeClass, MessageKey> = {
  micro: 'regSizeMicro',
  small: 'regSizeSmall',
  medium: 'regSizeMedium',
  large: 'regSizeLarge',
};

export const SEX_LABEL: Record<'F' | 'M', MessageKey> = { F: 'regSexF', M: 'regSexM' };

/** A label for a code the server sent as plain text: its name when known, else the code itself. */
export function labelOf<K extends string>(
  labels: Record<K, MessageKey>,
  code: string,
  t: (key: MessageKey) => string,
): string {
  return code in labels ? t(labels[code as K]) : code;
}
