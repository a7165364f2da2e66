import { foldForSearch } from '../shared/text.ts';
import { type RowIssue, rowIssue } from './issues.ts';

/** A column an import understands, with the Indonesian and English header names accepted for it. */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

const normalizeHeader = (header: string) => foldForSearch(header).replace(/ /g, '_');

/** Maps header cells to column keys; reports missing required and repeated columns as row-1 issues. */
export function mapHeader<K extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<K>[],
): { positions: Map<K, number>; issues: RowIssue[] } {
  const positions = new Map<K, number>();
  const issues: RowIssue[] = [];
  header.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    const spec = specs.find((s) => s.key === name || s.aliases.includes(name));
    if (!spec) return;
    if (positions.has(spec.key)) issues.push(rowIssue('DUPLICATE_COLUMN', 1, cell, cell, { column: cell }));
    else positions.set(spec.key, index);
  });
  for (const spec of specs) {
    if (spec.required && !positions.has(spec.key)) {
      issues.push(rowIssue('MISSING_COLUMN', 1, spec.key, undefined, { column: spec.key }));
    }
  }
  return { positions, issues };
}

/** The cells of one record by column key ('' for absent optional columns). */
export function cellsOf<K extends string>(
  fields: readonly string[],
  positions: Map<K, number>,
): Record<K, string> {
  const cells = {} as Record<K, string>;
  for (const [key, index] of positions) cells[key] = fields[index] ?? '';
  return cells;
}
