import type { Lang } from '../../../src/shared/format.ts';
import { apiUrl } from './client.ts';

export interface ExportArgs {
  code: string;
  table: 'children' | 'trend' | 'ranking';
  format?: 'xlsx' | 'csv';
  lang: Lang;
  month?: string | undefined;
  basis?: string | undefined;
  level?: number | undefined;
}

/** Download link for GET /coverage/{code}/export; plain `<a download>` so the browser handles the file. */
export function exportUrl({ code, table, format = 'xlsx', lang, month, basis, level }: ExportArgs): string {
  return apiUrl(`/coverage/${encodeURIComponent(code)}/export`, { table, format, lang, month, basis, level });
}
