import {
  FUNDER_KIND_LABELS,
  FUNDER_KINDS,
  FUNDING_SOURCES,
  type FunderKind,
  type FundingSource,
  SOURCE_LABELS,
} from '../../../../src/funding/funding.rules.ts';
import { type Lang, type MessageKey, pick } from '../../i18n.ts';

export { FUNDER_KINDS, FUNDING_SOURCES };

/** The funder and source names the server also prints in the proposal (src/funding/funding.rules.ts). */
export function funderKindLabel(kind: string, lang: Lang): string {
  const label = FUNDER_KIND_LABELS[kind as FunderKind];
  return label ? pick(lang, label.id, label.en) : kind;
}

export function sourceLabel(source: string, lang: Lang): string {
  const label = SOURCE_LABELS[source as FundingSource];
  return label ? pick(lang, label.id, label.en) : source;
}

export const STATUS_LABEL: Record<string, MessageKey> = {
  draft: 'fundStatusDraft',
  active: 'fundStatusActive',
  closed: 'fundStatusClosed',
};

export const POVERTY_LABEL: Record<string, MessageKey> = {
  extreme: 'fundPovertyExtreme',
  poor: 'fundPovertyPoor',
  vulnerable: 'fundPovertyVulnerable',
  unknown: 'fundPovertyUnknown',
};

export const POVERTY_LEVELS = ['extreme', 'poor', 'vulnerable'] as const;

/** A label from one of the maps above, or the raw code when the server sends one it does not list. */
export function labelOr(map: Record<string, MessageKey>, code: string | null, t: (k: MessageKey) => string) {
  if (code === null) return '—';
  const key = map[code];
  return key ? t(key) : code;
}

/** A coverage in basis points of a percent (4300) as a percentage number (43). */
export const bpToPct = (bp: number | null | undefined): number | null =>
  bp === null || bp === undefined ? null : bp / 100;
