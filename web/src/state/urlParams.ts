import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';

/**
 * Month and basis live in the query string (`?bulan=2024-10&basis=potential`) so every view is a
 * shareable link. Absent means "the API's default" (latest month with data, the configured basis).
 */
export const MONTH_PARAM = 'bulan';
export const BASIS_PARAM = 'basis';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const BASIS_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

export function validMonth(value: string | null): string | undefined {
  return value && MONTH_PATTERN.test(value) ? value : undefined;
}

export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const month = validMonth(params.get(MONTH_PARAM));
  const rawBasis = params.get(BASIS_PARAM);
  const basis = rawBasis && BASIS_PATTERN.test(rawBasis) ? rawBasis : undefined;

  /** Sets (or, with undefined, removes) query parameters on the current page, keeping the others. */
  const setQuery = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      }),
    [setParams],
  );

  /** A path that carries the shared month/basis along, plus page-specific parameters. */
  const withParams = useCallback(
    (path: string, extra: Record<string, string | number | undefined> = {}) => {
      const next = new URLSearchParams();
      for (const [name, value] of Object.entries({ ...extra, [MONTH_PARAM]: month, [BASIS_PARAM]: basis })) {
        if (value !== undefined && value !== '') next.set(name, String(value));
      }
      const query = next.toString();
      return query ? `${path}?${query}` : path;
    },
    [month, basis],
  );

  return useMemo(
    () => ({ month, basis, params, setQuery, withParams }),
    [month, basis, params, setQuery, withParams],
  );
}

export function regionPath(code: string): string {
  return code === '00' ? '/' : `/wilayah/${code}`;
}
