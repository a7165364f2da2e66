import { type RawBuilder, sql } from 'kysely';

/** `column` lies inside one of `roots` (null: national scope, no filter) — the scope rule as a prefix match. */
export function withinRoots(
  column: RawBuilder<unknown>,
  roots: readonly string[] | null,
): RawBuilder<unknown> {
  if (roots === null) return sql`true`;
  if (roots.length === 0) return sql`false`;
  return sql`exists (select 1 from unnest(${[...roots]}::text[]) as r(root)
    where ${column} = r.root or ${column} like r.root || '.%')`;
}
