/**
 * Folds text for case- and accent-insensitive search: decomposes accents, drops combining marks and
 * apostrophes/quotes (village names such as Regapu’u or Soka"an), lowercases, collapses spaces.
 *
 * @example foldForSearch('  Regapú’u ') // 'regapuu'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘'"`´]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Escapes `\`, `%` and `_` so user text matches itself in a SQL LIKE pattern (backslash is the default escape). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
