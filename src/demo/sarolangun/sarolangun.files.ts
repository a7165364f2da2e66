import { systemActor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { Village } from './sarolangun.model.ts';

/**
 * What the Sarolangun player's parts share: the regency, the actor its imports run as, CSV writing as
 * the product's import templates read it, and the regency's villages.
 */
export const SAROLANGUN = '15.03';
export const DEMO_ACTOR = systemActor('demo-sarolangun');
export const SEX_WORD = { F: 'P', M: 'L' } as const;

const csvCell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
export const csvOf = (
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
) => [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n');

/** A file's text as the one chunk of an import source. */
export async function* once(text: string) {
  yield text;
}

/** Villages of the regency, weighted by a stable hash of their code (some villages are bigger). */
export async function villagesOf(database: Database): Promise<Village[]> {
  const rows = await database.db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 4)
    .where('code', 'like', `${SAROLANGUN}.%`)
    .orderBy('code')
    .execute();
  return rows.map((r) => {
    let h = 7;
    for (const ch of r.code) h = (h * 31 + ch.charCodeAt(0)) % 1009;
    return { code: r.code, weight: 1 + (h % 6) };
  });
}
