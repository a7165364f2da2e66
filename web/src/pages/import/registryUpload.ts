import { useCallback, useEffect, useRef, useState } from 'react';
import { API_BASE, ApiError } from '../../api/client.ts';

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

const IDLE: UploadState = { uploaded: 0, size: 0, job: null, report: null, error: null, busy: false };

export const templateUrl = (kind: RegistryKind, format: 'csv' | 'xlsx') =>
  `${API_BASE}/imports/registry/${kind}/template.${format}`;
export const errorReportUrl = (jobId: number) => `${API_BASE}/imports/registry/jobs/${jobId}/errors.csv`;

async function csrfToken(): Promise<string | null> {
  const response = await fetch(`${API_BASE}/auth/session`, { credentials: 'same-origin' });
  if (!response.ok) return null;
  return ((await response.json()) as { csrfToken?: string | null }).csrfToken ?? null;
}

async function findJob(ref: string): Promise<RegistryJob | null> {
  const response = await fetch(`${API_BASE}/imports/registry/jobs?ref=${ref}`, {
    credentials: 'same-origin',
  });
  if (!response.ok) return null;
  return ((await response.json()) as { jobs: RegistryJob[] }).jobs[0] ?? null;
}

function asError(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; messageEn?: string; details?: unknown } })
    .error;
  return new ApiError(
    status,
    e?.code ?? 'HTTP_ERROR',
    e?.message ?? `HTTP ${status}`,
    e?.messageEn ?? `HTTP ${status}`,
    e?.details,
  );
}

/**
 * Uploads with XMLHttpRequest (fetch has no upload progress) and, meanwhile, polls the import job the
 * upload started (found by a reference the page picks) for the server-side progress.
 */
export function useRegistryUpload() {
  const [state, setState] = useState<UploadState>(IDLE);
  const poll = useRef<number | null>(null);
  const stopPolling = useCallback(() => {
    if (poll.current !== null) window.clearInterval(poll.current);
    poll.current = null;
  }, []);
  useEffect(() => stopPolling, [stopPolling]);

  const upload = useCallback(
    async (kind: RegistryKind, file: File, options: { mode: 'all' | 'valid-only'; dryRun: boolean }) => {
      stopPolling();
      setState({ ...IDLE, size: file.size, busy: true });
      const ref = `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const token = await csrfToken();
      const xlsx = file.name.toLowerCase().endsWith('.xlsx');
      const params = new URLSearchParams({
        mode: options.mode,
        dryRun: String(options.dryRun),
        fileName: file.name,
        ref,
      });
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${API_BASE}/imports/registry/${kind}?${params}`);
      xhr.setRequestHeader(
        'content-type',
        xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
      );
      xhr.setRequestHeader('accept', 'application/json');
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (e) => setState((s) => ({ ...s, uploaded: e.loaded }));
      poll.current = window.setInterval(async () => {
        const job = await findJob(ref).catch(() => null);
        if (job) setState((s) => (s.busy ? { ...s, job } : s));
      }, 700);
      xhr.onload = () => {
        stopPolling();
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {}
        const error = xhr.status >= 400 ? asError(xhr.status, body ?? {}) : null;
        const report = (
          error?.code === 'IMPORT_REJECTED' ? error.details : error ? null : body
        ) as RegistryReport | null;
        setState((s) => ({
          ...s,
          busy: false,
          uploaded: file.size,
          report,
          error: error?.code === 'IMPORT_REJECTED' ? null : error,
        }));
      };
      xhr.onerror = () => {
        stopPolling();
        setState((s) => ({
          ...s,
          busy: false,
          error: new ApiError(0, 'NETWORK', 'Jaringan terputus', 'Network error'),
        }));
      };
      xhr.send(file);
    },
    [stopPolling],
  );
  return { state, upload };
}
