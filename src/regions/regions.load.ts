import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Executor } from '../db/database.ts';
import { foldForSearch } from '../shared/text.ts';
import { countRegions, insertRegions, type RegionRow, refreshChildCounts } from './regions.repo.ts';
import { displayName, kindOfRegion, levelOfCode, NATIONAL_CODE, parentOfCode } from './regions.rules.ts';

type NewRegion = Omit<RegionRow, 'child_count'>;

function toRegion(code: string, officialName: string): NewRegion {
  const level = levelOfCode(code);
  const name = displayName(officialName, level);
  return {
    code,
    parent_code: parentOfCode(code),
    level,
    kind: kindOfRegion(level, officialName),
    name,
    search_name: foldForSearch(name),
  };
}

/** The official Kemendagri tree from the `idn-area-data` package (3.x runs on Node 20), country first. */
export async function readOfficialRegions(): Promise<NewRegion[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return [
    {
      code: NATIONAL_CODE,
      parent_code: null,
      level: 0,
      kind: 'national',
      name: 'Indonesia',
      search_name: 'indonesia',
    },
    ...[...provinces, ...regencies, ...districts, ...villages].map((r) => toRegion(r.code, r.name)),
  ];
}

/** Loads the region tree into an empty table; a loaded table is left alone. Returns the rows added. */
export async function ensureRegionsLoaded(db: Executor): Promise<number> {
  if ((await countRegions(db)) > 0) return 0;
  const rows = await readOfficialRegions();
  await db.transaction().execute(async (trx) => {
    await insertRegions(trx, rows);
    await refreshChildCounts(trx);
  });
  return rows.length;
}
