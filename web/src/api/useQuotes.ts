import { useMutation, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type {
  BenefitQuoteSchema,
  ContributionQuoteSchema,
  FineQuoteSchema,
} from '../../../src/regulations/quotes.schemas.ts';
import { ApiError, apiRequest, getJson } from './client.ts';

/** A text in Indonesian and English, as every explanation and message of the quote API carries. */
export interface Bilingual {
  id: string;
  en: string;
}

export type ContributionQuote = Type.Static<typeof ContributionQuoteSchema>;
export type ContributionLine = ContributionQuote['lines'][number];
export type FineQuote = Type.Static<typeof FineQuoteSchema>;
export type UsedParameter = ContributionQuote['parameters'][number];
export type RoundingRule = ContributionQuote['rounding'];

export type BenefitQuote = Type.Static<typeof BenefitQuoteSchema>;

export type QuoteKind = 'contribution' | 'fine' | 'benefit';

/** The form sends only the fields of the chosen segment or benefit: the API refuses the others. */
export type QuoteBody = Record<string, unknown>;

export type QuoteResult =
  | { kind: 'contribution'; quote: ContributionQuote }
  | { kind: 'fine'; quote: FineQuote }
  | { kind: 'benefit'; quote: BenefitQuote };

/** POST /quotes/{kind}; the answer is tagged with its kind so the page picks the right view. */
export async function postQuote(kind: QuoteKind, body: QuoteBody): Promise<QuoteResult> {
  const path = `/quotes/${kind}`;
  switch (kind) {
    case 'contribution':
      return { kind, quote: await apiRequest<ContributionQuote>(path, { method: 'POST', body }) };
    case 'fine':
      return { kind, quote: await apiRequest<FineQuote>(path, { method: 'POST', body }) };
    case 'benefit':
      return { kind, quote: await apiRequest<BenefitQuote>(path, { method: 'POST', body }) };
  }
}

/** One quote form's calculation. A quote reads the parameter table but never changes it: no invalidation. */
export function useQuote(kind: QuoteKind) {
  return useMutation<QuoteResult, Error, QuoteBody>({ mutationFn: (body) => postQuote(kind, body) });
}

/** A problem the server (or the form) found with one field. `field` is the body's property name. */
export interface FieldProblem {
  field: string;
  message: Bilingual;
}

interface ProblemItem {
  field?: unknown;
  message?: unknown;
  problem?: unknown;
}

/**
 * The field problems of a refused quote: the engine's `details.problems` (bilingual), the schema
 * check's `details` list (`body/wage`, English only), or one `details.field` with the whole message.
 */
export function fieldProblems(error: Error | null): FieldProblem[] {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return [];
  const details = error.details as { problems?: ProblemItem[]; field?: unknown } | ProblemItem[];
  const list = Array.isArray(details) ? details : (details.problems ?? []);
  const found = list.map((item) => ({
    field: typeof item.field === 'string' ? item.field.replace(/^body\/?/, '') : '',
    message: isBilingual(item.message)
      ? item.message
      : { id: String(item.problem ?? error.messageId), en: String(item.problem ?? error.messageEn) },
  }));
  if (found.length === 0 && !Array.isArray(details) && typeof details.field === 'string') {
    found.push({ field: details.field, message: { id: error.messageId, en: error.messageEn } });
  }
  return found;
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'id' in value && 'en' in value;
}

/** A route answering 404 with the API's "route not found" means the server does not offer it yet. */
export function isMissingRoute(error: Error | null): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Mirrors a row of GET /regulations (declared inline in src/regulations/regulations.routes.ts). */
export interface StoredParameter {
  id: number;
  code: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  value: number;
  unit: string;
  legalBasis: string;
  article: string | null;
  confidence: string;
  note: string | null;
  source: string;
}

/** The whole dated parameter table with its history; it changes only when an administrator edits it. */
export function useRegulations() {
  return useQuery({
    queryKey: ['regulations'],
    queryFn: ({ signal }) => getJson<{ parameters: StoredParameter[] }>('/regulations', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * Mirrors POST /identifiers/nik (NikCheckSchema, declared inline in src/regulations/identifiers.routes.ts;
 * only the fields shown here).
 */
export interface NikCheck {
  valid: boolean;
  errors: { code: string; message: Bilingual }[];
  masked: string;
  regionCodes: { province: string; regency: string; district: string } | null;
  sex: string | null;
  birthDate: { candidates: string[] } | null;
}

/**
 * Checks a NIK when asked (not on every keystroke). The NIK goes in the body, never the URL, which
 * would keep it in access logs and history (UU PDP). The answer is data: valid or not, every problem.
 */
export function useNikCheck() {
  return useMutation<NikCheck, Error, string>({
    mutationFn: (nik) => apiRequest<NikCheck>('/identifiers/nik', { method: 'POST', body: { nik } }),
  });
}
