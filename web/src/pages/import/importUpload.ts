import { useCallback, useEffect, useRef, useState } from 'react';
import { API_BASE, ApiError } from '../../api/client.ts';
import type { RegistryJob, RegistryReport, UploadState } from './registryUpload.ts';

export type ImportMode = 'all' | 'valid-only';

const IDLE: UploadState = { uploaded: 0, size: 0, job: null, report: null, error: null, busy: false };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function csrfToken(): Promise<string | null> {
  const response = await fetch(`${API_BASE}/auth/session`, { credentials: 'same-origin' });
  if (!response.ok) return null;
  return ((await response.json()) as { csrfToken?: string | null }).csrfToken ?? null;
}

/** The running job, found by the reference the page gave the upload (`GET <jobsPath>?ref=`). */
async function findJob(jobsPath: string, ref: string): Promise<RegistryJob | null> {
  const response = await fetch(`${API_BASE}${jobsPath}?ref=${ref}`, {
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

/** The report of a finished upload: a 422 IMPORT_REJECTED carries it in `details`. */
function settle(status: number, text: string): { report: RegistryReport | null; error: ApiError | null } {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  if (status < 400) return { report: body as RegistryReport, error: null };
  const error = asError(status, body ?? {});
  if (error.code === 'IMPORT_REJECTED') return { report: error.details as RegistryReport, error: null };
  return { report: null, error };
}

/**
 * Uploads a beneficiary or welfare list with XMLHttpRequest (fetch reports no upload progress) and,
 * where the account may, polls the server-side job meanwhile — like the registry import page.
 */
export function useImportUpload(jobsPath: string) {
  const [state, setState] = useState<UploadState>(IDLE);
  const poll = useRef<number | null>(null);
  const stopPolling = useCallback(() => {
    if (poll.current !== null) window.clearInterval(poll.current);
    poll.current = null;
  }, []);
  useEffect(() => stopPolling, [stopPolling]);

  const upload = useCallback(
    async (
      path: string,
      file: File,
      options: { mode: ImportMode; dryRun: boolean },
    ): Promise<RegistryReport | null> => {
      stopPolling();
      setState({ ...IDLE, size: file.size, busy: true });
      const ref = `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const token = await csrfToken();
      const params = new URLSearchParams({
        mode: options.mode,
        dryRun: String(options.dryRun),
        fileName: file.name,
        ref,
      });
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${API_BASE}${path}?${params}`);
      xhr.setRequestHeader(
        'content-type',
        file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv',
      );
      xhr.setRequestHeader('accept', 'application/json');
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (e) => setState((s) => ({ ...s, uploaded: e.loaded }));
      poll.current = window.setInterval(async () => {
        const job = await findJob(jobsPath, ref).catch(() => null);
        if (job) setState((s) => (s.busy ? { ...s, job } : s));
      }, 700);
      return new Promise((resolve) => {
        xhr.onload = () => {
          stopPolling();
          const { report, error } = settle(xhr.status, xhr.responseText);
          setState((s) => ({ ...s, busy: false, uploaded: file.size, report, error }));
          resolve(report);
        };
        xhr.onerror = () => {
          stopPolling();
          const error = new ApiError(0, 'NETWORK', 'Jaringan terputus', 'Network error');
          setState((s) => ({ ...s, busy: false, error }));
          resolve(null);
        };
        xhr.send(file);
      });
    },
    [stopPolling, jobsPath],
  );
  return { state, upload };
}
