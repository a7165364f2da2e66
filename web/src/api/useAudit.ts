import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from './access.types.ts';
import { getJson } from './client.ts';

export interface AuditFilter {
  q?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  actor?: string | undefined;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

/** GET /audit: one page of the audit log, newest first. */
export function useAudit(filter: AuditFilter, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['audit', filter, page],
    queryFn: ({ signal }) =>
      getJson<{ entries: AuditEntry[]; total: number }>('/audit', { ...filter, ...page }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
