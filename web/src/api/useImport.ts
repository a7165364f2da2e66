import { useMutation, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import type { ImportReportSchema } from '../../../src/imports/import.schemas.ts';
import { ApiError, apiRequest } from './client.ts';

export type ImportReport = Type.Static<typeof ImportReportSchema>;
export type ImportIssue = ImportReport['issues'][number];
export type ImportKind = 'active' | 'workforce' | 'targets';
export type ImportMode = ImportReport['mode'];

/** Dataset fields of a workforce import; only `dataset` for an existing one, all four for a new one. */
export interface WorkforceTarget {
  dataset: string;
  basis?: string | undefined;
  name?: string | undefined;
  referenceMonth?: string | undefined;
}

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  mode: ImportMode;
  dryRun: boolean;
  source: string;
  workforce?: WorkforceTarget | undefined;
}

/**
 * POST /imports/{kind} with the file as text/csv. A rejected file (422 IMPORT_REJECTED) carries the
 * full report in `details`; it is returned like any other report, so the screen shows every problem.
 */
export async function postImport(request: ImportRequest): Promise<ImportReport> {
  const { kind, file, mode, dryRun, source, workforce } = request;
  const csv = await file.text();
  try {
    return await apiRequest<ImportReport>(`/imports/${kind}`, {
      method: 'POST',
      params: { mode, dryRun, fileName: file.name, source: source.trim(), ...workforce },
      body: csv,
      contentType: 'text/csv',
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'IMPORT_REJECTED' && isReport(error.details)) {
      return error.details;
    }
    throw error;
  }
}

function isReport(value: unknown): value is ImportReport {
  return typeof value === 'object' && value !== null && 'status' in value && 'issues' in value;
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation<ImportReport, Error, ImportRequest>({
    mutationFn: postImport,
    onSuccess: (report) =>
      // New figures can change every coverage, ranking, month range and dataset list: refetch all.
      report.status === 'committed'
        ? queryClient.invalidateQueries()
        : queryClient.invalidateQueries({ queryKey: ['imports'] }),
  });
}
