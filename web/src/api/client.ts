import type { Lang } from '../../../src/shared/format.ts';

export const API_BASE = '/api/v1';

/**
 * The session's CSRF token, from POST /auth/login or GET /auth/session. Kept in memory only (never in
 * storage a script could read later); a reload gets it again from the session answer.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An API failure with the server's bilingual message (`{error:{code,message,messageEn,details?}}`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageId: string,
    readonly messageEn: string,
    /** Machine-readable extras, e.g. the whole import report of an IMPORT_REJECTED answer. */
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  text(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageId;
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined | null>;

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

interface ErrorBody {
  error?: { code?: string; message?: string; messageEn?: string; details?: unknown };
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams | undefined;
  /** A string is sent as is (CSV); anything else as JSON. */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal | undefined;
}

/**
 * One API call; the caller states the response type, which mirrors the server's schema. Same-origin,
 * so the session cookie goes along; unsafe methods carry the CSRF token the server handed out.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', params, body, signal } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  if (csrfToken && UNSAFE_METHODS.has(method)) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), {
      method,
      signal,
      headers,
      body: payload,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'Server tidak dapat dihubungi', 'The server cannot be reached');
  }
  if (!response.ok) {
    const error = ((await response.json().catch(() => ({}))) as ErrorBody).error;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? `Permintaan gagal (HTTP ${response.status})`,
      error?.messageEn ?? `Request failed (HTTP ${response.status})`,
      error?.details,
    );
  }
  // 204 No Content (DELETE, logout, password change) has no body to parse.
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GET a JSON resource. */
export function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { params, signal });
}

/** Client errors will not fix themselves; retry only network and server failures, twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
