import { useMemo, useState } from 'react';
import type { CoverageRow } from '../../../../src/coverage/coverage.schemas.ts';
import type { Column, ColumnKey } from './columns.tsx';

export interface SortState {
  key: ColumnKey;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * Client-side sorting. Missing values always go last, whatever the direction: "no data" is not the
 * smallest number and must not top an ascending list of the worst performers.
 */
export function useSort(rows: readonly CoverageRow[], columns: readonly Column[], initial: SortState | null) {
  const [sort, setSort] = useState<SortState | null>(initial);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return rows;
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      if (typeof x === 'string' || typeof y === 'string')
        return sign * collator.compare(String(x), String(y));
      return sign * (x - y);
    });
  }, [rows, columns, sort]);

  function toggle(column: Column) {
    setSort((current) => {
      // Numbers start high-to-low (the question is usually "who is best/largest"), names A–Z; rank 1 first.
      const first: SortState['direction'] = column.numeric && column.key !== 'rank' ? 'desc' : 'asc';
      if (current?.key !== column.key) return { key: column.key, direction: first };
      return { key: column.key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
    });
  }

  return { sorted, sort, toggle };
}
