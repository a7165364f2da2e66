import type { ApiError } from '../../api/client.ts';
import { API_BASE } from '../../api/client.ts';
import { useImportUpload } from './importUpload.ts';

export const REGISTRY_KINDS = ['participants', 'employers', 'wage_reports', 'payments'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export interface RegistryIssue {
  row: number;
  column: string | null;
  code: string;
  message: string;
  messageEn: string;
  value?: string;
}

/** POST /imports/registry/:kind — the answer (also inside a 422 IMPORT_REJECTED). */
export interface RegistryReport {
  jobId: number;
  batchId: number | null;
  status: 'committed' | 'rejected' | 'validated';
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  issuesTotal: number;
  issues: RegistryIssue[];
  issuesTruncated: boolean;
}

/** GET /imports/registry/jobs/:id — live while the import runs. */
export interface RegistryJob {
  id: number;
  phase: 'reading' | 'checking' | 'merging' | 'reporting' | 'done';
  rowsTotal: number;
  bytesRead: number;
  issuesTotal: number;
}

export interface UploadState {
  uploaded: number;
  size: number;
  job: RegistryJob | null;
  report: RegistryReport | null;
  error: ApiError | null;
  busy: boolean;
}

export const templateUrl = (kind: RegistryKind, format: 'csv' | 'xlsx') =>
  `${API_BASE}/imports/registry/${kind}/template.${format}`;
export const errorReportUrl = (jobId: number) => `${API_BASE}/imports/registry/jobs/${jobId}/errors.csv`;

/** Uploads a registry file with progress; the running job is found through `GET /imports/registry/jobs?ref=`. */
export function useRegistryUpload() {
  const { state, upload } = useImportUpload('/imports/registry/jobs');
  return {
    state,
    upload: (kind: RegistryKind, file: File, options: { mode: 'all' | 'valid-only'; dryRun: boolean }) =>
      upload(`/imports/registry/${kind}`, file, options),
  };
}
