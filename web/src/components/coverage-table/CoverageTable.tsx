import type { CoverageRow } from '../../../../src/coverage/coverage.schemas.ts';
import { useT } from '../../i18n.ts';
import { type ColumnKey, useCoverageColumns } from './columns.tsx';
import { type SortState, useSort } from './useSort.ts';

/**
 * The coverage table used for a region's children and for rankings. With `sortable`, every header is
 * a button and carries aria-sort; the first column stays visible while scrolling sideways on phones.
 */
export function CoverageTable({
  rows,
  columns: order,
  caption,
  testId,
  rowTestIdPrefix,
  sortable = false,
  initialSort = null,
  busy = false,
  tall = false,
}: {
  rows: readonly CoverageRow[];
  columns: readonly ColumnKey[];
  caption: string;
  testId: string;
  rowTestIdPrefix?: string;
  sortable?: boolean;
  initialSort?: SortState | null;
  busy?: boolean;
  /** Scroll inside a fixed height (long rankings), keeping the header visible. */
  tall?: boolean;
}) {
  const { t } = useT();
  const columns = useCoverageColumns(order);
  const { sorted, sort, toggle } = useSort(rows, columns, initialSort);

  return (
    <div
      className={['table-scroll', tall && 'table-scroll-tall', busy && 'is-busy'].filter(Boolean).join(' ')}
    >
      <table className="data-table" data-testid={testId} aria-busy={busy}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : null;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={`col-${column.key}${column.numeric ? ' num' : ''}`}
                  aria-sort={direction ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => toggle(column)}
                      title={t('sortBy', { column: column.label })}
                    >
                      {column.label}
                      <span className={`sort-icon ${direction ?? 'none'}`} aria-hidden="true" />
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code} data-testid={rowTestIdPrefix ? `${rowTestIdPrefix}${row.code}` : undefined}>
              {columns.map((column) =>
                column.key === 'name' ? (
                  <th key={column.key} scope="row" className="col-name">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={`col-${column.key}${column.numeric ? ' num' : ''}`}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
