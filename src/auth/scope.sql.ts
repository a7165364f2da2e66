import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { NATIONAL_CODE } from '../regions/regions.rules.ts';

/**
 * The scope rule of `scope.ts` as SQL: `column` holds a region code equal to one of `roots` or
 * below it (`15.03` covers `15.03.01.2001`). One expression for every scoped query, so lists, the
 * audit log and the import history all draw the line the same way. No roots: nothing is inside.
 */
export function regionWithin(column: string, roots: readonly string[]): RawBuilder<SqlBool> {
  if (roots.includes(NATIONAL_CODE)) return sql<SqlBool>`true`;
  if (roots.length === 0) return sql<SqlBool>`false`;
  const below = roots.map((root) => `${root}.%`);
  return sql<SqlBool>`(${sql.ref(column)} = any(${[...roots]}::text[]) or ${sql.ref(column)} like any(${below}::text[]))`;
}
