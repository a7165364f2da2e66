import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import { quotePayerOfFunder } from '../../../src/funding/funding.rules.ts';
import type {
  BeneficiaryPage,
  ProgramInput,
  ProgramPatch,
  ProgramView,
  UsageSchema,
} from '../../../src/funding/funding.schemas.ts';
import { apiRequest, getJson } from './client.ts';
import { REGISTRY_KEY } from './useParticipants.ts';
import { type ContributionQuote, postQuote } from './useQuotes.ts';

/** Shapes of the funding API (src/funding/funding.schemas.ts), as the server declares them. */
export type FundingProgram = ProgramView;
export type ProgramUsage = Type.Static<typeof UsageSchema>;
export type UsageMonth = ProgramUsage['months'][number];
export type BeneficiaryList = Type.Static<typeof BeneficiaryPage>;
export type BeneficiaryRow = BeneficiaryList['rows'][number];
export type { ProgramInput, ProgramPatch };

export const FUNDING_KEY = 'funding';
const programKey = (id: number) => [FUNDING_KEY, 'program', id] as const;

/** GET /funding/programs?region=&year=: the programs in the account's scope. */
export function useFundingPrograms(filter: { region?: string | undefined; year?: number | undefined }) {
  return useQuery({
    queryKey: [FUNDING_KEY, 'programs', filter.region ?? null, filter.year ?? null],
    queryFn: ({ signal }) =>
      getJson<{ programs: FundingProgram[] }>(
        '/funding/programs',
        { region: filter.region, year: filter.year },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /funding/programs/:id. */
export function useFundingProgram(id: number) {
  return useQuery({
    queryKey: programKey(id),
    queryFn: ({ signal }) => getJson<FundingProgram>(`/funding/programs/${id}`, undefined, signal),
  });
}

/** GET /funding/programs/:id/usage: the use of the money month by month. */
export function useProgramUsage(id: number) {
  return useQuery({
    queryKey: [...programKey(id), 'usage'],
    queryFn: ({ signal }) => getJson<ProgramUsage>(`/funding/programs/${id}/usage`, undefined, signal),
  });
}

/** GET /funding/programs/:id/beneficiaries?page=&pageSize= (NIK and name masked). */
export function useBeneficiaries(id: number, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...programKey(id), 'beneficiaries', page, pageSize],
    queryFn: ({ signal }) =>
      getJson<BeneficiaryList>(`/funding/programs/${id}/beneficiaries`, { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** POST /funding/programs (201: the program as GET /funding/programs/:id answers it). */
export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation<FundingProgram, Error, ProgramInput>({
    mutationFn: (body) => apiRequest('/funding/programs', { method: 'POST', body }),
    onSuccess: (program) => {
      queryClient.setQueryData(programKey(program.id), program);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [FUNDING_KEY, 'programs'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** PATCH /funding/programs/:id: name, budget, status, legal basis, notes. */
export function useUpdateProgram(id: number) {
  const queryClient = useQueryClient();
  return useMutation<FundingProgram, Error, ProgramPatch>({
    mutationFn: (body) => apiRequest(`/funding/programs/${id}`, { method: 'PATCH', body }),
    onSuccess: (program) => {
      queryClient.setQueryData(programKey(id), program);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: programKey(id) }),
        queryClient.invalidateQueries({ queryKey: [FUNDING_KEY, 'programs'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/**
 * After a beneficiary list is imported, the program's counts, usage and list are fetched again; the
 * participant registry too (the import enrols people).
 */
export function useRefreshProgram(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: programKey(id) }),
      queryClient.invalidateQueries({ queryKey: [FUNDING_KEY, 'programs'] }),
      queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY] }),
    ]);
}

/**
 * POST /quotes/contribution for the program's first month: the regulation engine's own explanation of
 * what one funded worker costs a month (BPU at the declared income, the funder as payer, sector
 * "other") — the same quote the server prices the program with (src/funding/funding.cost.ts).
 */
export function useProgramCost(program: FundingProgram | undefined) {
  return useQuery({
    queryKey: [
      FUNDING_KEY,
      'cost',
      program?.periodFrom,
      program?.declaredIncome,
      program?.funderKind,
      program?.programs,
    ],
    queryFn: async () => {
      if (!program) throw new Error('no program');
      const result = await postQuote('contribution', {
        segment: 'bpu',
        month: program.periodFrom,
        income: program.declaredIncome,
        jht: program.programs.includes('JHT'),
        sector: 'other',
        payer: quotePayerOfFunder(program.funderKind as Parameters<typeof quotePayerOfFunder>[0]),
      });
      return result.quote as ContributionQuote;
    },
    enabled: program !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
