import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, getJson, type QueryParams } from '../../../api/client.ts';
import type { MessageKey } from '../../../i18n.ts';

/**
 * Bills and payments as the billing and payments APIs return them (src/billing, src/payments). Lists may
 * come as `{ items }`, `{ bills }` / `{ payments }` or a bare array; `listOf` accepts each.
 */
export interface Bill {
  id: number;
  month: string;
  kind: 'contribution' | 'fine';
  segment: string;
  payerKey: string;
  amount: number;
  paid: number;
  outstanding: number;
  dueOn: string;
  settledOn: string | null;
  status: 'open' | 'partial' | 'paid' | string;
  overdue: boolean;
}

export interface Payment {
  id: number;
  payerKey: string;
  amount: number;
  paidOn: string;
  channel: string | null;
  reference: string | null;
  reversed: boolean;
  allocated: number;
  unallocated: number;
}

export interface PaymentBody {
  idempotencyKey: string;
  payerKey: string;
  amount: number;
  paidOn: string;
  channel: string | null;
  reference: string | null;
}

/** GET /employers/:id/account (src/billing/billing.schemas.ts AccountSchema). */
export interface EmployerAccount {
  standing: { status: string; since: string } | null;
  totals: { contribution: number; fines: number; paid: number; outstanding: number; overdue: number };
}

export const LEDGER_KEY = 'ledger';

/** Payment channels the form offers, with their names; a channel not listed shows as sent. */
export const CHANNELS: readonly { value: string; label: MessageKey }[] = [
  { value: 'bank_transfer', label: 'payChannelBank' },
  { value: 'virtual_account', label: 'payChannelVa' },
  { value: 'teller', label: 'payChannelTeller' },
  { value: 'other', label: 'payChannelOther' },
];

export function listOf<T>(answer: unknown, ...names: string[]): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (typeof answer === 'object' && answer !== null) {
    for (const name of ['items', ...names]) {
      const value = (answer as Record<string, unknown>)[name];
      if (Array.isArray(value)) return value as T[];
    }
  }
  return [];
}

/** A route the server does not have (yet), or a record it does not show: the section says "not available". */
export const isMissing = (error: Error | null): boolean => error instanceof ApiError && error.status === 404;

/** GET /bills with filters (employerId, participantId, projectId, payerKey…); null: nothing asked. */
export function useBills(params: QueryParams | null) {
  return useQuery({
    queryKey: [LEDGER_KEY, 'bills', params],
    queryFn: async ({ signal }) =>
      listOf<Bill>(await getJson<unknown>('/bills', params ?? {}, signal), 'bills'),
    enabled: params !== null,
  });
}

/** GET /payments?payerKey= for each payer key, newest first, merged. */
export function usePayments(payerKeys: readonly string[]) {
  return useQuery({
    queryKey: [LEDGER_KEY, 'payments', payerKeys],
    queryFn: async ({ signal }) => {
      const lists = await Promise.all(
        payerKeys.map(async (payerKey) =>
          listOf<Payment>(await getJson<unknown>('/payments', { payerKey }, signal), 'payments'),
        ),
      );
      return lists.flat().sort((a, b) => b.paidOn.localeCompare(a.paidOn) || b.id - a.id);
    },
    enabled: payerKeys.length > 0,
    staleTime: 0,
  });
}

/** GET /employers/:id/account. */
export function useEmployerAccount(id: number) {
  return useQuery({
    queryKey: [LEDGER_KEY, 'account', id],
    queryFn: ({ signal }) => getJson<EmployerAccount>(`/employers/${id}/account`, undefined, signal),
    staleTime: 0,
  });
}

/**
 * POST /payments. The idempotency key is made once per form (see RecordPaymentForm), so a second click
 * or a retry after a lost answer posts the same payment, which the server books only once.
 */
export function usePostPayment() {
  const queryClient = useQueryClient();
  return useMutation<Record<string, unknown>, Error, PaymentBody>({
    mutationFn: (body) => apiRequest('/payments', { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [LEDGER_KEY] }),
        queryClient.invalidateQueries({ queryKey: ['registry'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

/** A v4 UUID: `crypto.randomUUID` where the page is a secure context, else built from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
