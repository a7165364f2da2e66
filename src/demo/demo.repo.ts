import type { Executor } from '../db/database.ts';

/** The database holds the labelled demo data set (loaded by the demo loader, marked on every batch). */
export async function isDemoDatabase(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('import_batch')
    .select('id')
    .where('is_demo', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when nothing has been imported yet: the only state in which the demo may be loaded. */
export async function isEmptyOfData(db: Executor): Promise<boolean> {
  const batch = await db.selectFrom('import_batch').select('id').limit(1).executeTakeFirst();
  const dataset = await db.selectFrom('workforce_dataset').select('id').limit(1).executeTakeFirst();
  return batch === undefined && dataset === undefined;
}
