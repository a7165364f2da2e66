import type { Lang } from '../../../src/shared/format.ts';

export const API_BASE = '/api/v1';

/** An API failure with the server's bilingual message (`{error:{code,message,messageEn}}`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageId: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  text(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageId;
  }
}

export type QueryParams = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

interface ErrorBody {
  error?: { code?: string; message?: string; messageEn?: string };
}

/** GET a JSON resource; the caller states the response type, which mirrors the server's schema. */
export async function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'Server tidak dapat dihubungi', 'The server cannot be reached');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(
      response.status,
      body.error?.code ?? `HTTP_${response.status}`,
      body.error?.message ?? `Permintaan gagal (HTTP ${response.status})`,
      body.error?.messageEn ?? `Request failed (HTTP ${response.status})`,
    );
  }
  return (await response.json()) as T;
}

/** Client errors will not fix themselves; retry only network and server failures, twice. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
